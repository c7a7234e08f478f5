import type { CatalogStore } from '../../store/catalog-store';
import { evaluateProduct } from './evaluate-products';

export interface EvaluationQueue {
  /** Whether evaluations wait for a pause (else the caller flushes before answering). */
  readonly deferred: boolean;
  /** Products to evaluate again soon: within `delayMs`, or at the next read that needs them. */
  enqueue(productIds: Iterable<string>): void;
  /** Evaluates everything queued now; reads call it so they never see an evaluation behind. */
  flush(): Promise<void>;
}

/**
 * Ingestion stores observations and queues their products, instead of evaluating each product
 * on every request: a pipeline that sends a thousand runs in a minute costs one evaluation per
 * product, not a thousand. The queue drains after `delayMs`, and every service-level read drains
 * it first. With `delayMs` 0 nothing waits: `enqueue` is followed by the caller's `flush`.
 */
export function createEvaluationQueue(
  store: CatalogStore,
  now: () => Date,
  { delayMs, onError }: { delayMs: number; onError?: (error: unknown) => void },
): EvaluationQueue {
  const pending = new Set<string>();
  let running: Promise<void> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function drain() {
    while (pending.size > 0) {
      const ids = [...pending];
      pending.clear();
      const at = now();
      for (const id of ids) await evaluateProduct(store, id, at);
    }
  }

  function flush(): Promise<void> {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
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
      if (delayMs <= 0 || pending.size === 0 || timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        flush().catch((error: unknown) => onError?.(error));
      }, delayMs);
      // A queued evaluation never keeps a Node process alive on its own.
      (timer as { unref?: () => void }).unref?.();
    },
    flush,
  };
}
