import type { IngestionToken, IngestionTokenStore } from '../observation-store';

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Ingestion tokens in memory, for the browser host and tests. */
export function createMemoryIngestionTokenStore(): IngestionTokenStore {
  const tokens = new Map<string, IngestionToken>();
  const idsByHash = new Map<string, string>();
  const find = (id: string) => tokens.get(id) ?? null;
  const copy = (token: IngestionToken | null) => (token ? structuredClone(token) : null);
  return {
    async create(input, secretHash) {
      if (idsByHash.has(secretHash)) throw new Error('A token with this secret exists');
      if (tokens.has(input.id)) throw new Error(`There is already a token ${input.id}`);
      const token: IngestionToken = {
        ...structuredClone(input),
        lastUsedAt: null,
        revokedAt: null,
      };
      tokens.set(token.id, token);
      idsByHash.set(secretHash, token.id);
      return structuredClone(token);
    },

    async list(teams) {
      const wanted = teams === 'all' ? null : new Set(teams.map((team) => team.toLowerCase()));
      return [...tokens.values()]
        .filter((token) => !wanted || wanted.has(token.team.toLowerCase()))
        .sort(
          (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || byCodePoint(b.id, a.id),
        )
        .map((token) => structuredClone(token));
    },

    async get(id) {
      return copy(find(id));
    },

    async findByHash(secretHash) {
      return copy(find(idsByHash.get(secretHash) ?? ''));
    },

    async revoke(id, at) {
      const token = find(id);
      if (token) token.revokedAt ??= at;
      return copy(token);
    },

    async touch(id, at) {
      const token = find(id);
      if (token && (token.lastUsedAt === null || Date.parse(at) > Date.parse(token.lastUsedAt)))
        token.lastUsedAt = at;
    },
  };
}
