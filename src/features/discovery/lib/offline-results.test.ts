import { describe, expect, it } from 'vitest';
import { describeOfflineResults } from './offline-results';
import { parseCatalogSearch } from './search-params';

const search = (query: string) => parseCatalogSearch(new URLSearchParams(query));

describe('describeOfflineResults', () => {
  it('names the search shown and the one asked for', () => {
    expect(describeOfflineResults(search('q=customer'), search('q=orders'))).toBe(
      'You are offline: these are the results for “customer”. The results for “orders” will show when you are back online.',
    );
    expect(describeOfflineResults(search(''), search('q=orders'))).toBe(
      'You are offline: these are the results without a search. The results for “orders” will show when you are back online.',
    );
    expect(describeOfflineResults(search('q=orders'), search(''))).toBe(
      'You are offline: these are the results for “orders”. The whole catalog will show when you are back online.',
    );
  });

  it('says the results predate a change of filters, sort or page', () => {
    expect(describeOfflineResults(search('q=orders'), search('q=orders&domain=sales'))).toMatch(
      /^You are offline: these are the results from before your last change\./,
    );
  });

  it('says the same when the SLA health filter or sort changed, which the cache cannot answer', () => {
    for (const wanted of ['q=orders&health=breached', 'q=orders&sort=health']) {
      expect(describeOfflineResults(search('q=orders'), search(wanted))).toMatch(
        /^You are offline: these are the results from before your last change\./,
      );
    }
  });
});
