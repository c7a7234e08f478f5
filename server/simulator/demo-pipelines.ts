import type { CatalogStore } from '../store/catalog-store';
import type { Send } from './send-payloads';
import { simulatePipelines } from './simulate-history';

const day = 86_400_000;

export interface DemoPipelinesOptions {
  store: CatalogStore;
  /** The API's own fetch handler: the simulator sends through the ingestion endpoints. */
  send: Send;
  /** How much history a store without any gets, in days. */
  historyDays: number;
  /** How often the pipelines send what they did since, in milliseconds; 0: never. */
  intervalMs: number;
  now?: () => Date;
  onLoaded?: (figures: { events: number; requests: number; days: number }) => void;
  onError?: (error: unknown) => void;
}

/**
 * The demo mesh's pipelines, kept running: on start they send what they would have sent since
 * the last observation (the whole history on a fresh store, a few hours after a restart), then
 * every interval what happened since. `ready` settles when the catch-up is done.
 */
export function startDemoPipelines(options: DemoPipelinesOptions) {
  const now = options.now ?? (() => new Date());
  const headers = { 'X-Meshport-Persona': 'admin' };
  let until = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  let running: Promise<unknown> = Promise.resolve();

  const sendUntil = async (to: Date) => {
    const from = new Date(until);
    if (from >= to) return { events: 0, requests: 0 };
    const sent = await simulatePipelines(options.store, { send: options.send, headers, from, to });
    until = to.getTime();
    return sent;
  };

  const ready = (async () => {
    const latest = await options.store.observations.latestObservedAt('openlineage');
    const to = now();
    const earliest = to.getTime() - options.historyDays * day;
    until = Math.max(earliest, latest ? Date.parse(latest) + 1 : earliest);
    const sent = await sendUntil(to);
    options.onLoaded?.({ ...sent, days: Math.round(((to.getTime() - earliest) / day) * 10) / 10 });
  })().catch((error: unknown) => options.onError?.(error));

  if (options.intervalMs > 0) {
    timer = setInterval(() => {
      running = running
        .then(() => ready)
        .then(() => sendUntil(now()))
        .catch((error: unknown) => options.onError?.(error));
    }, options.intervalMs);
    (timer as { unref?: () => void }).unref?.();
  }

  return {
    ready,
    stop() {
      if (timer !== undefined) clearInterval(timer);
    },
  };
}
