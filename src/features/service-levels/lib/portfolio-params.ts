import type { ServiceLevelFilters, ServiceLevelListParams } from '@/api/service-levels';
import type { SloKind, SloStatus } from '@/catalog/service-levels/service-level-types';
import { sloStatuses } from '@/catalog/service-levels/service-level-types';
import { sloKinds } from './service-level-words';

export const portfolioSorts = ['status', 'name', 'budget'] as const;
export type PortfolioSort = (typeof portfolioSorts)[number];
export const portfolioPageSizes = [25, 50, 100] as const;
const defaultPageSize = 25;

/** The portfolio's state as it lives in the URL, so a copied link shows the same view. */
export interface PortfolioSearch extends ServiceLevelFilters {
  sort: PortfolioSort;
  page: number;
  pageSize: number;
}

const distinct = (values: string[], limit = 50) =>
  [...new Set(values.filter(Boolean))].slice(0, limit);

function positiveInteger(value: string | null, fallback: number, max: number): number {
  const number = Number(value);
  return Number.isInteger(number) && number >= 1 ? Math.min(number, max) : fallback;
}

/** Reads the URL leniently: anything unknown or malformed falls back to its default. */
export function parsePortfolioSearch(params: URLSearchParams): PortfolioSearch {
  const sort = params.get('sort');
  const pageSize = Number(params.get('pageSize'));
  return {
    domain: distinct(params.getAll('domain')),
    team: distinct(params.getAll('team')),
    status: distinct(params.getAll('status')).filter((value): value is SloStatus =>
      (sloStatuses as readonly string[]).includes(value),
    ),
    kind: distinct(params.getAll('kind')).filter((value): value is Exclude<SloKind, null> =>
      (sloKinds as readonly string[]).includes(value),
    ),
    sort: (portfolioSorts as readonly string[]).includes(sort ?? '')
      ? (sort as PortfolioSort)
      : 'status',
    page: positiveInteger(params.get('page'), 1, 10_000),
    pageSize: (portfolioPageSizes as readonly number[]).includes(pageSize)
      ? pageSize
      : defaultPageSize,
  };
}

/** Writes the state back, leaving defaults out so links stay short. */
export function toPortfolioParams(search: PortfolioSearch): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['domain', 'team', 'status', 'kind'] as const)
    for (const value of search[key]) params.append(key, value);
  if (search.sort !== 'status') params.set('sort', search.sort);
  if (search.page > 1) params.set('page', String(search.page));
  if (search.pageSize !== defaultPageSize) params.set('pageSize', String(search.pageSize));
  return params;
}

/** A link to the portfolio narrowed to one domain or team, as the rollups offer. */
export function portfolioLink(filters: Partial<ServiceLevelFilters>): string {
  const params = toPortfolioParams({
    domain: [],
    team: [],
    status: [],
    kind: [],
    sort: 'status',
    page: 1,
    pageSize: defaultPageSize,
    ...filters,
  });
  const text = params.toString();
  return text ? `/service-levels?${text}` : '/service-levels';
}

export const filtersOf = ({
  domain,
  team,
  status,
  kind,
}: PortfolioSearch): ServiceLevelFilters => ({
  domain,
  team,
  status,
  kind,
});

export function toListParams(search: PortfolioSearch): ServiceLevelListParams {
  return {
    ...filtersOf(search),
    sort: search.sort,
    limit: search.pageSize,
    offset: (search.page - 1) * search.pageSize,
  };
}

export const countFilters = (search: PortfolioSearch) =>
  search.domain.length + search.team.length + search.status.length + search.kind.length;
