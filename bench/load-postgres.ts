import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { openServerDatabase } from '../server/store/postgres/database';
import { createPostgresStore } from '../server/store/postgres/postgres-store';
import {
  createDatabase,
  findPostgresBinaries,
  postgresInstallHint,
  startPostgres,
} from '../server/testing/postgres-server';
import { loadGeneratedCatalog } from './generated-catalog';
import { startPortal } from './start-portal';
import { formatTable, percentile } from './stats';

const connections = 50;
const seconds = Number(process.env.BENCH_SECONDS ?? 30);

/**
 * Searches people type: words of the generated catalog, alone, in pairs and with filters and
 * sorts, so the load run mixes many distinct searches rather than repeating one.
 */
const words = [
  'customer',
  'orders',
  'email',
  'inventory',
  'revenue',
  'daily',
  'shipment',
  'campaign',
  'invoice',
  'stock',
  'product',
  'returns',
];
const filters = [
  '',
  '&domain=sales',
  '&status=active',
  '&portType=kafka',
  '&tag=pii',
  '&classification=pii&sort=updated',
  '&domain=finance&status=active',
  '&sort=name',
];
const searches = words.flatMap((word, index) =>
  filters.map((filter, offset) => {
    const second = offset % 3 === 0 ? `%20${words[(index + offset + 1) % words.length]}` : '';
    return `/api/data-products?q=${word}${second}${filter}`;
  }),
);
/** Listing pages from the first to deep into the catalog, as paging and links do. */
const listings = Array.from(
  { length: 100 },
  (_, index) => `/api/data-products?page=${1 + index * 25}`,
);

/** Each search once, one after another: what the first person to ask a question waits. */
async function firstTimeLatencies(url: string, paths: string[]) {
  const latencies: number[] = [];
  for (const path of paths) {
    const started = performance.now();
    const response = await fetch(`${url}${path}`);
    await response.arrayBuffer();
    latencies.push(performance.now() - started);
  }
  return latencies;
}

async function loadRun(name: string, url: string, paths: string[]) {
  const latencies: number[] = [];
  let non2xx = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: paths.map((path) => ({ method: 'GET', path })),
    setupClient: (client) => {
      client.on('response', (status: number, _bytes: number, responseTime: number) => {
        latencies.push(responseTime);
        if (status < 200 || status >= 300) non2xx += 1;
      });
    },
  });
  return {
    name,
    requests: latencies.length,
    perSecond: result.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.timeouts + non2xx,
  };
}

/**
 * Load on the real server: a generated catalog in PostgreSQL, the Node host in its own process,
 * and autocannon with 50 connections on loopback, 30 seconds per run.
 */
export async function benchPostgresLoad(products: number) {
  console.log(
    `\nLoad on PostgreSQL, ${products.toLocaleString('en-US')} generated products, ${connections} connections, ${seconds} s per run`,
  );
  const bin = findPostgresBinaries();
  if (!bin) {
    console.log(`  skipped: no PostgreSQL server installed. ${postgresInstallHint}`);
    return;
  }
  console.log(
    `  ${searches.length} distinct searches, ${listings.length} listing pages; results are cached per catalog revision`,
  );
  const postgres = await startPostgres(bin);
  const workDir = mkdtempSync(join(tmpdir(), 'meshport-bench-'));
  try {
    const url = await createDatabase(postgres, 'meshport_bench');
    const database = await openServerDatabase(url);
    const store = createPostgresStore(database);
    const started = performance.now();
    const loaded = await loadGeneratedCatalog(store, database, products);
    console.log(
      `  loaded ${loaded.toLocaleString('en-US')} documents in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    await database.close();

    const meshport = await startPortal(
      { DATABASE_URL: url, DATABASE_POOL_SIZE: '20', MESHPORT_SEED: 'none' },
      workDir,
    );
    try {
      const cold = await firstTimeLatencies(meshport.url, [...searches, ...listings.slice(0, 20)]);
      console.log(
        `  first time each of ${cold.length} distinct searches and listings is asked, one at a time: p50 ${percentile(cold, 50).toFixed(1)} ms, p95 ${percentile(cold, 95).toFixed(1)} ms, max ${Math.max(...cold).toFixed(1)} ms`,
      );
      const runs = [
        await loadRun('search (text, filters, sort)', meshport.url, searches),
        await loadRun('list (100 pages, 1 to 2,476)', meshport.url, listings),
      ];
      const ms = (value: number) => `${value.toFixed(1)} ms`;
      console.log(
        formatTable(
          ['run', 'requests', 'per second', 'p50', 'p95', 'p99', 'errors'],
          runs.map((run) => [
            run.name,
            run.requests.toLocaleString('en-US'),
            run.perSecond.toFixed(0),
            ms(run.p50),
            ms(run.p95),
            ms(run.p99),
            String(run.errors),
          ]),
        ),
      );
      const worst = Math.max(...runs.map((run) => run.p95));
      console.log(
        `  goal: p95 ≤ 100 ms with 0 errors → ${worst <= 100 && runs.every((run) => run.errors === 0) ? 'met' : 'not met'}`,
      );
    } finally {
      meshport.stop();
    }
  } finally {
    postgres.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}
