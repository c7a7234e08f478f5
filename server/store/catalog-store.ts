import type {
  ProductLink,
  ProductSearchQuery,
  ProductSearchResult,
  VersionInfo,
} from '../../src/catalog/api-schemas';
import type { LineageGraph, LineageQuery } from '../../src/catalog/lineage';
import type { OdcsContract } from '../../src/catalog/standards/odcs';
import type { OdpsProduct } from '../../src/catalog/standards/odps';
import type { ProductSummaryFields } from '../../src/catalog/summarize-product';
import type { DocumentKind } from '../../src/catalog/documents/validate-document';
import type { AccessStore } from './access-store';
import type { DraftStore } from './draft-store';
import type { NoticeStore } from './notice-store';
import type { IncidentStore, IngestionTokenStore, ObservationStore } from './observation-store';
import type { SubscriptionStore } from './subscription-store';

export interface DocumentsByKind {
  product: OdpsProduct;
  contract: OdcsContract;
}

/** One immutable version of a document: its exact text as imported, and its parsed value. */
export interface StoredDocument<K extends DocumentKind = DocumentKind> {
  kind: K;
  id: string;
  version: string;
  text: string;
  document: DocumentsByKind[K];
  createdAt: string;
  /** Who imported it: the principal's id. */
  createdBy: string;
}

export interface NewDocument<K extends DocumentKind = DocumentKind> {
  kind: K;
  id: string;
  version: string;
  text: string;
  document: DocumentsByKind[K];
  createdBy: string;
  /**
   * Store it only while this is the document's current version (null: while it does not exist),
   * decided together with the write, so two people publishing from the same version cannot both
   * succeed. Omitted: no condition.
   */
  expectedCurrentVersion?: string | null;
}

export type InsertOutcome =
  | { status: 'created'; current: boolean }
  | { status: 'unchanged'; current: boolean }
  | { status: 'conflict'; existing: { id: string; version: string; createdAt: string } }
  /** The current version is no longer the expected one; nothing was written. */
  | { status: 'stale'; currentVersion: string | null };

export interface StoredProductSummary extends ProductSummaryFields {
  updatedAt: string;
}

export interface ProductLinks {
  upstream: ProductLink[];
  downstream: ProductLink[];
}

/**
 * Where the catalog keeps its documents. Every store (in memory, embedded Postgres, a Postgres
 * server) passes the same contract tests (`store-contract.ts`), so the API never needs to know
 * which one it runs on. Search, facets and lineage run inside the store, close to the data.
 */
export interface CatalogStore {
  readonly kind: string;

  /** Access requests and their audit log, kept in the same database. */
  readonly access: AccessStore;

  /** Notices about the catalog (breaking versions), kept in the same database. */
  readonly notices: NoticeStore;

  /** People's unpublished edits of documents, kept in the same database. */
  readonly drafts: DraftStore;

  /**
   * What pipelines report (observations, unmatched ones, reads) and the service levels evaluated
   * from it (rollups, summaries), kept in the same database.
   */
  readonly observations: ObservationStore;

  /** Incidents on products' service levels, opened by evaluations or by owners. */
  readonly incidents: IncidentStore;

  /** The tokens pipelines send observations with (only their secrets' hashes). */
  readonly ingestionTokens: IngestionTokenStore;

  /** Who follows which products and domains, to be told of their incidents. */
  readonly subscriptions: SubscriptionStore;

  /**
   * Adds a version atomically. The same id and version with identical text is `unchanged` (also
   * when its condition no longer holds: it is already stored); otherwise a failed
   * `expectedCurrentVersion` is `stale`, and the same id and version with other text a
   * `conflict`; neither writes anything.
   */
  insertDocument(input: NewDocument): Promise<InsertOutcome>;

  /**
   * Adds many versions at once, with the same outcome per document as inserting them one by one
   * in order; for loading catalogs, where one transaction beats thousands.
   */
  insertDocuments(inputs: readonly NewDocument[]): Promise<InsertOutcome[]>;

  /** A version of a document, or its current (highest) version when `version` is omitted. */
  getDocument<K extends DocumentKind>(
    kind: K,
    id: string,
    version?: string,
  ): Promise<StoredDocument<K> | null>;

  /**
   * The current versions of many documents in one round trip (unknown ids are left out), so a
   * product with many ports costs one query, not one per port.
   */
  getCurrentDocuments<K extends DocumentKind>(
    kind: K,
    ids: readonly string[],
  ): Promise<StoredDocument<K>[]>;

  /** Every version of a document, highest (current) first. */
  listVersions(kind: DocumentKind, id: string): Promise<VersionInfo[]>;

  getProductSummary(id: string): Promise<StoredProductSummary | null>;

  searchProducts(query: ProductSearchQuery): Promise<ProductSearchResult>;

  /** Products connected to this one through contracts: it reads from upstream, downstream reads from it. */
  getProductLinks(id: string): Promise<ProductLinks>;

  /**
   * A bounded lineage graph around `query.focus` (or of the whole mesh without one), following
   * the rules of `src/catalog/lineage.ts`; null when the focused product does not exist.
   */
  getLineage(query: LineageQuery): Promise<LineageGraph | null>;

  /** Products providing (output ports) and consuming (input ports) a contract. */
  getContractLinks(
    contractId: string,
  ): Promise<{ providers: ProductLink[]; consumers: ProductLink[] }>;

  countDocuments(): Promise<{ products: number; contracts: number }>;

  /** Changes with every stored version: what caches of the whole catalog are keyed by. */
  catalogRevision(): Promise<string>;

  /**
   * The current versions of one kind, a page at a time in id order (code points, as the "C"
   * collation sorts), after the id given; for reading the whole catalog, such as the port
   * directory that matches what pipelines send.
   */
  listCurrentDocuments<K extends DocumentKind>(
    kind: K,
    after: string | null,
    limit: number,
  ): Promise<StoredDocument<K>[]>;

  close(): Promise<void>;
}
