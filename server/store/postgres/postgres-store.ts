import type { SQL } from 'drizzle-orm';
import { eq, sql } from 'drizzle-orm';
import type {
  FacetName,
  FacetValue,
  HealthStatus,
  ProductLink,
  ProductSearchQuery,
  ProductSearchResult,
  VersionInfo,
} from '../../../src/catalog/api-schemas';
import { facetNames, healthStatuses } from '../../../src/catalog/api-schemas';
import { documentLimits } from '../../../src/catalog/documents/document-limits';
import type { OdcsContract } from '../../../src/catalog/standards/odcs';
import type { OdpsProduct } from '../../../src/catalog/standards/odps';
import { summarizeProduct } from '../../../src/catalog/summarize-product';
import type { DocumentKind } from '../../../src/catalog/documents/validate-document';
import { compareVersions, pickCurrentVersion } from '../../../src/catalog/documents/version-order';
import type {
  CatalogStore,
  InsertOutcome,
  NewDocument,
  StoredDocument,
  StoredProductSummary,
} from '../catalog-store';
import { normalizeText } from '../search-text';
import type { CatalogDatabase, Database, Executor } from './database';
import { rows } from './database';
import { cached, LruCache } from './lru-cache';
import { lineageFromDatabase } from './lineage-sql';
import { createPostgresAccessStore } from './postgres-access-store';
import { createPostgresDraftStore } from './postgres-draft-store';
import { storedText, textColumn } from './exact-text';
import { createPostgresIncidentStore } from './postgres-incident-store';
import { createPostgresIngestionTokenStore } from './postgres-ingestion-token-store';
import { createPostgresNoticeStore } from './postgres-notice-store';
import { createPostgresObservationStore } from './postgres-observation-store';
import { createPostgresSubscriptionStore } from './postgres-subscription-store';
import { documents, documentVersions, meta, productSearch } from './schema';
import type { SearchSql } from './search-products-sql';
import { buildSearchSql, facetCountsSql, healthCountsSql } from './search-products-sql';

/**
 * Writes take one database-wide lock: imports are rare, and a product and the contract it names
 * arriving at once from two replicas must not leave the product's search row out of date.
 */
const writeLockKey = 0x4d505754;
const revisionKey = 'catalog-revision';

interface VersionRow {
  kind: DocumentKind;
  id: string;
  version: string;
  text: string;
  document: unknown;
  created_at: string | Date;
  created_by: string;
}

const toIso = (value: string | Date) => new Date(value).toISOString();

function toStored<K extends DocumentKind>(row: VersionRow): StoredDocument<K> {
  return {
    kind: row.kind as K,
    id: row.id,
    version: row.version,
    text: storedText(row.text),
    document: row.document as StoredDocument<K>['document'],
    createdAt: toIso(row.created_at),
    createdBy: row.created_by,
  };
}

/** The search row of a product: its summary and everything search, facets and lineage read. */
function searchRow(row: VersionRow, contracts: ReadonlyMap<string, OdcsContract>) {
  const summarized = summarizeProduct(row.document as OdpsProduct, contracts);
  const summary: StoredProductSummary = {
    ...summarized.summary,
    // A descriptor without a declared version is known by its revision (r2).
    version: summarized.summary.version || row.version,
    updatedAt: toIso(row.created_at),
  };
  const text = summarized.searchText;
  return {
    id: row.id,
    summary,
    name: summary.name,
    sortName: summary.name.toLowerCase(),
    status: summary.status,
    domain: summary.domain,
    owner: summary.owner,
    tags: summary.tags,
    portTypes: summary.portTypes,
    classifications: summary.classifications,
    hasPersonalData: summary.hasPersonalData,
    updatedAt: new Date(summary.updatedAt),
    inputContractIds: summarized.inputContractIds,
    outputContractIds: summarized.outputContractIds,
    nameText: normalizeText(text.name),
    // Only for finding: without positions or weights (strip) it stays small enough to sit
    // in the row, so a scan that tests every product does not unpack a large value each time.
    searchVector: sql`strip(to_tsvector('simple', ${indexed(
      [
        text.name,
        text.tags.join(' '),
        text.domain,
        text.owner,
        text.description,
        text.columns,
      ].join(' '),
    )}))`,
    rankVector: sql`
      setweight(to_tsvector('simple', ${indexed(text.name, 0.25)}), 'A') ||
      setweight(to_tsvector('simple', ${indexed(text.tags.join(' '), 0.25)}), 'A') ||
      setweight(to_tsvector('simple', ${indexed(`${text.domain} ${text.owner}`, 0.25)}), 'B') ||
      setweight(to_tsvector('simple', ${indexed(text.description, 0.25)}), 'C')`,
  };
}

