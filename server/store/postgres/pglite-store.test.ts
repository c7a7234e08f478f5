import { afterAll, beforeAll } from 'vitest';
import { describeCatalogStore } from '../catalog-store.contract';
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
