import type {
  FacetName,
  FacetValue,
  HealthStatus,
  ProductSearchQuery,
  ProductSearchResult,
} from '../../../src/catalog/api-schemas';
import { facetNames, healthStatuses } from '../../../src/catalog/api-schemas';
import type { ProductSearchText } from '../../../src/catalog/summarize-product';
import type { StoredProductSummary } from '../catalog-store';
import { normalizeText, tokenize } from '../search-text';

/** The facets that are facts of the documents, numbered when a product is written. */
type DocumentFacet = Exclude<FacetName, 'health'>;
const documentFacets = facetNames.filter((facet): facet is DocumentFacet => facet !== 'health');

/** Where each facet's values come from in a product's summary. */
const facetValues: Record<DocumentFacet, (summary: StoredProductSummary) => readonly string[]> = {
  domain: (summary) => (summary.domain ? [summary.domain] : []),
  status: (summary) => [summary.status],
  tag: (summary) => summary.tags,
  owner: (summary) => (summary.owner ? [summary.owner] : []),
  portType: (summary) => summary.portTypes,
  classification: (summary) => summary.classifications,
};

/**
 * Numbers every facet value once (`domain: sales` is one number), so that filtering and facet
 * counting over tens of thousands of products work on small integers instead of strings.
 */
export class FacetDictionary {
  private readonly ids = new Map<string, number>();
  readonly entries: { facet: DocumentFacet; value: string }[] = [];

