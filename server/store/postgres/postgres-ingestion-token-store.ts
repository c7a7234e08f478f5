import { sql } from 'drizzle-orm';
import type { IncidentActor } from '../../../src/catalog/service-levels/service-level-types';
import type { IngestionToken, IngestionTokenStore } from '../observation-store';
import type { Database } from './database';
import { rows } from './database';

type Timestamp = string | Date;

interface TokenRow {
  id: string;
  team: string;
  name: string;
  prefix: string;
  created_at: Timestamp;
  created_by: IncidentActor;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

const toIso = (value: Timestamp | null) => (value === null ? null : new Date(value).toISOString());

const toToken = (row: TokenRow): IngestionToken => ({
  id: row.id,
  team: row.team,
  name: row.name,
  prefix: row.prefix,
  createdAt: new Date(row.created_at).toISOString(),
  createdBy: row.created_by,
  lastUsedAt: toIso(row.last_used_at),
  revokedAt: toIso(row.revoked_at),
});

/** Never the secret hash: it is only compared, inside the database. */
const tokenColumns = sql`id, team, name, prefix, created_at, created_by, last_used_at, revoked_at`;

/** Ingestion tokens in PostgreSQL. */
export function createPostgresIngestionTokenStore({ db }: Database): IngestionTokenStore {
  const first = async (query: ReturnType<typeof sql>) => {
    const [row] = await rows<TokenRow>(db, query);
    return row ? toToken(row) : null;
  };
  return {
    async create(token, secretHash) {
      const created = await first(
        sql`INSERT INTO ingestion_tokens (id, team, name, prefix, secret_hash, created_at,
              created_by)
            VALUES (${token.id}, ${token.team}, ${token.name}, ${token.prefix}, ${secretHash},
              ${token.createdAt}::timestamptz, ${JSON.stringify(token.createdBy)}::jsonb)
            RETURNING ${tokenColumns}`,
      );
      if (!created) throw new Error('The token was not stored');
      return created;
    },

    async list(teams) {
      const found = await rows<TokenRow>(
        db,
        sql`SELECT ${tokenColumns} FROM ingestion_tokens
            ${
              teams === 'all'
                ? sql``
                : sql`WHERE lower(team) = ANY(${sql.param(teams.map((team) => team.toLowerCase()))}::text[])`
            }
            ORDER BY created_at DESC, id COLLATE "C" DESC`,
      );
      return found.map(toToken);
    },

    get(id) {
      return first(sql`SELECT ${tokenColumns} FROM ingestion_tokens WHERE id = ${id}`);
    },

    findByHash(secretHash) {
      return first(
        sql`SELECT ${tokenColumns} FROM ingestion_tokens WHERE secret_hash = ${secretHash}`,
      );
    },

    revoke(id, at) {
      return first(
        sql`UPDATE ingestion_tokens SET revoked_at = COALESCE(revoked_at, ${at}::timestamptz)
            WHERE id = ${id} RETURNING ${tokenColumns}`,
      );
    },

    async touch(id, at) {
      await db.execute(
        sql`UPDATE ingestion_tokens SET last_used_at = GREATEST(last_used_at, ${at}::timestamptz)
            WHERE id = ${id}`,
      );
    },
  };
}
