import type { OdcsContract } from '../../src/catalog/standards/odcs';
import type { CatalogStore } from '../store/catalog-store';
import { readAllCurrent } from '../store/read-all-current';
import { demoScenarios } from './demo-scenarios';
import { planPipelines } from './plan-pipelines';
import type { Scenario } from './plan-pipelines';
import { playPipelines } from './play-pipelines';
import type { Send } from './send-payloads';
import { sendPayloads } from './send-payloads';

const day = 86_400_000;

async function readCatalog(store: CatalogStore) {
  const [products, contracts] = await Promise.all([
    readAllCurrent(store, 'product'),
    readAllCurrent(store, 'contract'),
  ]);
  return {
    products: products.map(({ id, document }) => ({ id, document })),
    contracts: new Map<string, OdcsContract>(contracts.map(({ id, document }) => [id, document])),
  };
}

export interface SimulateOptions {
  /** Where the ingestion endpoints answer: the API's own fetch handler, or a running portal. */
  send: Send;
  baseUrl?: string;
  /** Headers that authenticate the sender: a persona in demo mode, or an ingestion token. */
  headers: Record<string, string>;
  from: Date;
  to: Date;
  scenarios?: Readonly<Record<string, Scenario>>;
}

/**
 * Plays the pipelines of the catalog in `store` from `from` to `to` and sends what they emit
 * through the ingestion endpoints, a day at a time so memory stays small.
 */
export async function simulatePipelines(store: CatalogStore, options: SimulateOptions) {
  const { products, contracts } = await readCatalog(store);
  const scenarios = options.scenarios ?? demoScenarios;
  const ports = planPipelines(products, contracts, scenarios);
  let events = 0;
  let requests = 0;
  const to = options.to.getTime();
  for (let start = options.from.getTime(); start < to; start += day) {
    const payloads = playPipelines(ports, scenarios, {
      from: start,
      to: Math.min(start + day, to),
      now: to,
    });
    const sent = await sendPayloads(
      options.send,
      options.baseUrl ?? 'http://localhost',
      payloads,
      options.headers,
    );
    events += sent.events;
    requests += sent.requests;
  }
  return { ports: ports.length, events, requests };
}
