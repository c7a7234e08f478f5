import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ServiceLevelSummary } from '../../../src/catalog/service-levels/service-level-types';
import { describeAccessStore } from '../access-store.contract';
import { accessRequestDraft, createRequests } from '../../testing/access-requests';
import { describeCatalogStore } from '../catalog-store.contract';
import { describeObservationStores } from '../observation-store.contract';
import { describeSubscriptionStore } from '../subscription-store.contract';
import type { Database } from './database';
import { openEmbeddedDatabase } from './database';
import { createPostgresObservationStore } from './postgres-observation-store';
import { createPostgresStore } from './postgres-store';
import { resetDatabase } from './reset-database';

let database: Database;

beforeAll(async () => {
  database = await openEmbeddedDatabase();
}, 60_000);
afterAll(() => database.close());

describeCatalogStore('embedded PostgreSQL (PGlite)', async () => {
  await resetDatabase(database);
  return createPostgresStore(database);
});

describeAccessStore('embedded PostgreSQL (PGlite)', async () => {
  await resetDatabase(database);
  return createPostgresStore(database);
});

describeObservationStores('embedded PostgreSQL (PGlite)', async () => {
  await resetDatabase(database);
  return createPostgresStore(database);
});

describeSubscriptionStore('embedded PostgreSQL (PGlite)', async () => {
  await resetDatabase(database);
  return createPostgresStore(database);
});

describe('the audit log in PostgreSQL', () => {
  it('refuses to change or remove an entry', async () => {
    await resetDatabase(database);
    const store = createPostgresStore(database);
    const [request] = await createRequests(
      store.access,
      [accessRequestDraft({ productId: 'p', contractId: null })],
      { id: 'alex', name: 'Alex' },
      new Date(),
    );
    const refusal = (query: Promise<unknown>) =>
      query.then(
        () => 'allowed',
        (error: Error & { cause?: Error }) => error.cause?.message ?? error.message,
      );
    expect(
      await refusal(database.db.execute(sql`UPDATE access_events SET reason = 'rewritten'`)),
    ).toMatch(/append-only/);
    expect(await refusal(database.db.execute(sql`DELETE FROM access_events`))).toMatch(
      /append-only/,
    );
    expect(await store.access.listEvents(request?.id ?? '')).toHaveLength(1);
  });
});

describe('the overview in PostgreSQL', () => {
  const now = Date.UTC(2026, 10, 21, 10);
  const later = (seconds: number) => new Date(now + seconds * 1000).toISOString();
  const summary = (status: ServiceLevelSummary['status']): ServiceLevelSummary => ({
    productId: 'orders',
    name: 'Orders',
    domain: 'sales',
    team: 'Order Management',
    status,
    counts: { met: 0, atRisk: 0, breached: 0, noData: 0, declared: 0, [status]: 1 },
    slos: [],
    worstBudget: null,
    attainmentSeries: [],
    openIncidents: 0,
    deadline: null,
    evaluatedAt: later(0),
  });

  it('answers from what it read before a change while it reads the change, for a minute at most', async () => {
    await resetDatabase(database);
    // As on a large mesh, where a reading takes too long to be waited for.
    const observations = createPostgresObservationStore(database, { overviewWaitUnderMs: 0 });
    const breached = async (seconds: number) =>
      (await observations.overview({ now: later(seconds) })).counts.breached;
    await observations.saveSummary(summary('met'));
    expect(await breached(0)).toBe(0);
    await observations.saveSummary(summary('breached'));
    // The earlier figures, as of the time asked about, while the change is read behind them.
    const earlier = await observations.overview({ now: later(5) });
    expect(earlier).toMatchObject({ evaluatedAt: later(5), counts: { breached: 0, met: 1 } });
    await vi.waitFor(async () => expect(await breached(6)).toBe(1), {
      timeout: 5000,
      interval: 20,
    });
    await observations.saveSummary(summary('met'));
    // Read more than a minute before the change: not answered any more, whatever a reading costs.
    expect(await breached(70)).toBe(0);
  });
});