/**
 * Normalised text for a search vector, cut to a length PostgreSQL's tsvector (at most 1 MB)
 * always holds: a product with a very long description is still stored, and found by its
 * first 200,000 characters.
 */
function indexed(text: string, share = 1): string {
  return normalizeText(text).slice(0, Math.floor(documentLimits.indexedTextLength * share));
}

/** On conflict, every column takes the new row's value. */
const excludedColumns = Object.fromEntries(
  Object.entries(productSearch)
    .filter(
      ([key, column]) =>
        key !== 'id' && typeof column === 'object' && column !== null && 'name' in column,
    )
    .map(([key, column]) => [key, sql.raw(`excluded.${(column as { name: string }).name}`)]),
);

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

const byName = (a: ProductLink, b: ProductLink) =>
  a.name.localeCompare(b.name, 'en') || a.contractId.localeCompare(b.contractId);

/**
 * The catalog in PostgreSQL (a server, or embedded PGlite). Versions are rows that are only ever
 * added; search, facets and lineage run in SQL over `product_search`, which each write keeps in
 * step with the current documents.
 */
export function createPostgresStore(
  database: Database,
  options: { ownsDatabase?: boolean } = {},
): CatalogStore {
  const { db } = database;

  /**
   * Totals and facet counts cost a pass over every matching row, and they are the same for every
   * page and sort of a search; pages repeat too (the first page of a popular search). Both are
   * kept per catalog revision, a number every write increments in the database, so no replica
   * serves results of an older catalog: a write makes every cached answer unreachable at once.
   */
  const aggregates = new LruCache<Promise<Pick<ProductSearchResult, 'total' | 'facets'>>>(500);
  const pages = new LruCache<Promise<StoredProductSummary[]>>(2000);
  const healthCounts = new LruCache<Promise<FacetValue[]>>(500);
  const observations = createPostgresObservationStore(database);

  async function catalogRevision(): Promise<string> {
    const [row] = await db
      .select({ value: meta.value })
      .from(meta)
      .where(eq(meta.key, revisionKey));
    return row?.value ?? '0';
  }

  /**
   * One page of matches. The page is chosen on narrow rows (ids and sort keys), and only then are
   * its summaries read, so a deep page or a large match never sorts whole rows.
   */
  async function readPage(search: SearchSql, query: ProductSearchQuery) {
    const { where, score, orderBy, healthRank } = search;
    const ids = await rows<{ id: string }>(
      db,
      sql`SELECT id FROM (
            SELECT id, sort_name, updated_at, status, ${score} AS score, ${healthRank} AS health_rank
            FROM product_search WHERE ${where}
          ) AS matches
          ORDER BY ${orderBy} LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
    );
    if (ids.length === 0) return [];
    const found = await rows<{ id: string; summary: StoredProductSummary }>(
      db,
      sql`SELECT id, summary FROM product_search WHERE id = ANY(${sql.param(ids.map((row) => row.id))}::text[])`,
    );
    const byId = new Map(found.map((row) => [row.id, row.summary]));
    return ids.flatMap((row) => byId.get(row.id) ?? []);
  }

  async function countMatches(where: SQL): Promise<Pick<ProductSearchResult, 'total' | 'facets'>> {
    const facetRows = await rows<{ facet: FacetName; value: string; count: number }>(
      db,
      facetCountsSql(where),
    );
    const facets = Object.fromEntries(
      facetNames.map((name) => [name, [] as FacetValue[]]),
    ) as Record<FacetName, FacetValue[]>;
    for (const row of facetRows) facets[row.facet].push({ value: row.value, count: row.count });
    for (const name of facetNames) {
      facets[name].sort(
        (a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
      );
    }
    // Every product has exactly one status, so the status counts add up to the total.
    const total = facets.status.reduce((sum, entry) => sum + entry.count, 0);
    return { total, facets };
  }

  async function countHealth(where: SQL, now: string): Promise<FacetValue[]> {
    const found = await rows<{ value: HealthStatus; count: number }>(
      db,
      healthCountsSql(where, now),
    );
    return found.sort(
      (a, b) =>
        b.count - a.count || healthStatuses.indexOf(a.value) - healthStatuses.indexOf(b.value),
    );
  }

  /**
   * The catalog's revision, and what the service levels' standing changes with: a summary saved
   * (their highest revision) or a deadline passing (the next one after `now`).
   */
  async function searchState(now: string): Promise<{ catalog: string; health: string }> {
    const [row] = await rows<{
      catalog: string | null;
      health: string | null;
      next: Date | string | null;
    }>(
      db,
      sql`SELECT (SELECT value FROM meta WHERE key = ${revisionKey}) AS catalog,
            (SELECT max(revision) FROM service_level_summaries)::text AS health,
            (SELECT min(deadline) FROM service_level_summaries
              WHERE evaluated_at < deadline AND deadline > ${now}::timestamptz) AS next`,
    );
    const next = row?.next ? new Date(row.next).toISOString() : '';
    return { catalog: row?.catalog ?? '0', health: `${row?.health ?? '0'}@${next}` };
  }

  function currentDocument(executor: Executor, kind: DocumentKind, id: string) {
    return rows<VersionRow>(
      executor,
      sql`SELECT v.kind, v.id, v.version, ${textColumn('v')}, v.document, v.created_at, v.created_by
          FROM documents d JOIN document_versions v ON v.kind = d.kind AND v.id = d.id AND v.version = d.current_version
          WHERE d.kind = ${kind} AND d.id = ${id}`,
    );
  }

  /** Rebuilds the search rows of products from their current descriptors and contracts. */
  async function reindexProducts(executor: Executor, productIds: readonly string[]) {
    if (productIds.length === 0) return;
    const products = await rows<VersionRow>(
      executor,
      sql`SELECT v.kind, v.id, v.version, ${textColumn('v')}, v.document, v.created_at, v.created_by
          FROM documents d JOIN document_versions v ON v.kind = d.kind AND v.id = d.id AND v.version = d.current_version
          WHERE d.kind = 'product' AND d.id = ANY(${sql.param([...productIds])}::text[])`,
    );
    const contractIds = [
      ...new Set(
        products.flatMap((row) =>
          ((row.document as OdpsProduct).outputPorts ?? []).flatMap((port) =>
            port.contractId ? [port.contractId] : [],
          ),
        ),
      ),
    ];
    const contracts = new Map<string, OdcsContract>();
    if (contractIds.length) {
      const found = await rows<{ id: string; document: OdcsContract }>(
        executor,
        sql`SELECT v.id, v.document FROM documents d
            JOIN document_versions v ON v.kind = d.kind AND v.id = d.id AND v.version = d.current_version
            WHERE d.kind = 'contract' AND d.id = ANY(${sql.param(contractIds)}::text[])`,
      );
      for (const contract of found) contracts.set(contract.id, contract.document);
    }
    const values = products.map((row) => searchRow(row, contracts));
    for (const chunk of chunks(values, 500)) {
      await (executor as CatalogDatabase)
        .insert(productSearch)
        .values(chunk)
        .onConflictDoUpdate({ target: productSearch.id, set: excludedColumns });
    }
  }

  async function links(
    where: SQL,
    contractColumn: 'input_contract_ids' | 'output_contract_ids',
    exclude?: string,
  ) {
    const found = await rows<{
      id: string;
      name: string;
      domain: string | null;
      status: string;
      contract_id: string;
    }>(
      db,
      sql`SELECT p.id, p.name, p.domain, p.status, c AS contract_id
          FROM product_search p, unnest(p.${sql.raw(contractColumn)}) AS c
          WHERE ${where} ${exclude ? sql`AND p.id <> ${exclude}` : sql``}`,
    );
    return found
      .map((row) => ({
        productId: row.id,
        name: row.name,
        domain: row.domain,
        status: row.status,
        contractId: row.contract_id,
      }))
      .sort(byName);
  }

  return {
    kind: database.kind,
    access: createPostgresAccessStore(database),
    notices: createPostgresNoticeStore(database),
    drafts: createPostgresDraftStore(database),
    observations,
    incidents: createPostgresIncidentStore(database),
    ingestionTokens: createPostgresIngestionTokenStore(database),
    subscriptions: createPostgresSubscriptionStore(database),

    async insertDocument(input: NewDocument): Promise<InsertOutcome> {
      const [outcome] = await this.insertDocuments([input]);
      if (!outcome) throw new Error('The store returned no outcome for the document');
      return outcome;
    },

    insertDocuments(inputs: readonly NewDocument[]): Promise<InsertOutcome[]> {
      if (inputs.length === 0) return Promise.resolve([]);
      return db.transaction(async (tx) => {
        await tx.execute(sql`SELECT pg_advisory_xact_lock(${writeLockKey})`);
        const keyOf = (kind: string, id: string) => `${kind}\u0000${id}`;
        const versionKeyOf = (kind: string, id: string, version: string) =>
          `${keyOf(kind, id)}\u0000${version}`;

        // What is stored already under these ids and versions.
        const stored = new Map<string, { text: string; createdAt: string }>();
        for (const chunk of chunks(inputs, 1000)) {
          const found = await rows<{
            kind: string;
            id: string;
            version: string;
            text: string;
            created_at: string | Date;
          }>(
            tx,
            sql`SELECT v.kind, v.id, v.version, ${textColumn('v')}, v.created_at FROM document_versions v
                JOIN unnest(${sql.param(chunk.map((input) => input.kind))}::text[], ${sql.param(chunk.map((input) => input.id))}::text[],
                            ${sql.param(chunk.map((input) => input.version))}::text[]) AS wanted(kind, id, version)
                  ON v.kind = wanted.kind AND v.id = wanted.id AND v.version = wanted.version`,
          );
          for (const row of found) {
            stored.set(versionKeyOf(row.kind, row.id, row.version), {
              text: storedText(row.text),
              createdAt: toIso(row.created_at),
            });
          }
        }

        // The current versions that inserts are conditioned on, read under the lock.
        const currentNow = new Map<string, string>();
        const conditioned = inputs.filter((input) => input.expectedCurrentVersion !== undefined);
        for (const chunk of chunks(conditioned, 1000)) {
          const found = await rows<{ kind: string; id: string; current_version: string }>(
            tx,
            sql`SELECT d.kind, d.id, d.current_version FROM documents d
                JOIN unnest(${sql.param(chunk.map((input) => input.kind))}::text[], ${sql.param(chunk.map((input) => input.id))}::text[]) AS wanted(kind, id)
                  ON d.kind = wanted.kind AND d.id = wanted.id`,
          );
          for (const row of found) currentNow.set(keyOf(row.kind, row.id), row.current_version);
        }

        // Decide each document in order; a repeat inside the batch meets the first like a stored one.
        const decided: ({ status: 'new' } | InsertOutcome)[] = [];
        const fresh: NewDocument[] = [];
        const batchTime = new Date().toISOString();
        for (const input of inputs) {
          const key = versionKeyOf(input.kind, input.id, input.version);
          const documentKey = keyOf(input.kind, input.id);
          const existing = stored.get(key);
          const currentVersion = currentNow.get(documentKey) ?? null;
          if (existing?.text === input.text) {
            decided.push({ status: 'unchanged', current: false });
          } else if (
            input.expectedCurrentVersion !== undefined &&
            input.expectedCurrentVersion !== currentVersion
          ) {
            decided.push({ status: 'stale', currentVersion });
          } else if (existing) {
            decided.push({
              status: 'conflict',
              existing: { id: input.id, version: input.version, createdAt: existing.createdAt },
            });
          } else {
            stored.set(key, { text: input.text, createdAt: batchTime });
            fresh.push(input);
            decided.push({ status: 'new' });
            // Later inputs of the batch are conditioned on the version this one leaves current.
            const next = pickCurrentVersion([
              input.version,
              ...(currentVersion ? [currentVersion] : []),
            ]);
            if (next) currentNow.set(documentKey, next);
          }
        }
        if (fresh.length) {
          await tx
            .insert(meta)
            .values({ key: revisionKey, value: '1' })
            .onConflictDoUpdate({
              target: meta.key,
              set: { value: sql`(${meta.value}::bigint + 1)::text`, updatedAt: sql`now()` },
            });
        }
        for (const chunk of chunks(fresh, 1000)) {
          await tx.insert(documentVersions).values(
            chunk.map((input) => ({
              kind: input.kind,
              id: input.id,
              version: input.version,
              text: input.text,
              document: input.document,
              createdBy: input.createdBy,
            })),
          );
        }

        // The current version of every document the batch touched.
        const touched = [
          ...new Map(inputs.map((input) => [keyOf(input.kind, input.id), input])).values(),
        ];
        const versionsByKey = new Map<string, string[]>();
        const previousCurrent = new Map<string, string>();
        for (const chunk of chunks(touched, 1000)) {
          const kinds = sql.param(chunk.map((input) => input.kind));
          const ids = sql.param(chunk.map((input) => input.id));
          const versions = await rows<{ kind: string; id: string; version: string }>(
            tx,
            sql`SELECT v.kind, v.id, v.version FROM document_versions v
                JOIN unnest(${kinds}::text[], ${ids}::text[]) AS wanted(kind, id) ON v.kind = wanted.kind AND v.id = wanted.id`,
          );
          for (const row of versions) {
            const key = keyOf(row.kind, row.id);
            versionsByKey.set(key, [...(versionsByKey.get(key) ?? []), row.version]);
          }
          const currents = await rows<{ kind: string; id: string; current_version: string }>(
            tx,
            sql`SELECT d.kind, d.id, d.current_version FROM documents d
                JOIN unnest(${kinds}::text[], ${ids}::text[]) AS wanted(kind, id) ON d.kind = wanted.kind AND d.id = wanted.id`,
          );
          for (const row of currents)
            previousCurrent.set(keyOf(row.kind, row.id), row.current_version);
        }
        const current = new Map<string, string>();
        const changed: { kind: DocumentKind; id: string; currentVersion: string }[] = [];
        for (const input of touched) {
          const key = keyOf(input.kind, input.id);
          const version = pickCurrentVersion(versionsByKey.get(key) ?? []) ?? input.version;
          current.set(key, version);
          if (previousCurrent.get(key) !== version)
            changed.push({ kind: input.kind, id: input.id, currentVersion: version });
        }
        for (const chunk of chunks(changed, 1000)) {
          await tx
            .insert(documents)
            .values(chunk)
            .onConflictDoUpdate({
              target: [documents.kind, documents.id],
              set: { currentVersion: sql`excluded.current_version` },
            });
        }

        // Products whose descriptor, or one of whose contracts, has a new current version.
        const productIds = new Set(
          changed.filter((entry) => entry.kind === 'product').map((entry) => entry.id),
        );
        const contractIds = changed
          .filter((entry) => entry.kind === 'contract')
          .map((entry) => entry.id);
        if (contractIds.length) {
          const readers = await rows<{ id: string }>(
            tx,
            sql`SELECT id FROM product_search WHERE output_contract_ids && ${sql.param(contractIds)}::text[]`,
          );
          for (const reader of readers) productIds.add(reader.id);
        }
        await reindexProducts(tx, [...productIds]);

        return inputs.map((input, index): InsertOutcome => {
          const decision = decided[index] as { status: 'new' } | InsertOutcome;
          const isCurrent = current.get(keyOf(input.kind, input.id)) === input.version;
          if (decision.status === 'new') return { status: 'created', current: isCurrent };
          if (decision.status === 'unchanged') return { status: 'unchanged', current: isCurrent };
          return decision;
        });
      });
    },

    async getDocument<K extends DocumentKind>(kind: K, id: string, version?: string) {
      const [row] =
        version === undefined
          ? await currentDocument(db, kind, id)
          : await rows<VersionRow>(
              db,
              sql`SELECT kind, id, version, ${textColumn('document_versions')}, document, created_at, created_by FROM document_versions
                  WHERE kind = ${kind} AND id = ${id} AND version = ${version}`,
            );
      return row ? toStored<K>(row) : null;
    },

    async getCurrentDocuments<K extends DocumentKind>(kind: K, ids: readonly string[]) {
      if (ids.length === 0) return [];
      const found = await rows<VersionRow>(
        db,
        sql`SELECT v.kind, v.id, v.version, ${textColumn('v')}, v.document, v.created_at, v.created_by
            FROM documents d JOIN document_versions v ON v.kind = d.kind AND v.id = d.id AND v.version = d.current_version
            WHERE d.kind = ${kind} AND d.id = ANY(${sql.param([...new Set(ids)])}::text[])`,
      );
      return found.map((row) => toStored<K>(row));
    },

    async listVersions(kind: DocumentKind, id: string): Promise<VersionInfo[]> {
      const found = await rows<{
        version: string;
        created_at: string | Date;
        created_by: string;
        current: boolean;
      }>(
        db,
        sql`SELECT v.version, v.created_at, v.created_by, (v.version = d.current_version) AS current
            FROM document_versions v JOIN documents d ON d.kind = v.kind AND d.id = v.id
            WHERE v.kind = ${kind} AND v.id = ${id}`,
      );
      return found
        .map((row) => ({
          version: row.version,
          createdAt: toIso(row.created_at),
          createdBy: row.created_by,
          current: row.current,
        }))
        .sort((a, b) => compareVersions(b.version, a.version));
    },

    async getProductSummary(id: string) {
      const [row] = await db
        .select({ summary: productSearch.summary })
        .from(productSearch)
        .where(eq(productSearch.id, id));
      return row ? (row.summary as StoredProductSummary) : null;
    },

    async searchProducts(query: ProductSearchQuery): Promise<ProductSearchResult> {
      const now = new Date().toISOString();
      const search = buildSearchSql(query, now);
      const state = await searchState(now);
      // Service levels change without the catalog changing: what depends on them is kept by both.
      const matchKey = `${state.catalog}|${search.readsHealth ? state.health : ''}|${search.signature}`;
      const pageKey = `${matchKey}|${query.sort ?? ''}|${query.page}|${query.pageSize}`;
      const [found, counted, health] = await Promise.all([
        cached(pages, pageKey, () => readPage(search, query)),
        cached(aggregates, matchKey, () => countMatches(search.where)),
        cached(healthCounts, `${state.catalog}|${state.health}|${search.signature}`, () =>
          countHealth(search.where, now),
        ),
      ]);
      const standing = await observations.statusesOf(
        found.map((item) => item.id),
        now,
      );
      return {
        items: found.map((item) => ({ ...item, health: standing.get(item.id) ?? 'noData' })),
        total: counted.total,
        facets: { ...counted.facets, health },
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    async getProductLinks(id: string) {
      const [me] = await db
        .select({
          inputs: productSearch.inputContractIds,
          outputs: productSearch.outputContractIds,
        })
        .from(productSearch)
        .where(eq(productSearch.id, id));
      if (!me) return { upstream: [], downstream: [] };
      const [upstream, downstream] = await Promise.all([
        me.inputs.length
          ? links(sql`c = ANY(${sql.param(me.inputs)}::text[])`, 'output_contract_ids', id)
          : [],
        me.outputs.length
          ? links(sql`c = ANY(${sql.param(me.outputs)}::text[])`, 'input_contract_ids', id)
          : [],
      ]);
      return { upstream, downstream };
    },

    getLineage(query) {
      return lineageFromDatabase(db, query);
    },

    async getContractLinks(contractId: string) {
      const [providers, consumers] = await Promise.all([
        links(sql`c = ${contractId}`, 'output_contract_ids'),
        links(sql`c = ${contractId}`, 'input_contract_ids'),
      ]);
      return { providers, consumers };
    },

    catalogRevision,

    async listCurrentDocuments<K extends DocumentKind>(
      kind: K,
      after: string | null,
      limit: number,
    ) {
      const found = await rows<VersionRow>(
        db,
        // The page is chosen on the narrow documents table first: joined before the limit, the
        // planner read and sorted every version of the kind (2 s a page at 50,000 products).
        sql`SELECT v.kind, v.id, v.version, ${textColumn('v')}, v.document, v.created_at, v.created_by
            FROM (SELECT kind, id, current_version FROM documents
                  WHERE kind = ${kind} ${after === null ? sql`` : sql`AND id COLLATE "C" > ${after}`}
                  ORDER BY id COLLATE "C" LIMIT ${limit}) d
            JOIN document_versions v ON v.kind = d.kind AND v.id = d.id AND v.version = d.current_version
            ORDER BY d.id COLLATE "C"`,
      );
      return found.map((row) => toStored<K>(row));
    },

    async countDocuments() {
      const [row] = await rows<{ products: number; contracts: number }>(
        db,
        sql`SELECT (SELECT count(*) FROM product_search)::int AS products,
                   (SELECT count(*) FROM documents WHERE kind = 'contract')::int AS contracts`,
      );
      return { products: row?.products ?? 0, contracts: row?.contracts ?? 0 };
    },

    async close() {
      if (options.ownsDatabase) await database.close();
    },
  };
}
