/**
 * `npm run simulate`: the demo mesh's pipelines, sending to a running portal what their tools
 * would (OpenLineage run events, datacontract-cli test runs, OORS lag metrics) as time passes,
 * so the service levels move while someone watches.
 *
 *   npm run simulate -- --url http://127.0.0.1:8080 [--days 3] [--every 60]
 *   npm run simulate -- --token mpi_… --team "Customer 360"
 *
 * Without a token it sends as the demo's admin persona, which a portal in demo mode accepts.
 */
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import type { OdcsContract } from '../src/catalog/standards/odcs';
import type { OdpsProduct } from '../src/catalog/standards/odps';
import { buildDemoMesh } from '../server/seed/demo-mesh';
import { demoScenarios } from '../server/simulator/demo-scenarios';
import { planPipelines } from '../server/simulator/plan-pipelines';
import { playPipelines } from '../server/simulator/play-pipelines';
import { sendPayloads } from '../server/simulator/send-payloads';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:8080' },
    token: { type: 'string' },
    team: { type: 'string' },
    days: { type: 'string', default: '0' },
    every: { type: 'string', default: '60' },
  },
});

const days = Number(values.days);
const everySeconds = Number(values.every);
if (!Number.isFinite(days) || days < 0 || days > 90) throw new Error('--days must be 0 to 90');
if (!Number.isFinite(everySeconds) || everySeconds < 5) throw new Error('--every must be ≥ 5 s');

const products: { id: string; document: OdpsProduct }[] = [];
const contracts = new Map<string, OdcsContract>();
for (const { kind, text } of buildDemoMesh()) {
  if (kind === 'product') {
    const document = parse(text) as OdpsProduct;
    products.push({ id: document.id, document });
  } else {
    const document = parse(text) as OdcsContract;
    contracts.set(document.id, document);
  }
}
// A token sends for its own team only: the other teams' pipelines stay quiet.
const team = values.team?.trim().toLowerCase();
const sending = team
  ? products.filter(({ document }) => document.team?.name?.trim().toLowerCase() === team)
  : products;
if (sending.length === 0) throw new Error(`No demo product belongs to the team ${values.team}`);
const ports = planPipelines(sending, contracts, demoScenarios);
const headers: Record<string, string> = values.token
  ? { Authorization: `Bearer ${values.token}` }
  : { 'X-Meshport-Persona': 'admin' };

let until = Date.now() - days * 86_400_000;
async function tick() {
  const to = Date.now();
  const payloads = playPipelines(ports, demoScenarios, { from: until, to, now: to });
  const sent = await sendPayloads(fetch, values.url, payloads, headers);
  until = to;
  process.stdout.write(
    `${new Date(to).toISOString()}  sent ${sent.events} events, runs and results in ${sent.requests} requests\n`,
  );
}

process.stdout.write(
  `Simulating ${ports.length} pipelines of ${sending.length} demo products → ${values.url} (every ${everySeconds} s; Ctrl-C stops)\n`,
);
await tick();
setInterval(() => {
  tick().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  });
}, everySeconds * 1000);
