import { Worker } from 'node:worker_threads';
import type { DocumentKind, ValidationResult } from '../../src/catalog/documents/validate-document';
import type { DocumentValidator } from '../api/document-validator';
import { validateInPlace } from '../api/document-validator';
import type { DocumentsByKind } from '../store/catalog-store';
import type { ValidationJob } from './validation-worker';

type Result = ValidationResult<DocumentsByKind[DocumentKind]>;

export interface ValidationPoolOptions {
  /** Documents at least this long (characters) go to the worker; smaller ones take milliseconds. */
  threshold?: number;
  /** How long one document may take before its worker is stopped and replaced. */
  timeoutMs?: number;
  /** Memory a worker may use, so one document cannot take the server's memory with it. */
  maxMemoryMb?: number;
}

interface Pending {
  job: ValidationJob;
  resolve: (result: Result) => void;
}

const refusal = (message: string): Result => ({
  ok: false,
  issues: [{ path: '', message, severity: 'error' }],
  total: 1,
});

/**
 * Parsing and checking 2 MB of YAML takes seconds of CPU; on the main thread, no other request
 * (not even `/api/health`) would be answered meanwhile. Large documents are checked in a worker
 * thread, one at a time in the order they came; small ones in place, where a round trip to the
 * worker would cost more than the check.
 */
export function createValidationPool(options: ValidationPoolOptions = {}) {
  const threshold = options.threshold ?? 32 * 1024;
  const timeoutMs = options.timeoutMs ?? 20_000;
  const queue: Pending[] = [];
  let worker: Worker | undefined;
  let running: (Pending & { timer: NodeJS.Timeout }) | undefined;
  let nextId = 1;
  let closed = false;

  function finish(result: Result) {
    if (!running) return;
    clearTimeout(running.timer);
    running.resolve(result);
    running = undefined;
    startNext();
  }

  function replaceWorker() {
    void worker?.terminate();
    worker = undefined;
  }

  function startWorker(): Worker {
    const started = new Worker(new URL('./validation-worker.mjs', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: options.maxMemoryMb ?? 512 },
    });
    started.on('message', (message: { id: number; result: Result }) => {
      if (running?.job.id === message.id) finish(message.result);
    });
    started.on('error', () => {
      replaceWorker();
      finish(
        refusal(
          'The document could not be checked: it needs more memory than a document may use. Make it smaller.',
        ),
      );
    });
    started.on('exit', () => {
      if (worker === started) worker = undefined;
    });
    // The pool never keeps the process alive on its own.
    started.unref();
    return started;
  }

  function startNext() {
    if (running || closed) return;
    const next = queue.shift();
    if (!next) return;
    worker ??= startWorker();
    const timer = setTimeout(() => {
      replaceWorker();
      finish(
        refusal(
          `The document could not be checked within ${timeoutMs / 1000} s; make it smaller or simpler.`,
        ),
      );
    }, timeoutMs);
    running = { ...next, timer };
    worker.postMessage(next.job);
  }

  const validate: DocumentValidator = (kind, text) => {
    if (text.length < threshold || closed) return validateInPlace(kind, text);
    return new Promise<Result>((resolve) => {
      queue.push({ job: { id: nextId++, kind, text }, resolve });
      startNext();
    });
  };

  return {
    validate,
    /** Stops the worker; documents still waiting are checked in place. */
    async close() {
      closed = true;
      for (const pending of queue.splice(0)) {
        void validateInPlace(pending.job.kind, pending.job.text).then(pending.resolve);
      }
      await worker?.terminate();
    },
  };
}
