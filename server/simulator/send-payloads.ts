import { pause } from '../api/service-levels/pause';
import type { Payload } from './play-pipelines';

export type Send = (request: Request) => Response | Promise<Response>;

/** OpenLineage events per batch request: well inside the endpoint's 1,000 and its 2 MB. */
const batchSize = 500;

/**
 * Sends payloads in time order, as their tools would: OpenLineage events gathered into batches
 * (consecutive ones only, so order is kept), each test run and OORS message on its own.
 * Stops at the first refusal, with the portal's message.
 */
export async function sendPayloads(
  send: Send,
  baseUrl: string,
  payloads: readonly Payload[],
  headers: Record<string, string>,
): Promise<{ requests: number; events: number }> {
  let requests = 0;
  let batch: Payload[] = [];
  const post = async (path: string, body: unknown) => {
    requests += 1;
    const response = await send(
      new Request(new URL(path, baseUrl), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify(body),
      }),
    );
    if (!response.ok) {
      const text = await response.text();
      throw new Error(`${path} answered ${response.status}: ${text.slice(0, 500)}`);
    }
    await response.arrayBuffer().catch(() => undefined);
    await pause();
  };
  const flush = async () => {
    if (batch.length === 0) return;
    const events = batch.map((payload) => payload.body);
    batch = [];
    await post('/api/v1/lineage/batch', events);
  };
  for (const payload of payloads) {
    if (payload.path === '/api/v1/lineage/batch') {
      batch.push(payload);
      if (batch.length >= batchSize) await flush();
      continue;
    }
    await flush();
    await post(payload.path, payload.body);
  }
  await flush();
  return { requests, events: payloads.length };
}
