import type { SQL } from 'drizzle-orm';
import { and, eq, sql } from 'drizzle-orm';
import type {
  FacetName,
  FacetValue,
  ProductLink,
  ProductSearchQuery,
  ProductSearchResult,
  VersionInfo,
} from '../../../src/catalog/api-schemas';
import { facetNames } from '../../../src/catalog/api-schemas';
import type { OdcsContract } from '../../../src/catalog/odcs';
import type { OdpsProduct } from '../../../src/catalog/odps';
import { summarizeProduct } from '../../../src/catalog/summarize-product';
import type { DocumentKind } from '../../../src/catalog/validate-document';
import { compareVersions, pickCurrentVersion } from '../../../src/catalog/version-order';
import type {
  CatalogStore,
  InsertOutcome,
  NewDocument,
  StoredDocument,
  StoredProductSummary,
} from '../catalog-store';
import { normalizeText } from '../search-text';
import type { CatalogDatabase, Database } from './database';
import { documents, documentVersions, productSearch } from './schema';
import { buildSearchSql, facetCountsSql } from './search-products-sql';

type Executor = Pick<CatalogDatabase, 'execute'>;

async function rows<T>(executor: Executor, query: SQL): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * Writes take one database-wide lock: imports are rare, and a product and the contract it names
 * arriving at once from two replicas must not leave the product's search row out of date.
 */
const writeLockKey = 0x4d505754;

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
    text: row.text,
    document: row.document as StoredDocument<K>['document'],
    createdAt: toIso(row.created_at),
    createdBy: row.created_by,
  };
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

  function currentDocument(executor: Executor, kind: DocumentKind, id: string) {
    return rows<VersionRow>(
      executor,
      sql`SELECT v.kind, v.id, v.version, v.text, v.document, v.created_at, v.created_by
          FROM documents d JOIN document_versions v ON v.kind = d.kind AND v.id = d.id AND v.version = d.current_version
          WHERE d.kind = ${kind} AND d.id = ${id}`,
    );
  }

  /** Rebuilds a product's search row from its current descriptor and its contracts. */
  async function reindexProduct(executor: Executor, productId: string) {
    const [row] = await currentDocument(executor, 'product', productId);
    if (!row) return;
    const product = row.document as OdpsProduct;
    const contractIds = (product.outputPorts ?? []).flatMap((port) =>
      port.contractId ? [port.contractId] : [],
    );
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
    const summarized = summarizeProduct(product, contracts);
    const summary: StoredProductSummary = {
      ...summarized.summary,
      updatedAt: toIso(row.created_at),
    };
    const text = summarized.searchText;
    const vector = sql`
      setweight(to_tsvector('simple', ${normalizeText(text.name)}), 'A') ||
      setweight(to_tsvector('simple', ${normalizeText(text.tags.join(' '))}), 'A') ||
      setweight(to_tsvector('simple', ${normalizeText(`${text.domain} ${text.owner}`)}), 'B') ||
      setweight(to_tsvector('simple', ${normalizeText(text.description)}), 'C') ||
      setweight(to_tsvector('simple', ${normalizeText(text.columns)}), 'D')`;
    const values = {
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
      searchVector: vector,
    };
    await (executor as CatalogDatabase)
      .insert(productSearch)
      .values({ id: productId, ...values })
      .onConflictDoUpdate({ target: productSearch.id, set: values });
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

    insertDocument(input: NewDocument): Promise<InsertOutcome> {
      return db.transaction(async (tx) => {
        await tx.execute(sql`SELECT pg_advisory_xact_lock(${writeLockKey})`);
        const key = and(eq(documentVersions.kind, input.kind), eq(documentVersions.id, input.id));
        const [existing] = await tx
          .select({ text: documentVersions.text, createdAt: documentVersions.createdAt })
          .from(documentVersions)
          .where(and(key, eq(documentVersions.version, input.version)));
        if (existing) {
          if (existing.text !== input.text) {
            return {
              status: 'conflict',
              existing: {
                id: input.id,
                version: input.version,
                createdAt: existing.createdAt.toISOString(),
              },
            };
          }
          const [current] = await tx
            .select({ version: documents.currentVersion })
            .from(documents)
            .where(and(eq(documents.kind, input.kind), eq(documents.id, input.id)));
          return { status: 'unchanged', current: current?.version === input.version };
        }

        await tx.insert(documentVersions).values({
          kind: input.kind,
          id: input.id,
          version: input.version,
          text: input.text,
          document: input.document,
          createdBy: input.createdBy,
        });
        const versions = await tx
          .select({ version: documentVersions.version })
          .from(documentVersions)
          .where(key);
        const current = pickCurrentVersion(versions.map((row) => row.version)) ?? input.version;
        if (current !== input.version) return { status: 'created', current: false };

        await tx
          .insert(documents)
          .values({ kind: input.kind, id: input.id, currentVersion: current })
          .onConflictDoUpdate({
            target: [documents.kind, documents.id],
            set: { currentVersion: current },
          });
        if (input.kind === 'product') {
          await reindexProduct(tx, input.id);
        } else {
          const readers = await rows<{ id: string }>(
            tx,
            sql`SELECT id FROM product_search WHERE output_contract_ids @> ARRAY[${input.id}]::text[]`,
          );
          for (const reader of readers) await reindexProduct(tx, reader.id);
        }
        return { status: 'created', current: true };
      });
    },

    async getDocument<K extends DocumentKind>(kind: K, id: string, version?: string) {
      const [row] =
        version === undefined
          ? await currentDocument(db, kind, id)
          : await rows<VersionRow>(
              db,
              sql`SELECT kind, id, version, text, document, created_at, created_by FROM document_versions
                  WHERE kind = ${kind} AND id = ${id} AND version = ${version}`,
            );
      return row ? toStored<K>(row) : null;
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
      const { where, score, orderBy } = buildSearchSql(query);
      const offset = (query.page - 1) * query.pageSize;
      const [page, facetRows] = await Promise.all([
        rows<{ summary: StoredProductSummary; total: number }>(
          db,
          sql`SELECT summary, count(*) OVER ()::int AS total FROM (
                SELECT summary, sort_name, id, updated_at, status, ${score} AS score FROM product_search WHERE ${where}
              ) AS matches
              ORDER BY ${orderBy} LIMIT ${query.pageSize} OFFSET ${offset}`,
        ),
        rows<{ facet: FacetName; value: string; count: number }>(db, facetCountsSql(where)),
      ]);
      const facets = Object.fromEntries(
        facetNames.map((name) => [name, [] as FacetValue[]]),
      ) as Record<FacetName, FacetValue[]>;
      for (const row of facetRows) facets[row.facet].push({ value: row.value, count: row.count });
      for (const name of facetNames) {
        facets[name].sort(
          (a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
        );
      }
      // Past the last page the window count is missing; every product counts once in `status`.
      const total = page[0]?.total ?? facets.status.reduce((sum, entry) => sum + entry.count, 0);
      return {
        items: page.map((row) => row.summary),
        total,
        page: query.page,
        pageSize: query.pageSize,
        facets,
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

    async getContractLinks(contractId: string) {
      const [providers, consumers] = await Promise.all([
        links(sql`c = ${contractId}`, 'output_contract_ids'),
        links(sql`c = ${contractId}`, 'input_contract_ids'),
      ]);
      return { providers, consumers };
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
