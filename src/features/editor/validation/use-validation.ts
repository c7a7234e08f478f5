import { useEffect, useState } from 'react';
import type { DocumentIssue } from '@/catalog/documents/document-issue';
import type { DocumentKind } from '@/catalog/documents/validate-document';

export interface Validation {
  issues: DocumentIssue[];
  ok: boolean;
  total: number;
  /** The text has changed since these issues were found. */
  checking: boolean;
  /** Why the browser could not check the text; the catalog still checks it on publishing. */
  unavailable?: string;
}

interface Answer {
  id: number;
  issues: DocumentIssue[];
  ok: boolean;
  total: number;
  failed?: string;
}

const failure = (id: number, failed: string): Answer => ({
  id,
  issues: [],
  ok: true,
  total: 0,
  failed,
});

let worker: Worker | null = null;
let broken: string | undefined;
let nextId = 1;
const waiting = new Map<number, (answer: Answer) => void>();

/** One worker for every editor tab; without workers (tests), the check runs in place. */
async function check(kind: DocumentKind, text: string): Promise<Answer> {
  if (typeof Worker === 'undefined') {
    const { validateDocumentText } = await import('@/catalog/documents/validate-document');
    const result = validateDocumentText(kind, text);
    return {
      id: 0,
      issues: result.issues,
      ok: result.ok,
      total: result.ok ? result.issues.length : result.total,
    };
  }
  if (broken) return failure(0, broken);
  if (!worker) {
    worker = new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<Answer>) => {
      waiting.get(event.data.id)?.(event.data);
      waiting.delete(event.data.id);
    };
    // A worker that cannot start (blocked, out of memory) answers every check with why.
    worker.onerror = (event) => {
      event.preventDefault();
      const reason = event.message || 'the checker could not start';
      for (const [id, resolve] of waiting) resolve(failure(id, reason));
      waiting.clear();
      worker?.terminate();
      worker = null;
      broken = reason;
    };
  }
  const id = nextId++;
  const running = worker;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    running.postMessage({ id, kind, text });
  });
}

/**
 * Validation as the owner types: after a short pause, in a worker, so a keystroke in a
 * 2,000-line contract never waits for the schema check. Stale answers are dropped.
 */
export function useValidation(kind: DocumentKind, text: string, delayMs = 250): Validation {
  const [state, setState] = useState<Validation>({
    issues: [],
    ok: true,
    total: 0,
    checking: true,
  });
  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, checking: true }));
    const timer = setTimeout(() => {
      void check(kind, text).then((answer) => {
        if (current)
          setState({
            issues: answer.issues,
            ok: answer.ok,
            total: answer.total,
            checking: false,
            ...(answer.failed ? { unavailable: answer.failed } : {}),
          });
      });
    }, delayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [kind, text, delayMs]);
  return state;
}
