import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { describeAccessStore } from '../access-store.contract';
import { describeCatalogStore } from '../catalog-store.contract';
import { describeObservationStores } from '../observation-store.contract';
import { describeSubscriptionStore } from '../subscription-store.contract';
import type { Database } from './database';
import { openServerDatabase } from './database';
import { createPostgresStore } from './postgres-store';
import { resetDatabase } from './reset-database';

const url = inject('postgresUrl');

if (!url) {
  describe('PostgreSQL server store', () => {
    it.skip('needs a PostgreSQL server (sudo apt-get install -y postgresql)', () => {});
  });
} else {
  let database: Database;
  beforeAll(async () => {
    database = await openServerDatabase(url);
  });
  afterAll(() => database.close());

  describeCatalogStore('PostgreSQL server', async () => {
    await resetDatabase(database);
    return createPostgresStore(database);
  });
  describeAccessStore('PostgreSQL server', async () => {
    await resetDatabase(database);
    return createPostgresStore(database);
  });
  describeObservationStores('PostgreSQL server', async () => {
    await resetDatabase(database);
    return createPostgresStore(database);
  });
  describeSubscriptionStore('PostgreSQL server', async () => {
    await resetDatabase(database);
    return createPostgresStore(database);
  });
}
