import { describe, expect, it } from 'vitest';
import { readViewState, writeViewState } from './view-state';

describe('the lineage view in the URL', () => {
  it('round-trips every setting and leaves defaults out', () => {
    const state = {
      up: 1,
      down: 'all' as const,
      domain: ['sales', 'finance'],
      status: ['active'],
      expand: ['orders'],
      open: ['group:down:orders'],
      path: 'forecast',
      node: 'orders',
      view: 'table' as const,
      limit: 1000,
      groups: false,
      colour: 'health' as const,
    };
    expect(readViewState(writeViewState(state))).toEqual(state);
    expect(writeViewState(readViewState(new URLSearchParams())).toString()).toBe('');
  });

  it('falls back to the default on a depth, size or colour it cannot read', () => {
    expect(
      readViewState(new URLSearchParams('up=-3&down=banana&limit=999999&colour=rainbow')),
    ).toMatchObject({
      up: 2,
      down: 2,
      limit: null,
      colour: 'domain',
    });
  });
});
