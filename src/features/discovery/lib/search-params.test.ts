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

  it('reads and writes SLA health as its raw values, keeping only those the API knows', () => {
    const search = parseCatalogSearch(
      new URLSearchParams(
        'health=breached&health=late&health=atRisk&health=Breached&health=atRisk',
      ),
    );
    expect(search.filters.health).toEqual(['breached', 'atRisk']);
    expect(toUrlSearchParams(search).toString()).toBe('health=breached&health=atRisk');
    expect(countActiveFilters(search)).toBe(2);
    expect(toApiParams(search).health).toEqual(['breached', 'atRisk']);
    const sorted = parseCatalogSearch(new URLSearchParams('sort=health'));
    expect(sorted.sort).toBe('health');
    expect(toUrlSearchParams(sorted).toString()).toBe('sort=health');
  });

  it('toggles a health value, and never adds one the API would refuse', () => {
    const search = parseCatalogSearch(new URLSearchParams('page=2'));
    const breached = toggleFilter(search, 'health', 'breached');
    expect(breached.filters.health).toEqual(['breached']);
    expect(breached.page).toBe(1);
    expect(toggleFilter(breached, 'health', 'late').filters.health).toEqual(['breached']);
    expect(toggleFilter(breached, 'health', 'breached').filters.health).toEqual([]);
    expect(clearFilters(breached).filters.health).toEqual([]);
  });
});
