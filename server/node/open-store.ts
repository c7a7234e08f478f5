import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { buildDemoMesh } from '../seed/demo-mesh';
import { loadDocuments } from '../seed/load-documents';
import type { CatalogStore } from '../store/catalog-store';
import { createMemoryStore } from '../store/memory/memory-store';
import type { Database } from '../store/postgres/database';
import { openEmbeddedDatabase, openServerDatabase } from '../store/postgres/database';
import { createPostgresStore } from '../store/postgres/postgres-store';
import { meta } from '../store/postgres/schema';
import type { ServerConfig } from './config';
import type { Logger } from './logger';

const demoSeedKey = 'demo-mesh-loaded-at';

/**
 * Opens the configured store: PostgreSQL at DATABASE_URL, embedded PostgreSQL (PGlite) in the
 * data directory by default, or memory. The demo mesh is loaded on the first start only, so what
 * people write later is never mixed with a second copy.
 */
export async function openStore(config: ServerConfig, logger: Logger): Promise<CatalogStore> {
  if (config.store === 'memory') {
    const store = createMemoryStore();
    if (config.seed === 'demo') await loadDemoMesh(store, logger);
    return store;
  }
  const database =
    config.store === 'postgres' && config.DATABASE_URL
      ? await openServerDatabase(config.DATABASE_URL, { maxConnections: config.DATABASE_POOL_SIZE })
      : await openEmbeddedDatabase(join(config.MESHPORT_DATA_DIR, 'pglite'));
  const store = createPostgresStore(database, { ownsDatabase: true });
  if (config.seed === 'demo') await seedOnce(database, store, logger);
  return store;
}

async function seedOnce(database: Database, store: CatalogStore, logger: Logger) {
  const [seeded] = await database.db.select().from(meta).where(eq(meta.key, demoSeedKey));
  if (seeded) return;
  await loadDemoMesh(store, logger);
  // Importing is idempotent, so replicas that load at the same moment do no harm.
  await database.db
    .insert(meta)
    .values({ key: demoSeedKey, value: new Date().toISOString() })
    .onConflictDoNothing();
}

async function loadDemoMesh(store: CatalogStore, logger: Logger) {
  const { imported, problems } = await loadDocuments(store, buildDemoMesh());
  logger.info('demo catalog loaded', { documents: imported });
  for (const problem of problems) logger.warn('seed document not loaded', { problem });
}
