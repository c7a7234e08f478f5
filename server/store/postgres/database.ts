import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzleNodePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePostgres } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';

export type CatalogDatabase = PgDatabase<PgQueryResultHKT>;
export type Executor = Pick<CatalogDatabase, 'execute'>;

/** The rows of a raw query, typed by the caller, on either driver. */
export async function rows<T>(executor: Executor, query: SQL): Promise<T[]> {
  return ((await executor.execute(query)) as unknown as { rows: T[] }).rows;
}

/** A migrated database, embedded (PGlite) or on a PostgreSQL server. */
export interface Database {
  kind: 'pglite' | 'postgres';
  db: CatalogDatabase;
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/**
 * The catalog's tables and indexes fit in memory (or on SSD), where reading a page out of order
 * costs about as much as reading the next one. Telling the planner so (PostgreSQL assumes
 * spinning disks, 4.0) makes it use the full-text and trigram indexes for searches that match a
 * sizeable share of the catalog, instead of testing every row.
 */
const randomPageCost = '1.1';

/** Any value: all that matters is that every Meshport process takes the same lock. */
const migrationLockKey = 0x4d455348;

/**
 * Embedded PostgreSQL (PGlite, compiled to WebAssembly): data in `dataDir`, or in memory when it
 * is omitted (tests). One process owns the directory.
 */
export async function openEmbeddedDatabase(dataDir?: string): Promise<Database> {
  // PGlite creates its own directory but not the ones above it (`.data` on a fresh clone).
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  await client.exec(`SET random_page_cost = ${randomPageCost}`);
  const db = drizzlePglite(client);
  await migratePglite(db, { migrationsFolder });
  return { kind: 'pglite', db: db as unknown as CatalogDatabase, close: () => client.close() };
}

/**
 * A PostgreSQL server shared by any number of Meshport processes. Migrations run under an
 * advisory lock, so replicas starting together apply each migration once.
 */
export async function openServerDatabase(
  url: string,
  options: { maxConnections?: number } = {},
): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    options: `-c random_page_cost=${randomPageCost}`,
  });
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [migrationLockKey]);
    await migrateNodePostgres(drizzleNodePostgres(client), { migrationsFolder });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [migrationLockKey]).catch(() => undefined);
    client.release();
  }
  const db = drizzleNodePostgres(pool);
  return { kind: 'postgres', db: db as unknown as CatalogDatabase, close: () => pool.end() };
}