  idOf(facet: DocumentFacet, value: string): number {
    const key = `${facet}\u0000${value}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.entries.length;
      this.ids.set(key, id);
      this.entries.push({ facet, value });
    }
    return id;
  }

  find(facet: DocumentFacet, value: string): number | undefined {
    return this.ids.get(`${facet}\u0000${value}`);
  }
}

/** A product prepared for searching: its summary and its text, normalised once at write time. */
export interface SearchableProduct {
  summary: StoredProductSummary;
  text: Record<keyof ProductSearchText, string>;
  /** Every field at once, to skip a product quickly when a query word is nowhere in it. */
  allText: string;
  /** Case-insensitive name, then id: the catalog's default order. */
  sortKey: string;
  /** The product's facet values, as numbers of the store's `FacetDictionary`. */
  facetIds: number[];
}

export function toSearchable(
  summary: StoredProductSummary,
  text: ProductSearchText,
  dictionary: FacetDictionary,
): SearchableProduct {
  const normalized = {
    name: normalizeText(text.name),
    tags: normalizeText(text.tags.join(' ')),
    domain: normalizeText(text.domain),
    owner: normalizeText(text.owner),
    description: normalizeText(text.description),
    columns: normalizeText(text.columns),
  };
  return {
    summary,
    text: normalized,
    allText: Object.values(normalized).join(''),
    sortKey: `${summary.name.toLowerCase()}\u0000${summary.id}`,
    facetIds: documentFacets.flatMap((facet) =>
      facetValues[facet](summary).map((value) => dictionary.idOf(facet, value)),
    ),
  };
}

/** Orders products by name; the memory store keeps its list in this order. */
export function compareByName(a: SearchableProduct, b: SearchableProduct): number {
  return a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0;
}

/**
 * Points a query word earns in each field. Name and tag hits rank first, as the API promises;
 * a whole-word hit beats a word-start hit, which beats a hit inside a word.
 */
const weights: Record<keyof ProductSearchText, { word: number; start: number; inside: number }> = {
  name: { word: 12, start: 9, inside: 4 },
  tags: { word: 10, start: 7, inside: 0 },
  domain: { word: 5, start: 4, inside: 0 },
  owner: { word: 4, start: 3, inside: 0 },
  description: { word: 2, start: 1.5, inside: 0 },
  columns: { word: 1, start: 0.75, inside: 0 },
};
const fields = Object.keys(weights) as (keyof ProductSearchText)[];

/** Scores a product against every query word; 0 when some word is found nowhere. */
export function scoreProduct(product: SearchableProduct, tokens: readonly string[]): number {
  let total = 0;
  for (const token of tokens) {
    if (!product.allText.includes(token)) return 0;
    let tokenScore = 0;
    for (const field of fields) {
      const text = product.text[field];
      const weight = weights[field];
      if (text.includes(` ${token} `)) tokenScore += weight.word;
      else if (text.includes(` ${token}`)) tokenScore += weight.start;
      else if (weight.inside && text.includes(token)) tokenScore += weight.inside;
    }
    if (tokenScore === 0) return 0;
    total += tokenScore;
  }
  return total;
}

const statusOrder = ['active', 'draft', 'proposed', 'deprecated', 'retired'];

/**
 * Runs a catalog search in memory: full-text match and ranking, filters (values of one filter
 * are alternatives, different filters must all hold), facet counts over the matching set, sort
 * and paging. `products` must be in name order (`compareByName`): every other order is a stable
 * sort on top of it, so ties stay in name order without comparing names again. `healthOf` tells
 * each product's service-level status now, which changes without the product being written.
 */
export function searchProducts(
  products: readonly SearchableProduct[],
  query: ProductSearchQuery,
  dictionary: FacetDictionary,
  healthOf: (productId: string) => HealthStatus,
): ProductSearchResult {
  const tokens = tokenize(query.q);
  const filters = documentFacets
    .filter((facet) => query[facet].length > 0)
    .map((facet) => {
      const ids = query[facet].map((value) => dictionary.find(facet, value));
      return new Set(ids.filter((id): id is number => id !== undefined));
    });
  const wantedHealth = query.health.length ? new Set(query.health) : null;

  const matches: SearchableProduct[] = [];
  const health = new Map<SearchableProduct, HealthStatus>();
  const scores = new Map<SearchableProduct, number>();
  for (const product of products) {
    if (!filters.every((ids) => product.facetIds.some((id) => ids.has(id)))) continue;
    const standing = healthOf(product.summary.id);
    if (wantedHealth && !wantedHealth.has(standing)) continue;
    health.set(product, standing);
    if (tokens.length) {
      const score = scoreProduct(product, tokens);
      if (score === 0) continue;
      scores.set(product, score);
    }
    matches.push(product);
  }

  const sort = query.sort ?? (tokens.length ? 'relevance' : 'name');
  if (sort === 'relevance' && tokens.length) {
    matches.sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0));
  } else if (sort === 'updated') {
    matches.sort((a, b) => {
      const left = a.summary.updatedAt;
      const right = b.summary.updatedAt;
      return left < right ? 1 : left > right ? -1 : 0;
    });
  } else if (sort === 'status') {
    matches.sort(
      (a, b) => rank(statusOrder, a.summary.status) - rank(statusOrder, b.summary.status),
    );
  } else if (sort === 'health') {
    const worstFirst = (product: SearchableProduct) =>
      healthStatuses.indexOf(health.get(product) ?? 'noData');
    matches.sort((a, b) => worstFirst(a) - worstFirst(b));
  }

  const start = (query.page - 1) * query.pageSize;
  return {
    items: matches
      .slice(start, start + query.pageSize)
      .map((product) => ({ ...product.summary, health: health.get(product) ?? 'noData' })),
    total: matches.length,
    page: query.page,
    pageSize: query.pageSize,
    facets: { ...countFacets(matches, dictionary), health: countHealth(matches, health) },
  };
}

/** Products per health value, most frequent first, then worst first. */
function countHealth(
  products: readonly SearchableProduct[],
  health: ReadonlyMap<SearchableProduct, HealthStatus>,
): FacetValue[] {
  const counts = new Map<HealthStatus, number>();
  for (const product of products) {
    const standing = health.get(product) ?? 'noData';
    counts.set(standing, (counts.get(standing) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort(
      (a, b) =>
        b.count - a.count ||
        healthStatuses.indexOf(a.value as HealthStatus) -
          healthStatuses.indexOf(b.value as HealthStatus),
    );
}

function rank(order: readonly string[], value: string): number {
  const index = order.indexOf(value);
  return index < 0 ? order.length : index;
}

/** Value counts per document facet over `products`, most frequent first, then alphabetical. */
export function countFacets(
  products: readonly SearchableProduct[],
  dictionary: FacetDictionary,
): Record<DocumentFacet, FacetValue[]> {
  const counts = new Uint32Array(dictionary.entries.length);
  for (const product of products)
    for (const id of product.facetIds) counts[id] = (counts[id] ?? 0) + 1;
  const result = Object.fromEntries(
    documentFacets.map((facet) => [facet, [] as FacetValue[]]),
  ) as Record<DocumentFacet, FacetValue[]>;
  dictionary.entries.forEach(({ facet, value }, id) => {
    const count = counts[id] ?? 0;
    if (count > 0) result[facet].push({ value, count });
  });
  for (const facet of documentFacets) {
    result[facet].sort(
      (a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
    );
  }
  return result;
}
