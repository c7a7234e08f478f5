import { describe, expect, it } from 'vitest';
import { facetValueLabel, orderFacetValues } from './facet-labels';

describe('facet values as people read them', () => {
  it('writes SLA health in the words of the service-level views', () => {
    expect(facetValueLabel('health', 'atRisk')).toBe('At risk');
    expect(facetValueLabel('health', 'noData')).toBe('No data');
    expect(facetValueLabel('health', 'declared')).toBe('Declared');
    // A value the client does not know yet is shown as sent, not hidden.
    expect(facetValueLabel('health', 'paused')).toBe('paused');
    expect(facetValueLabel('status', 'atRisk')).toBe('atRisk');
  });

  it('lists health worst first whatever the counts and choices, other facets chosen first', () => {
    const values = [
      { value: 'met', count: 9 },
      { value: 'paused', count: 4 },
      { value: 'declared', count: 3 },
      { value: 'noData', count: 2 },
      { value: 'breached', count: 1 },
    ];
    expect(orderFacetValues('health', values, ['met']).map(({ value }) => value)).toEqual([
      'breached',
      'noData',
      'met',
      'declared',
      'paused',
    ]);
    const domains = [
      { value: 'sales', count: 5 },
      { value: 'finance', count: 2 },
    ];
    expect(orderFacetValues('domain', domains, ['finance']).map(({ value }) => value)).toEqual([
      'finance',
      'sales',
    ]);
  });
});
