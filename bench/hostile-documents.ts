import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPortal } from './start-portal';
import { formatTable, percentile } from './stats';

const seconds = Number(process.env.BENCH_SECONDS ?? 30);
const header = `apiVersion: v1.0.0
kind: DataProduct
name: Hostile
version: 1.0.0
status: draft
team:
  name: Customer 360
`;

/**
 * Documents that cost far more than their size before the limits: each would block the
 * server's only thread or fill its memory. Shapes from an adversarial review of the portal.
 */
const documents: { name: string; text: string }[] = [
  {
    // One large anchor, aliased 100 times: 1.4 MB that expanded to over 100 MB of JSON.
    name: 'alias amplification',
    text: `${header}id: amplified\ncustomProperties:\n  - property: rows\n    value: &rows [${Array.from({ length: 100_000 }, (_, index) => `r${index % 1000}`).join(', ')}]\n${Array.from({ length: 100 }, (_, index) => `  - property: copy${index}\n    value: *rows\n`).join('')}`,
  },
  {
    name: 'many problems (25,000 unknown keys)',
    text: `${header}id: many-problems\n${Array.from({ length: 25_000 }, (_, index) => `unknown${index}: x\n`).join('')}`,
  },
  {
    name: 'many duplicate keys (10,000)',
    text: `${header}id: duplicates\n${Array.from({ length: 10_000 }, (_, index) => `description: d${index}\n`).join('')}`,
  },
  {
    name: 'many ports (20,000)',
    text: `${header}id: many-ports\noutputPorts:\n${Array.from({ length: 20_000 }, (_, index) => `  - name: port-${index}\n    version: 1.0.0\n    contractId: contract-${index}\n`).join('')}`,
  },
];

async function post(url: string, text: string) {
  const started = performance.now();
  const response = await fetch(`${url}/api/data-products`, {
    method: 'POST',
    body: text,
    headers: { 'Content-Type': 'application/yaml', 'X-Meshport-Persona': 'admin' },
  });
  const body = (await response.json()) as { message?: string };
  return { status: response.status, ms: performance.now() - started, message: body.message ?? '' };
}

/**
 * Posts each hostile document again and again, one at a time, for `BENCH_SECONDS`, while asking
 * `/api/health` every 25 ms, and prints how long health took: the documents must be refused
 * without the server stopping to answer anyone else.
 */
export async function benchHostileDocuments() {
  console.log(
    `\nHostile documents on the embedded store: each posted in turn for ${seconds} s while /api/health is asked every 25 ms`,
  );
  const workDir = mkdtempSync(join(tmpdir(), 'meshport-hostile-'));
  const portal = await startPortal({ MESHPORT_DATA_DIR: join(workDir, 'data') }, workDir);
  try {
    const deadline = performance.now() + seconds * 1000;
    const health: number[] = [];
    let healthErrors = 0;
    const probe = (async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        const response = await fetch(`${portal.url}/api/health`).catch(() => undefined);
        if (!response?.ok) healthErrors += 1;
        await response?.arrayBuffer();
        health.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    })();
    const results = new Map(
      documents.map((document) => [
        document.name,
        { statuses: new Set<number>(), ms: [] as number[], message: '' },
      ]),
    );
    while (performance.now() < deadline) {
      for (const document of documents) {
        if (performance.now() >= deadline) break;
        const outcome = await post(portal.url, document.text);
        const entry = results.get(document.name);
        entry?.statuses.add(outcome.status);
        entry?.ms.push(outcome.ms);
        if (entry) entry.message = outcome.message;
      }
    }
    await probe;

    const kb = (text: string) =>
      `${Math.round(new TextEncoder().encode(text).length / 1024).toLocaleString('en')} KB`;
    console.log(
      formatTable(
        ['document', 'size', 'posts', 'answer', 'p50', 'max', 'message'],
        documents.map((document) => {
          const entry = results.get(document.name);
          return [
            document.name,
            kb(document.text),
            String(entry?.ms.length ?? 0),
            [...(entry?.statuses ?? [])].join(', '),
            `${percentile(entry?.ms ?? [], 50).toFixed(0)} ms`,
            `${Math.max(...(entry?.ms ?? [0])).toFixed(0)} ms`,
            (entry?.message ?? '').slice(0, 60),
          ];
        }),
      ),
    );
    const p99 = percentile(health, 99);
    console.log(
      `  /api/health meanwhile: ${health.length} answers, ${healthErrors} failed, p50 ${percentile(health, 50).toFixed(1)} ms, p95 ${percentile(health, 95).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${Math.max(...health).toFixed(1)} ms`,
    );
    const refused = [...results.values()].every((entry) =>
      [...entry.statuses].every((status) => status === 400),
    );
    console.log(
      `  goal: every document refused with 400, health p99 < 100 ms → ${refused && p99 < 100 && healthErrors === 0 ? 'met' : 'not met'}`,
    );
  } finally {
    await portal.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}
