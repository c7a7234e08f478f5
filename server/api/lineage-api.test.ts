import { beforeAll, describe, expect, it } from 'vitest';
import type { LineageGraph } from '../../src/catalog/lineage';
import { buildDemoMesh } from '../seed/demo-mesh';
import { loadDocuments } from '../seed/load-documents';
import { createMemoryStore } from '../store/memory/memory-store';
import { createCatalogApi } from './create-catalog-api';

let api: ReturnType<typeof createCatalogApi>;
beforeAll(async () => {
  const store = createMemoryStore();
  await loadDocuments(store, buildDemoMesh());
  api = createCatalogApi({ store });
});

const get = (path: string) => api.request(`/api${path}`);
const graph = async (path: string) => {
  const response = await get(path);
  expect(response.status).toBe(200);
  return (await response.json()) as LineageGraph;
};

describe('GET /api/lineage', () => {
  it('answers the neighbourhood of a product, upstream and downstream', async () => {
    const result = await graph('/lineage?focus=customer-purchase-history');
    const focus = result.nodes.find((node) => node.id === 'customer-purchase-history');
    expect(focus).toMatchObject({ depth: 0, domain: 'customer', owner: 'Customer 360' });
    expect(result.nodes.some((node) => (node.depth ?? 0) < 0)).toBe(true);
    expect(result.nodes.some((node) => (node.depth ?? 0) > 0)).toBe(true);
    expect(result.nodes.every((node) => Math.abs(node.depth ?? 0) <= 2)).toBe(true);
    const ids = new Set(result.nodes.map((node) => node.id));
    for (const edge of result.edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      expect(edge.kind).toBe('port');
    }
  });

  it('never answers more products than the budget, and counts what it leaves out', async () => {
    const all = await graph('/lineage?budget=2000');
    expect(all.nodes.length).toBeGreaterThanOrEqual(40);
    const small = await graph('/lineage?budget=5');
    expect(small.nodes).toHaveLength(5);
    expect(Object.values(small.truncated).reduce((sum, count) => sum + count, 0)).toBeGreaterThan(
      0,
    );
    const deep = await graph(
      '/lineage?focus=customer-purchase-history&upstream=all&downstream=all&budget=3',
    );
    expect(deep.nodes).toHaveLength(3);
  });

  it('names a wrong parameter and an unknown product', async () => {
    const tooDeep = await get('/lineage?focus=customer-purchase-history&upstream=101');
    expect(tooDeep.status).toBe(400);
    expect(JSON.stringify(await tooDeep.json())).toContain('upstream');
    const tooMany = await get('/lineage?budget=2001');
    expect(tooMany.status).toBe(400);
    const unknown = await get('/lineage?focus=nope');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ message: 'There is no data product with id nope' });
  });
});
