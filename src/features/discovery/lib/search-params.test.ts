import { describe, expect, it } from 'vitest';
import {
  clearFilters,
  countActiveFilters,
  parseCatalogSearch,
  toApiParams,
  toggleFilter,
  toUrlSearchParams,
} from './search-params';

describe('catalog search in the URL', () => {
  it('round-trips query, filters, sort and paging', () => {
    const url = 'q=customer&domain=sales&domain=finance&status=active&sort=name&page=3&pageSize=50';
    const search = parseCatalogSearch(new URLSearchParams(url));
    expect(search.filters.domain).toEqual(['sales', 'finance']);
    expect(toUrlSearchParams(search).toString()).toBe(url);
  });

  it('falls back to defaults for malformed values instead of failing', () => {
    const search = parseCatalogSearch(new URLSearchParams('page=-2&pageSize=7&sort=random'));
    expect(search).toMatchObject({ page: 1, pageSize: 20, sort: undefined, q: '' });
    expect(toUrlSearchParams(search).toString()).toBe('');
  });

  it('starts again at page 1 when a filter changes, and clears all filters at once', () => {
    const search = parseCatalogSearch(new URLSearchParams('page=4&tag=pii'));
    const added = toggleFilter(search, 'domain', 'sales');
    expect(added.page).toBe(1);
    expect(countActiveFilters(added)).toBe(2);
    expect(toggleFilter(added, 'tag', 'pii').filters.tag).toEqual([]);
    expect(countActiveFilters(clearFilters(added))).toBe(0);
  });

  it('sends the API only what it needs', () => {
    const search = parseCatalogSearch(new URLSearchParams('q=%20orders%20&owner=Team%20A'));
    expect(toApiParams(search)).toMatchObject({
      q: 'orders',
      owner: ['Team A'],
      page: 1,
      pageSize: 20,
    });
  });
});
