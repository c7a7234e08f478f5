import { describe, expect, it } from 'vitest';
import type { LineageEdge, LineageGraph, LineageNode } from '@/catalog/lineage';
import { groupId, groupWideFanOuts, impactOf, pathBetween } from './graph';

const node = (id: string, depth: number | null, owner = 'Team'): LineageNode => ({
  id,
  name: id,
  domain: 'sales',
  status: 'active',
  owner,
  depth,
});
const edge = (source: string, target: string, kind: 'port' | 'grant' = 'port'): LineageEdge => ({
  id: `${source}>${target}`,
  source,
  target,
  kind,
  contractId: `${source}.out`,
  portName: null,
});
const graph = (focus: string | null, nodes: LineageNode[], edges: LineageEdge[]): LineageGraph => ({
  focus,
  nodes,
  edges,
  truncated: {},
});

describe('grouping wide fan-outs', () => {
  // hub feeds c1..c5; c5 feeds deep; up feeds hub.
  const wide = graph(
    'hub',
    [
      node('hub', 0),
      node('up', -1),
      ...[1, 2, 3, 4, 5].map((i) => node(`c${i}`, 1)),
      node('deep', 2),
    ],
    [edge('up', 'hub'), ...[1, 2, 3, 4, 5].map((i) => edge('hub', `c${i}`)), edge('c5', 'deep')],
  );

  it('keeps the first neighbours by name and groups the rest, with what only they lead to', () => {
    const view = groupWideFanOuts(wide, 3, new Set());
    expect(view.nodes.map((item) => item.id)).toEqual(['hub', 'up', 'c1', 'c2', 'c3']);
    expect(view.groups).toEqual([
      { id: groupId('hub', 'down'), parent: 'hub', direction: 'down', hidden: ['c4', 'c5'] },
    ]);
    expect(view.edges.map((item) => item.id)).toEqual(['up>hub', 'hub>c1', 'hub>c2', 'hub>c3']);
  });

  it('shows everything once the group is opened', () => {
    const view = groupWideFanOuts(wide, 3, new Set([groupId('hub', 'down')]));
    expect(view.nodes).toHaveLength(8);
    expect(view.groups).toEqual([]);
  });

  it('keeps a grouped node that is also reached another way', () => {
    const shared = graph(wide.focus, wide.nodes, [...wide.edges, edge('up', 'c5')]);
    const view = groupWideFanOuts(shared, 3, new Set());
    expect(view.nodes.map((item) => item.id)).toContain('c5');
    expect(view.nodes.map((item) => item.id)).toContain('deep');
    expect(view.groups[0]?.hidden).toEqual(['c4']);
  });

  it('survives a cycle', () => {
    const cycle = graph('a', [node('a', 0), node('b', 1)], [edge('a', 'b'), edge('b', 'a')]);
    expect(groupWideFanOuts(cycle, 1, new Set()).nodes).toHaveLength(2);
  });
});

describe('path between two products', () => {
  // a → b → d, a → c → d, x → d (not on a path from a), d → e
  const diamond = graph(
    'a',
    ['a', 'b', 'c', 'd', 'e', 'x'].map((id) => node(id, 0)),
    [
      edge('a', 'b'),
      edge('a', 'c'),
      edge('b', 'd'),
      edge('c', 'd'),
      edge('x', 'd'),
      edge('d', 'e'),
    ],
  );

  it('keeps every product on some path, in either direction', () => {
    expect(pathBetween(diamond, 'a', 'd')?.nodes.map((item) => item.id)).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    expect(pathBetween(diamond, 'e', 'b')?.nodes.map((item) => item.id)).toEqual(['b', 'd', 'e']);
    expect(pathBetween(diamond, 'b', 'c')).toBeNull();
  });

  it('handles cycles', () => {
    const loop = graph(
      'a',
      [node('a', 0), node('b', 1), node('c', 2)],
      [edge('a', 'b'), edge('b', 'a'), edge('b', 'c')],
    );
    expect(pathBetween(loop, 'a', 'c')?.nodes.map((item) => item.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('impact analysis', () => {
  it('lists everything downstream by depth, with teams and grantees, once each', () => {
    const mesh = graph(
      'a',
      [
        node('a', 0),
        node('b', 1, 'Sales'),
        node('c', 1, 'Finance'),
        node('d', 2, 'Sales'),
        node('u', -1),
      ],
      [
        edge('u', 'a'),
        edge('a', 'b'),
        edge('a', 'c', 'grant'),
        edge('b', 'd'),
        edge('c', 'd'),
        edge('d', 'a'),
      ],
    );
    const impact = impactOf(mesh, 'a');
    expect(
      impact.levels.map((level) => [level.depth, level.products.map((item) => item.id)]),
    ).toEqual([
      [1, ['b', 'c']],
      [2, ['d']],
    ]);
    expect(impact.products).toBe(3);
    expect(impact.teams).toEqual(['Finance', 'Sales']);
    expect(impact.grantees.map((item) => item.id)).toEqual(['c']);
  });

  it('from one output port, follows only what that port carries at the first step', () => {
    const mesh = graph(
      'a',
      [node('a', 0), node('b', 1), node('c', 1), node('d', 2), node('e', 1)],
      [
        { ...edge('a', 'b'), contractId: 'a.orders' },
        { ...edge('a', 'c'), contractId: 'a.returns' },
        { ...edge('a', 'e', 'grant'), contractId: null, portName: 'returns' },
        { ...edge('b', 'd'), contractId: 'b.out' },
        { ...edge('c', 'd'), contractId: 'c.out' },
      ],
    );
    const orders = impactOf(mesh, 'a', { name: 'orders', contractId: 'a.orders' });
    expect(orders.levels.map((level) => level.products.map((item) => item.id))).toEqual([
      ['b'],
      ['d'],
    ]);
    const returns = impactOf(mesh, 'a', { name: 'returns', contractId: 'a.returns' });
    expect(returns.levels.map((level) => level.products.map((item) => item.id))).toEqual([
      ['c', 'e'],
      ['d'],
    ]);
    expect(returns.grantees.map((item) => item.id)).toEqual(['e']);
    expect(impactOf(mesh, 'a', { name: 'unused', contractId: null }).products).toBe(0);
  });

  it('counts a grant only when the change reaches the product that gave it', () => {
    const mesh = graph(
      'a',
      [node('a', 0), node('b', 1), node('e', 1), node('u', -1)],
      [
        { ...edge('a', 'b'), contractId: 'a.orders' },
        { ...edge('b', 'e'), contractId: 'b.out' },
        { ...edge('a', 'e', 'grant'), contractId: null, portName: 'returns' },
        { ...edge('u', 'e', 'grant'), contractId: null, portName: 'feed' },
      ],
    );
    const orders = impactOf(mesh, 'a', { name: 'orders', contractId: 'a.orders' });
    expect(orders.levels.map((level) => level.products.map((item) => item.id))).toEqual([
      ['b'],
      ['e'],
    ]);
    expect(orders.grantees).toEqual([]);
    expect(impactOf(mesh, 'a').grantees.map((item) => item.id)).toEqual(['e']);
  });
});
