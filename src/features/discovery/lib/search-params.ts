import type {
  FacetName,
  HealthStatus,
  ProductSearchParams,
  SortOption,
} from '@/catalog/api-schemas';
import { facetNames, healthStatuses, sortOptions } from '@/catalog/api-schemas';

export const pageSizes = [20, 50, 100] as const;
const defaultPageSize = 20;

/** The values chosen per facet; `health` takes only the statuses the API knows. */
export type CatalogFilters = Omit<Record<FacetName, string[]>, 'health'> & {
  health: HealthStatus[];
};

/** The catalog's state as it lives in the URL, so a copied link reproduces the same results. */
export interface CatalogSearch {
  q: string;
  filters: CatalogFilters;
  sort: SortOption | undefined;
  page: number;
  pageSize: number;
}

function positiveInteger(value: string | null, fallback: number, max: number): number {
  const number = Number(value);
  return Number.isInteger(number) && number >= 1 ? Math.min(number, max) : fallback;
}

export function isHealthStatus(value: string): value is HealthStatus {
  return (healthStatuses as readonly string[]).includes(value);
}

/**
 * Sets one facet's values. The API refuses a whole search for one health value it does not know,
 * so such values (an old link, a typo) are dropped here instead.
 */
function withValues(filters: CatalogFilters, facet: FacetName, values: string[]): CatalogFilters {
  return facet === 'health'
    ? { ...filters, health: values.filter(isHealthStatus) }
    : { ...filters, [facet]: values };
}

function emptyFilters(): CatalogFilters {
  return {
    domain: [],
    status: [],
    health: [],
    tag: [],
    owner: [],
    portType: [],
    classification: [],
  };
}

/** Reads the URL leniently: anything unknown or malformed falls back to its default. */
export function parseCatalogSearch(params: URLSearchParams): CatalogSearch {
  const filters = facetNames.reduce(
    (current, name) => withValues(current, name, [...new Set(params.getAll(name).filter(Boolean))]),
    emptyFilters(),
  );
  const sort = params.get('sort');
  const pageSize = Number(params.get('pageSize'));
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    filters,
    sort: (sortOptions as readonly string[]).includes(sort ?? '')
      ? (sort as SortOption)
      : undefined,
    page: positiveInteger(params.get('page'), 1, 10_000),
    pageSize: (pageSizes as readonly number[]).includes(pageSize) ? pageSize : defaultPageSize,
  };
}

/** Writes the state back, leaving defaults out so links stay short. */
export function toUrlSearchParams(search: CatalogSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q.trim()) params.set('q', search.q.trim());
  for (const name of facetNames)
    for (const value of search.filters[name]) params.append(name, value);
  if (search.sort) params.set('sort', search.sort);
  if (search.page > 1) params.set('page', String(search.page));
  if (search.pageSize !== defaultPageSize) params.set('pageSize', String(search.pageSize));
  return params;
}

export function toApiParams(search: CatalogSearch): ProductSearchParams {
  return {
    q: search.q.trim(),
    ...search.filters,
    sort: search.sort,
    page: search.page,
    pageSize: search.pageSize,
  };
}

export function countActiveFilters(search: CatalogSearch): number {
  return facetNames.reduce((total, name) => total + search.filters[name].length, 0);
}

/** Adds or removes one filter value; any change of the result set starts again at page 1. */
export function toggleFilter(
  search: CatalogSearch,
  facet: FacetName,
  value: string,
): CatalogSearch {
  const current: readonly string[] = search.filters[facet];
  const next = current.includes(value)
    ? current.filter((entry) => entry !== value)
    : [...current, value];
  return { ...search, filters: withValues(search.filters, facet, next), page: 1 };
}

export function clearFilters(search: CatalogSearch): CatalogSearch {
  return { ...search, filters: emptyFilters(), page: 1 };
}
