import { describe, expect, it } from 'vitest';
import { layerGraph, maxDummies } from './layering';

const graph = (pairs: [string, string][], extraNodes: string[] = []) => {
  const ids = new Set([...pairs.flat(), ...extraNodes]);
  return {
    nodes: [...ids].map((id) => ({ id })),
    edges: pairs.map(([source, target]) => ({ id: `${source}>${target}`, source, target })),
  };
};

describe('layerGraph', () => {
  it('puts every product right of the products it reads', () => {
    const { layer, backEdges } = layerGraph(
      graph([
        ['raw', 'clean'],
        ['clean', 'mart'],
        ['raw', 'mart'],
        ['mart', 'report'],
      ]),
    );
    expect(Object.fromEntries(layer)).toEqual({ raw: 0, clean: 1, mart: 2, report: 3 });
    expect(backEdges).toEqual([]);
  });

  it('places a source just left of its nearest reader', () => {
    const { layer } = layerGraph(
      graph([
        ['a', 'b'],
        ['b', 'c'],
        ['lookup', 'c'],
      ]),
    );
    expect(layer.get('lookup')).toBe(1);
    expect(layer.get('c')).toBe(2);
  });

  it('breaks a cycle at one edge and keeps every product in a column', () => {
    const { layer, backEdges, layoutEdges } = layerGraph(
      graph([
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
        ['c', 'd'],
      ]),
    );
    expect(backEdges).toEqual(['c>a']);
    expect(layoutEdges).not.toContain('c>a');
    expect(Object.fromEntries(layer)).toEqual({ a: 0, b: 1, c: 2, d: 3 });
  });

  it('handles a graph that is all cycle, self links and isolated products', () => {
    const { layer, backEdges } = layerGraph(
      graph(
        [
          ['x', 'y'],
          ['y', 'x'],
          ['x', 'x'],
        ],
        ['alone'],
      ),
    );
    expect(layer.size).toBe(3);
    expect(layer.get('alone')).toBe(0);
    expect(backEdges).toHaveLength(1);
  });

  it('ignores edges whose ends are not in the graph', () => {
    const { layoutEdges } = layerGraph({
      nodes: [{ id: 'a' }, { id: 'b' }],
      edges: [
        { id: 'a>b', source: 'a', target: 'b' },
        { id: 'a>gone', source: 'a', target: 'gone' },
      ],
    });
    expect(layoutEdges).toEqual(['a>b']);
  });

  it('gives ELK every edge of a small graph, counting the dummies long edges need', () => {
    const result = layerGraph(
      graph([
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
        ['a', 'd'],
      ]),
    );
    expect(result.dummies).toBe(2);
    expect(result.skeleton).toBe(false);
    expect(result.layoutEdges).toContain('a>d');
  });

  it('keeps only edges between neighbouring columns when long edges would swamp ELK', () => {
    // A chain of 60 with a hub at the start feeding every link of it: ~1,700 dummies.
    const chain = Array.from({ length: 60 }, (_, index) => `n${index}`);
    const pairs: [string, string][] = chain
      .slice(1)
      .map((id, index): [string, string] => [chain[index]!, id]);
    for (const id of chain.slice(2)) pairs.push(['n0', id]);
    const result = layerGraph(graph(pairs));
    expect(result.dummies).toBeGreaterThan(maxDummies);
    expect(result.skeleton).toBe(true);
    expect(result.layoutEdges).toHaveLength(59);
    expect(result.layer.get('n59')).toBe(59);
  });
});
