import type {
  ProductLink,
  ProductSearchQuery,
  VersionInfo,
} from '../../../src/catalog/api-schemas';
import type { LineageEdge, LineageQuery, NodeInfo } from '../../../src/catalog/lineage';
import {
  assembleGraph,
  edgeId,
  inFilters,
  keepWithinBudget,
  reachFrom,
} from '../../../src/catalog/lineage';
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
import type { SearchableProduct } from './search-products';
import { createMemoryAccessStore } from './memory-access-store';
import { createMemoryDraftStore } from './memory-draft-store';
import { createMemoryIncidentStore } from './memory-incident-store';
import { createMemoryIngestionTokenStore } from './memory-ingestion-token-store';
import { createMemoryNoticeStore } from './memory-notice-store';
import { createMemoryObservationStore } from './memory-observation-store';
import { createMemorySubscriptionStore } from './memory-subscription-store';
import { compareByName, FacetDictionary, searchProducts, toSearchable } from './search-products';

interface IndexedProduct extends SearchableProduct {
  inputContractIds: string[];
  outputContractIds: string[];
}

export interface MemoryStoreOptions {
  /** The clock stamped on new versions; tests pass a fixed one. */
  now?: () => Date;
}

/**
 * Keeps the catalog in memory: for tests, and for the browser, where the API runs inside the
 * page through MSW and no database can. Indexes are kept up to date on every write, so reads
 * never scan documents.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): CatalogStore {
  const now = options.now ?? (() => new Date());
  const documents = new Map<string, Map<string, StoredDocument>>();
  const currentVersions = new Map<string, string>();
  const products = new Map<string, IndexedProduct>();
  const facetDictionary = new FacetDictionary();
  /** The products in name order, rebuilt on the first search after a write. */
  let productsByName: IndexedProduct[] | null = null;
  const providersByContract = new Map<string, Set<string>>();
  const consumersByContract = new Map<string, Set<string>>();

  const key = (kind: DocumentKind, id: string) => `${kind}\u0000${id}`;
  /** Moves on with every stored version, as the database stores' revision row does. */
  let revision = 0;

  function getCurrent<K extends DocumentKind>(kind: K, id: string): StoredDocument<K> | null {
    const version = currentVersions.get(key(kind, id));
    if (version === undefined) return null;
    return (documents.get(key(kind, id))?.get(version) as StoredDocument<K> | undefined) ?? null;
  }

  function link(index: Map<string, Set<string>>, contractIds: string[], productId: string) {
    for (const contractId of contractIds) {
      let ids = index.get(contractId);
      if (!ids) index.set(contractId, (ids = new Set()));
      ids.add(productId);
    }
  }

  function unlink(index: Map<string, Set<string>>, contractIds: string[], productId: string) {
    for (const contractId of contractIds) index.get(contractId)?.delete(productId);
  }

  function reindexProduct(productId: string) {
    const stored = getCurrent('product', productId);
    if (!stored) return;
    const previous = products.get(productId);
    if (previous) {
      unlink(providersByContract, previous.outputContractIds, productId);
      unlink(consumersByContract, previous.inputContractIds, productId);
    }
    const product: OdpsProduct = stored.document;
    const contracts = new Map<string, OdcsContract>();
    for (const port of product.outputPorts ?? []) {
      const contract = port.contractId ? getCurrent('contract', port.contractId) : null;
      if (contract) contracts.set(contract.id, contract.document);
    }
    const summarized = summarizeProduct(product, contracts);
    const summary: StoredProductSummary = {
      ...summarized.summary,
      // A descriptor without a declared version is known by its revision (r2).
      version: summarized.summary.version || stored.version,
      updatedAt: stored.createdAt,
    };
    productsByName = null;
    products.set(productId, {
      ...toSearchable(summary, summarized.searchText, facetDictionary),
      inputContractIds: summarized.inputContractIds,
      outputContractIds: summarized.outputContractIds,
    });
    link(providersByContract, summarized.outputContractIds, productId);
    link(consumersByContract, summarized.inputContractIds, productId);
  }

  function toLinks(
    productIds: Iterable<string>,
    contractId: string,
    exclude?: string,
  ): ProductLink[] {
    const links: ProductLink[] = [];
    for (const productId of productIds) {
      const product = products.get(productId);
      if (!product || productId === exclude) continue;
      const { name, domain, status } = product.summary;
      links.push({ productId, name, domain, status, contractId });
    }
    return links;
  }

  const byName = (a: ProductLink, b: ProductLink) =>
    a.name.localeCompare(b.name, 'en') || a.contractId.localeCompare(b.contractId);

  const access = createMemoryAccessStore();
  const incidents = createMemoryIncidentStore();
  const observations = createMemoryObservationStore(incidents);

  function nodeInfo(id: string): NodeInfo | undefined {
    const summary = products.get(id)?.summary;
    if (!summary) return undefined;
    const { name, domain, status, owner } = summary;
    return { id, name, domain, status, owner };
  }

  /** Every edge of the mesh, indexed by both ends: port edges now, grant edges as granted. */
  async function edgesByProduct() {
    const byProduct = new Map<
      string,
      { edge: LineageEdge; source: NodeInfo; target: NodeInfo }[]
    >();
    const add = (edge: Omit<LineageEdge, 'id'>) => {
      const source = nodeInfo(edge.source);
      const target = nodeInfo(edge.target);
      if (!source || !target || source.id === target.id) return;
      const entry = { edge: { ...edge, id: edgeId(edge) }, source, target };
      for (const end of [source.id, target.id]) {
        let list = byProduct.get(end);
        if (!list) byProduct.set(end, (list = []));
        list.push(entry);
      }
    };
    for (const [contractId, providers] of providersByContract) {
      for (const consumer of consumersByContract.get(contractId) ?? []) {
        for (const provider of providers)
          add({ source: provider, target: consumer, kind: 'port', contractId, portName: null });
      }
    }
    for (const grant of await access.listRequests({ statuses: ['granted'] })) {
      if (grant.grantee.kind !== 'product') continue;
      add({
        source: grant.productId,
        target: grant.grantee.id,
        kind: 'grant',
        contractId: grant.contractId,
        portName: grant.portName,
      });
    }
    return byProduct;
  }

  return {
    kind: 'memory',
    access,
    notices: createMemoryNoticeStore(),
    drafts: createMemoryDraftStore(),
    observations,
    incidents,
    ingestionTokens: createMemoryIngestionTokenStore(),
    subscriptions: createMemorySubscriptionStore(),

    async getLineage(query: LineageQuery) {
      const edges = await edgesByProduct();
      const info = new Map<string, NodeInfo>();
      for (const id of products.keys()) info.set(id, nodeInfo(id)!);
      let reached: Map<string, number | null>;
      if (query.focus) {
        if (!products.has(query.focus)) return null;
        reached = reachFrom({ ...query, focus: query.focus }, (id, direction) =>
          (edges.get(id) ?? []).flatMap(({ edge, source, target }) =>
            direction === 'down'
              ? edge.source === id
                ? [target]
                : []
              : edge.target === id
                ? [source]
                : [],
          ),
        );
      } else {
        reached = new Map();
        for (const node of info.values()) if (inFilters(query, node)) reached.set(node.id, null);
      }
      const kept = keepWithinBudget(reached, info, query.budget);
      const touching = new Map<string, { edge: LineageEdge; source: NodeInfo; target: NodeInfo }>();
      for (const id of new Set([...kept.map((node) => node.id), ...query.expand])) {
        for (const entry of edges.get(id) ?? []) touching.set(entry.edge.id, entry);
      }
      return assembleGraph(query, kept, [...touching.values()]);
    },

    async insertDocument(input: NewDocument): Promise<InsertOutcome> {
      const documentKey = key(input.kind, input.id);
      let versions = documents.get(documentKey);
      const existing = versions?.get(input.version);
      if (existing?.text === input.text) {
        return { status: 'unchanged', current: currentVersions.get(documentKey) === input.version };
      }
      if (input.expectedCurrentVersion !== undefined) {
        const currentVersion = currentVersions.get(documentKey) ?? null;
        if (currentVersion !== input.expectedCurrentVersion)
          return { status: 'stale', currentVersion };
      }
      if (existing) {
        const { id, version, createdAt } = existing;
        return { status: 'conflict', existing: { id, version, createdAt } };
      }
      if (!versions) documents.set(documentKey, (versions = new Map()));
      const { expectedCurrentVersion: _condition, ...stored } = input;
      versions.set(input.version, { ...stored, createdAt: now().toISOString() } as StoredDocument);
      revision += 1;

      const current = pickCurrentVersion([...versions.keys()]) ?? input.version;
      const becameCurrent = current === input.version;
      if (becameCurrent) {
        currentVersions.set(documentKey, current);
        if (input.kind === 'product') reindexProduct(input.id);
        else {
          // A copy: reindexing removes and re-adds each product to this very set.
          for (const productId of [...(providersByContract.get(input.id) ?? [])]) {
            reindexProduct(productId);
          }
        }
      }
      return { status: 'created', current: becameCurrent };
    },

    async insertDocuments(inputs: readonly NewDocument[]): Promise<InsertOutcome[]> {
      const outcomes: InsertOutcome[] = [];
      for (const input of inputs) outcomes.push(await this.insertDocument(input));
      return outcomes;
    },

    async getDocument<K extends DocumentKind>(kind: K, id: string, version?: string) {
      if (version === undefined) return getCurrent(kind, id);
      return (documents.get(key(kind, id))?.get(version) as StoredDocument<K> | undefined) ?? null;
    },

    async getCurrentDocuments<K extends DocumentKind>(kind: K, ids: readonly string[]) {
      return [...new Set(ids)].flatMap((id) => getCurrent(kind, id) ?? []);
    },

    async listVersions(kind: DocumentKind, id: string): Promise<VersionInfo[]> {
      const current = currentVersions.get(key(kind, id));
      return [...(documents.get(key(kind, id))?.values() ?? [])]
        .sort((a, b) => compareVersions(b.version, a.version))
        .map(({ version, createdAt, createdBy }) => ({
          version,
          createdAt,
          createdBy,
          current: version === current,
        }));
    },

    async getProductSummary(id: string) {
      return products.get(id)?.summary ?? null;
    },

    async searchProducts(query: ProductSearchQuery) {
      productsByName ??= [...products.values()].sort(compareByName);
      const nowMs = Date.now();
      return searchProducts(
        productsByName,
        query,
        facetDictionary,
        (id) => observations.statusNow(id, nowMs) ?? 'noData',
      );
    },

    async getProductLinks(id: string) {
      const product = products.get(id);
      if (!product) return { upstream: [], downstream: [] };
      return {
        upstream: product.inputContractIds
          .flatMap((contractId) =>
            toLinks(providersByContract.get(contractId) ?? [], contractId, id),
          )
          .sort(byName),
        downstream: product.outputContractIds
          .flatMap((contractId) =>
            toLinks(consumersByContract.get(contractId) ?? [], contractId, id),
          )
          .sort(byName),
      };
    },

    async getContractLinks(contractId: string) {
      return {
        providers: toLinks(providersByContract.get(contractId) ?? [], contractId).sort(byName),
        consumers: toLinks(consumersByContract.get(contractId) ?? [], contractId).sort(byName),
      };
    },

    async catalogRevision() {
      return String(revision);
    },

    async listCurrentDocuments<K extends DocumentKind>(
      kind: K,
      after: string | null,
      limit: number,
    ) {
      const prefix = `${kind}\u0000`;
      const ids = [...currentVersions.keys()]
        .filter((documentKey) => documentKey.startsWith(prefix))
        .map((documentKey) => documentKey.slice(prefix.length))
        .filter((id) => after === null || id > after)
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
        .slice(0, limit);
      return ids.flatMap((id) => getCurrent(kind, id) ?? []);
    },

    async countDocuments() {
      let contracts = 0;
      for (const documentKey of currentVersions.keys()) {
        if (documentKey.startsWith('contract\u0000')) contracts += 1;
      }
      return { products: products.size, contracts };
    },

    async close() {},
  };
}
