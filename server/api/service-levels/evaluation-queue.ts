import type { CatalogStore } from '../../store/catalog-store';
import { evaluateProduct } from './evaluate-products';
import { pause } from './pause';

export interface EvaluationQueue {
  /** Whether evaluations wait for a pause (else the caller flushes before answering). */
  readonly deferred: boolean;
  /** Products to evaluate again soon: within `delayMs`, or at the next read that needs them. */
  enqueue(productIds: Iterable<string>): void;
  /** Evaluates everything queued, once the observations loaded at start (`ready`) are in. */
  flush(): Promise<void>;
  /** What reads wait for (the same as `flush`), so a read never sees an evaluation behind. */
  current(): Promise<void>;
}

/**
 * Ingestion stores observations and queues their products, instead of evaluating each product
 * on every request: a pipeline that sends a thousand runs in a minute costs one evaluation per
 * product, not a thousand. The queue drains after a pause of `delayMs` in what arrives (at most
 * ten times `delayMs` after the first), and every service-level read drains it first. With `delayMs` 0 nothing waits: `enqueue` is followed by the caller's `flush`.
 */
export function createEvaluationQueue(
  store: CatalogStore,
  now: () => Date,
  {
    delayMs,
    ready = Promise.resolve(),
    onError,
  }: { delayMs: number; ready?: Promise<unknown>; onError?: (error: unknown) => void },
): EvaluationQueue {
  const pending = new Set<string>();
  let running: Promise<void> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstQueuedAt: number | undefined;

  async function drain() {
    // Observations loaded at start (the demo's history) are evaluated once they are all in:
    // half a history would look like every pipeline had gone quiet.
    await ready.catch(() => undefined);
    while (pending.size > 0) {
      const ids = [...pending];
      pending.clear();
      const at = now();
      for (const id of ids) {
        await evaluateProduct(store, id, at);
        // Requests that arrive meanwhile are answered between two products, not after all.
        await pause();
      }
    }
  }

  function flush(): Promise<void> {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    firstQueuedAt = undefined;
    // One drain at a time; a flush during a drain waits for it and then drains what came in.
    const previous = running ?? Promise.resolve();
    const next = previous.then(drain, drain).finally(() => {
      if (running === next) running = undefined;
    });
    running = next;
    return next;
  }

  return {
    deferred: delayMs > 0,
    enqueue(productIds) {
      for (const id of productIds) pending.add(id);
      if (delayMs <= 0 || pending.size === 0) return;
      // Waits for a pause in what arrives, but never more than ten pauses' worth.
      const at = Date.now();
      firstQueuedAt ??= at;
      if (timer !== undefined) clearTimeout(timer);
      const wait = Math.max(0, Math.min(delayMs, firstQueuedAt + 10 * delayMs - at));
      timer = setTimeout(() => {
        timer = undefined;
        flush().catch((error: unknown) => onError?.(error));
      }, wait);
      // A queued evaluation never keeps a Node process alive on its own.
      (timer as { unref?: () => void }).unref?.();
    },
    flush,
    current: flush,
  };
}
