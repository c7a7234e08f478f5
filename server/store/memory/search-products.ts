import type {
  FacetName,
  FacetValue,
  ProductSearchQuery,
  ProductSearchResult,
} from '../../../src/catalog/api-schemas';
import { facetNames } from '../../../src/catalog/api-schemas';
import type { ProductSearchText } from '../../../src/catalog/summarize-product';
import type { StoredProductSummary } from '../catalog-store';

/** A product prepared for searching: its summary and its text, normalised once at write time. */
export interface SearchableProduct {
  summary: StoredProductSummary;
  text: Record<keyof ProductSearchText, string>;
}

/** Lower-cases and turns every run of non-letters into one space, padded so ` word` finds word starts. */
export function normalizeText(value: string): string {
  const words = value
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return words ? ` ${words} ` : ' ';
}

export function toSearchable(
  summary: StoredProductSummary,
  text: ProductSearchText,
): SearchableProduct {
  return {
    summary,
    text: {
      name: normalizeText(text.name),
      tags: normalizeText(text.tags.join(' ')),
      domain: normalizeText(text.domain),
      owner: normalizeText(text.owner),
      description: normalizeText(text.description),
      columns: normalizeText(text.columns),
    },
  };
}

export function tokenize(query: string): string[] {
  return [...new Set(normalizeText(query).trim().split(' ').filter(Boolean))];
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

const facetValues: Record<FacetName, (summary: StoredProductSummary) => readonly string[]> = {
  domain: (summary) => (summary.domain ? [summary.domain] : []),
  status: (summary) => [summary.status],
  tag: (summary) => summary.tags,
  owner: (summary) => (summary.owner ? [summary.owner] : []),
  portType: (summary) => summary.portTypes,
  classification: (summary) => summary.classifications,
};

const statusOrder = ['active', 'draft', 'proposed', 'deprecated', 'retired'];

/**
 * Runs a catalog search in memory: full-text match and ranking, filters (values of one filter
 * are alternatives, different filters must all hold), facet counts over the matching set, sort
 * and paging.
 */
export function searchProducts(
  products: Iterable<SearchableProduct>,
  query: ProductSearchQuery,
): ProductSearchResult {
  const tokens = tokenize(query.q);
  const filters = facetNames
    .map((name) => ({ values: new Set(query[name]), read: facetValues[name] }))
    .filter((filter) => filter.values.size > 0);

  const matches: { product: SearchableProduct; score: number }[] = [];
  for (const product of products) {
    const passes = filters.every((filter) =>
      filter.read(product.summary).some((value) => filter.values.has(value)),
    );
    if (!passes) continue;
    const score = tokens.length ? scoreProduct(product, tokens) : 0;
    if (tokens.length && score === 0) continue;
    matches.push({ product, score });
  }

  const byName = (a: SearchableProduct, b: SearchableProduct) =>
    a.summary.name.localeCompare(b.summary.name, 'en') || a.summary.id.localeCompare(b.summary.id);
  const sort = query.sort ?? (tokens.length ? 'relevance' : 'name');
  matches.sort((a, b) => {
    switch (sort) {
      case 'relevance':
        return b.score - a.score || byName(a.product, b.product);
      case 'updated':
        return (
          b.product.summary.updatedAt.localeCompare(a.product.summary.updatedAt) ||
          byName(a.product, b.product)
        );
      case 'status':
        return (
          rank(statusOrder, a.product.summary.status) -
            rank(statusOrder, b.product.summary.status) || byName(a.product, b.product)
        );
      default:
        return byName(a.product, b.product);
    }
  });

  const start = (query.page - 1) * query.pageSize;
  return {
    items: matches.slice(start, start + query.pageSize).map((match) => match.product.summary),
    total: matches.length,
    page: query.page,
    pageSize: query.pageSize,
    facets: countFacets(matches.map((match) => match.product.summary)),
  };
}

function rank(order: readonly string[], value: string): number {
  const index = order.indexOf(value);
  return index < 0 ? order.length : index;
}

export function countFacets(
  summaries: readonly StoredProductSummary[],
): Record<FacetName, FacetValue[]> {
  const result = {} as Record<FacetName, FacetValue[]>;
  for (const name of facetNames) {
    const counts = new Map<string, number>();
    for (const summary of summaries) {
      for (const value of facetValues[name](summary)) {
        counts.set(value, (counts.get(value) ?? 0) + 1);
      }
    }
    result[name] = [...counts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'en'));
  }
  return result;
}
