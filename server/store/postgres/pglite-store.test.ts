import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeAccessStore } from '../access-store.contract';
import { accessRequestDraft, createRequests } from '../../testing/access-requests';
import { describeCatalogStore } from '../catalog-store.contract';
import { describeObservationStores } from '../observation-store.contract';
import type { Database } from './database';
import { openEmbeddedDatabase } from './database';
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
