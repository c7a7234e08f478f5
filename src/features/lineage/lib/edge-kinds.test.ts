import { describe, expect, it } from 'vitest';
import type { LineageEdge, LineageGraph } from '@/catalog/lineage';
import { describeEdge, observedReadsOf } from './edge-kinds';
import { impactOf } from './graph';

const edge = (
  source: string,
  target: string,
  kind: LineageEdge['kind'],
  portName: string | null = null,
  contractId: string | null = null,
): LineageEdge => ({
  id: `${kind}:${source}>${target}`,
  source,
  target,
  kind,
  contractId,
  portName,
});

describe('describeEdge', () => {
  it('puts every kind of link in words', () => {
    expect(describeEdge(edge('a', 'b', 'port', null, 'a.out')).spoken).toBe('through a.out');
    expect(describeEdge(edge('a', 'b', 'grant', 'orders')).tableNote).toBe(' (grant)');
    const observed = describeEdge(edge('a', 'b', 'observed', 'orders', 'a.orders'));
    expect(observed.label).toBe('observed: orders');
    expect(observed.tableNote).toBe(' (observed in OpenLineage on orders, not declared)');
    expect(observed.spoken).toBe(
      'read of orders observed in OpenLineage, not declared as an input',
    );
  });
});

describe('observedReadsOf', () => {
  const edges = [
    edge('up', 'me', 'observed', 'orders'),
    edge('me', 'down', 'observed', 'summary'),
    edge('up', 'me', 'port', null, 'up.orders'),
  ];
  it('keeps only observed reads, from the chosen product’s side', () => {
    expect(observedReadsOf(edges, 'me')).toEqual([
      { direction: 'reads', other: 'up', portName: 'orders', contractId: null },
      { direction: 'readBy', other: 'down', portName: 'summary', contractId: null },
    ]);
  });
});

describe('the impact of a change to a port', () => {
  it('reaches products OpenLineage saw reading that port, and only that port', () => {
    const graph: LineageGraph = {
      focus: 'a',
      nodes: ['a', 'b', 'c'].map((id) => ({
        id,
        name: id,
        domain: null,
        status: 'active',
        owner: null,
        depth: null,
      })),
      edges: [
        edge('a', 'b', 'observed', 'orders', 'a.orders'),
        edge('a', 'c', 'observed', 'returns'),
      ],
      truncated: {},
    };
    const orders = impactOf(graph, 'a', { name: 'orders', contractId: 'a.orders' });
    expect(orders.levels.flatMap((level) => level.products.map((node) => node.id))).toEqual(['b']);
    expect(impactOf(graph, 'a').products).toBe(2);
  });
});
