import type { DocumentKind } from '../../../src/catalog/documents/validate-document';
import type { Draft, DraftStore } from '../draft-store';

/** Code point order, as PostgreSQL's "C" collation sorts. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Drafts in memory, for the browser host and tests. */
export function createMemoryDraftStore(): DraftStore {
  const drafts = new Map<string, Draft>();
  const key = (ownerId: string, kind: DocumentKind, id: string) =>
    `${ownerId}\u0000${kind}\u0000${id}`;
  return {
    async save(draft) {
      drafts.set(key(draft.ownerId, draft.kind, draft.id), structuredClone(draft));
      return structuredClone(draft);
    },
    async get(ownerId, kind, id) {
      const draft = drafts.get(key(ownerId, kind, id));
      return draft ? structuredClone(draft) : null;
    },
    async list(ownerId) {
      return [...drafts.values()]
        .filter((draft) => draft.ownerId === ownerId)
        .sort(
          (a, b) =>
            b.updatedAt.localeCompare(a.updatedAt) ||
            byCodePoint(a.kind, b.kind) ||
            byCodePoint(a.id, b.id),
        )
        .map(({ text: _text, ...info }) => info);
    },
    async delete(ownerId, kind, id) {
      return drafts.delete(key(ownerId, kind, id));
    },
  };
}
