import type { SeedDocument } from '../server/seed/seed-types';
import type { CatalogStore, DocumentsByKind } from '../server/store/catalog-store';
import { createMemoryStore } from '../server/store/memory/memory-store';

/** An in-memory store holding generated documents, loaded without validation to time the store. */
export async function loadMemoryStore(documents: readonly SeedDocument[]): Promise<CatalogStore> {
  const store = createMemoryStore();
  for (const { kind, text } of documents) {
    // Generated documents pass validation in the seed tests.
    const document = JSON.parse(text) as DocumentsByKind[typeof kind];
    await store.insertDocument({
      kind,
      id: document.id,
      version: String(document.version),
      createdBy: 'bench',
      text,
      document,
    });
  }
  return store;
}
