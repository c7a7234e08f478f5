import type { DocumentKind } from '../../src/catalog/documents/validate-document';
import type { CatalogStore, StoredDocument } from './catalog-store';

const page = 500;

/** Every current document of one kind, read a page at a time in id order. */
export async function readAllCurrent<K extends DocumentKind>(
  store: CatalogStore,
  kind: K,
): Promise<StoredDocument<K>[]> {
  const all: StoredDocument<K>[] = [];
  let after: string | null = null;
  for (;;) {
    const batch: StoredDocument<K>[] = await store.listCurrentDocuments(kind, after, page);
    all.push(...batch);
    const last = batch[batch.length - 1];
    if (batch.length < page || !last) return all;
    after = last.id;
  }
}
