import { sql } from 'drizzle-orm';
import { generateCatalog } from '../server/seed/generate-catalog';
import type { CatalogStore, NewDocument } from '../server/store/catalog-store';
import type { Database } from '../server/store/postgres/database';

/**
 * Loads a generated catalog of `products` into a PostgreSQL store, 2,000 documents per
 * transaction, then lets the planner see it as autovacuum would. Returns how many documents.
 */
export async function loadGeneratedCatalog(
  store: CatalogStore,
  database: Database,
  products: number,
): Promise<number> {
  const documents = generateCatalog({ products, seed: 1 });
  for (let start = 0; start < documents.length; start += 2000) {
    const batch: NewDocument[] = documents.slice(start, start + 2000).map(({ kind, text }) => {
      const document = JSON.parse(text) as NewDocument['document'];
      return {
        kind,
        id: document.id,
        version: String(document.version),
        text,
        document,
        createdBy: 'bench',
      } as NewDocument;
    });
    await store.insertDocuments(batch);
  }
  // As autovacuum would: statistics for the planner, visibility for index-only scans.
  await database.db.execute(sql`VACUUM ANALYZE`);
  return documents.length;
}
