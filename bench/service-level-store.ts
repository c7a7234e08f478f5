import type { Observation } from '../src/catalog/observations/observation';
import type {
  ServiceLevelSummary,
  SloStatus,
} from '../src/catalog/service-levels/service-level-types';
import type { ServiceLevelQuery } from '../server/store/observation-store';
import { openServerDatabase } from '../server/store/postgres/database';
import { createPostgresStore } from '../server/store/postgres/postgres-store';
import {
  createDatabase,
  findPostgresBinaries,
  postgresInstallHint,
  startPostgres,
} from '../server/testing/postgres-server';
import { formatTable, percentile } from './stats';

const statuses: SloStatus[] = ['met', 'met', 'met', 'atRisk', 'breached', 'noData', 'declared'];
const domains = ['sales', 'supply', 'finance', 'marketing', 'customer', 'logistics', 'hr', 'risk'];
const start = Date.UTC(2026, 10, 1);
const iso = (ms: number) => new Date(ms).toISOString();

/** A summary the size an evaluation writes: six SLOs and thirty days of attainment. */
function summary(index: number): ServiceLevelSummary {
  const status = statuses[index % statuses.length] ?? 'met';
  return {
    productId: `product-${index}`,
    name: `Product ${(index * 7919) % 100_003}`,
    domain: domains[index % domains.length] ?? null,
    team: `Team ${index % 120}`,
    status,
    counts: { met: 4, atRisk: 1, breached: 1, noData: 0, declared: 0 },
    slos: Array.from({ length: 6 }, (_, slo) => ({
      portName: `port-${slo % 2}`,
      sloId: `slo-${slo}`,
      kind: 'freshness' as const,
      label: `Freshness ${slo}`,
      status,
      errorBudgetRemaining: ((index + slo) % 100) / 100,
    })),
    worstBudget: status === 'noData' || status === 'declared' ? null : (index % 200) / 100 - 1,
    attainmentSeries: Array.from({ length: 30 }, (_, day) => (day % 9 === 0 ? null : 0.99)),
    openIncidents: index % 11 === 0 ? 1 : 0,
    // A fifth have a deadline, half of them already past at the time the portfolio is read.
    deadline: index % 5 === 0 ? iso(start + (index % 10 === 0 ? -1 : 1) * 3_600_000) : null,
    evaluatedAt: iso(start - 7_200_000),
  };
}

function observation(index: number): Observation {
  return {
    key: `bench-${index}`,
    productId: `product-${index % 5000}`,
    portName: 'port-0',
    contractId: `contract-${index % 5000}`,
    kind: index % 3 === 0 ? 'update' : 'check',
    status: index % 17 === 0 ? 'fail' : 'pass',
    observedAt: iso(start + index * 1000),
    source: 'openlineage',
    sourceName: 'airflow/load',
    runId: `run-${Math.floor(index / 3)}`,
    ruleId: index % 3 === 0 ? null : `rule-${index % 7}`,
    checkName: index % 3 === 0 ? null : `check ${index % 7}`,
    dimension: null,
    message: null,
    value: index % 2 === 0 ? index : null,
  };
}

/**
 * The portfolio (`listSummaries`) over a mesh of `products`, and bulk ingestion (`append`),
 * on a PostgreSQL server: the queries the service-level pages and the ingestion endpoint make.
 */
export async function benchServiceLevelStore(products: number): Promise<void> {
  const bin = findPostgresBinaries();
  if (!bin) {
    console.log(`Service-level store bench skipped. ${postgresInstallHint}`);
    return;
  }
  const server = await startPostgres(bin);
  const database = await openServerDatabase(await createDatabase(server, 'meshport_slo_bench'));
  try {
    const store = createPostgresStore(database);
    for (let index = 0; index < products; index += 1)
      await store.observations.saveSummary(summary(index));
    await database.db.execute('ANALYZE');

    const now = iso(start);
    const queries: [string, ServiceLevelQuery][] = [
      ['status sort', { now, sort: 'status', limit: 50, offset: 0 }],
      ['name sort', { now, sort: 'name', limit: 50, offset: 0 }],
      ['budget sort', { now, sort: 'budget', limit: 50, offset: 0 }],
      [
        'breached, page 20',
        { now, sort: 'status', statuses: ['breached'], limit: 50, offset: 950 },
      ],
      ['one domain', { now, sort: 'status', domains: ['sales'], limit: 50, offset: 0 }],
      ['two teams', { now, sort: 'name', teams: ['Team 3', 'Team 7'], limit: 50, offset: 0 }],
    ];
    const table: string[][] = [];
    for (const [label, query] of queries) {
      const samples: number[] = [];
      for (let round = 0; round < 30; round += 1) {
        const began = performance.now();
        await store.observations.listSummaries(query);
        samples.push(performance.now() - began);
      }
      table.push([label, percentile(samples, 50).toFixed(1), percentile(samples, 95).toFixed(1)]);
    }
    console.log(`\nlistSummaries over ${products} products (PostgreSQL server), ms`);
    console.log(formatTable(['query', 'p50', 'p95'], table));

    const batch = 500;
    const total = 50_000;
    const began = performance.now();
    for (let from = 0; from < total; from += batch) {
      const events = Array.from({ length: batch }, (_, offset) => observation(from + offset));
      await store.observations.append(events, iso(Date.now()));
    }
    const seconds = (performance.now() - began) / 1000;
    console.log(
      `\nappend: ${total} observations in batches of ${batch}: ${Math.round(total / seconds)} per second`,
    );
  } finally {
    await database.close();
    server.stop();
  }
}
