import { sql } from 'drizzle-orm';
import type { DocumentKind } from '../../../src/catalog/documents/validate-document';
import type { Draft, DraftInfo, DraftStore } from '../draft-store';
import type { Database } from './database';
import { rows } from './database';
import { storedText, textColumn } from './exact-text';

interface DraftRow {
  owner_id: string;
  kind: DocumentKind;
  id: string;
  base_version: string | null;
  saved_at: string | Date;
  updated_at: string | Date;
}

const toInfo = (row: DraftRow): DraftInfo => ({
  ownerId: row.owner_id,
  kind: row.kind,
  id: row.id,
  baseVersion: row.base_version,
  savedAt: new Date(row.saved_at).toISOString(),
  updatedAt: new Date(row.updated_at).toISOString(),
});

const infoColumns = sql`owner_id, kind, id, base_version, saved_at, updated_at`;

export function createPostgresDraftStore({ db }: Database): DraftStore {
  return {
    async save(draft: Draft) {
      await db.execute(
        sql`INSERT INTO drafts (owner_id, kind, id, text, base_version, saved_at, updated_at)
            VALUES (${draft.ownerId}, ${draft.kind}, ${draft.id}, ${draft.text},
                    ${draft.baseVersion}, ${draft.savedAt}, ${draft.updatedAt})
            ON CONFLICT (owner_id, kind, id) DO UPDATE SET text = excluded.text,
              base_version = excluded.base_version, saved_at = excluded.saved_at,
              updated_at = excluded.updated_at`,
      );
      return { ...draft };
    },

    async get(ownerId, kind, id) {
      const [row] = await rows<DraftRow & { text: string }>(
        db,
        sql`SELECT ${infoColumns}, ${textColumn('drafts')} FROM drafts
            WHERE owner_id = ${ownerId} AND kind = ${kind} AND id = ${id}`,
      );
      return row ? { ...toInfo(row), text: storedText(row.text) } : null;
    },

    async list(ownerId) {
      const found = await rows<DraftRow>(
        db,
        sql`SELECT ${infoColumns} FROM drafts WHERE owner_id = ${ownerId}
            ORDER BY updated_at DESC, kind COLLATE "C", id COLLATE "C"`,
      );
      return found.map(toInfo);
    },

    async delete(ownerId, kind, id) {
      const deleted = await rows<{ id: string }>(
        db,
        sql`DELETE FROM drafts WHERE owner_id = ${ownerId} AND kind = ${kind} AND id = ${id}
            RETURNING id`,
      );
      return deleted.length > 0;
    },
  };
}
