import { describe, expect, it } from 'vitest';
import {
  parsePortfolioSearch,
  portfolioLink,
  toListParams,
  toPortfolioParams,
} from './portfolio-params';

describe('the portfolio in the URL', () => {
  it('reads filters, sort and page, and writes them back the same', () => {
    const url =
      'domain=Sales&team=orders&status=breached&kind=freshness&sort=budget&page=3&pageSize=50';
    const search = parsePortfolioSearch(new URLSearchParams(url));
    expect(search).toEqual({
      domain: ['Sales'],
      team: ['orders'],
      status: ['breached'],
      kind: ['freshness'],
      sort: 'budget',
      page: 3,
      pageSize: 50,
    });
    expect(toPortfolioParams(search).toString()).toBe(url);
  });

  it('falls back to worst first, page 1 and 25 rows for what it cannot read', () => {
    const search = parsePortfolioSearch(
      new URLSearchParams('status=fine&kind=mood&sort=random&page=-2&pageSize=7'),
    );
    expect(search).toMatchObject({ status: [], kind: [], sort: 'status', page: 1, pageSize: 25 });
    expect(toPortfolioParams(search).toString()).toBe('');
  });

  it('asks the API for the page the URL names: page 3 of 50 starts at row 100', () => {
    const search = parsePortfolioSearch(new URLSearchParams('page=3&pageSize=50'));
    expect(toListParams(search)).toMatchObject({ limit: 50, offset: 100, sort: 'status' });
  });

  it('links a rollup row to the portfolio narrowed to it', () => {
    expect(portfolioLink({ domain: ['Sales & Marketing'] })).toBe(
      '/service-levels?domain=Sales+%26+Marketing',
    );
    expect(portfolioLink({})).toBe('/service-levels');
  });
});
