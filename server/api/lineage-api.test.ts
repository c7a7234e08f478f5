import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { stringify } from 'yaml';
import { lineageGraphSchema } from '../../src/catalog/api-schemas';
import type { LineageGraph, LineageNodeWithHealth } from '../../src/catalog/lineage';
import { seedPrincipal } from '../auth/system-principal';
import { buildDemoMesh } from '../seed/demo-mesh';
import { loadDocuments } from '../seed/load-documents';
import type { CatalogStore } from '../store/catalog-store';
import { createMemoryStore } from '../store/memory/memory-store';
import { createCatalogApi } from './create-catalog-api';
import { importDocument } from './import-document';

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
  return (await response.json()) as LineageGraph<LineageNodeWithHealth>;
};

describe('GET /api/lineage', () => {
  it('answers the neighbourhood of a product, upstream and downstream', async () => {
    const result = await graph('/lineage?focus=customer-purchase-history');
    const focus = result.nodes.find((node) => node.id === 'customer-purchase-history');
    expect(focus).toMatchObject({ depth: 0, domain: 'customer', owner: 'Customer 360' });
    expect(result.nodes.some((node) => (node.depth ?? 0) < 0)).toBe(true);
    expect(result.nodes.some((node) => (node.depth ?? 0) > 0)).toBe(true);
    expect(result.nodes.every((node) => Math.abs(node.depth ?? 0) <= 2)).toBe(true);
    // Nothing was ever measured in this mesh.
    expect(new Set(result.nodes.map((node) => node.health))).toEqual(new Set(['noData']));
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

describe('GET /api/lineage and service levels', () => {
  const fixtures = join(import.meta.dirname, '../../../shared/fixtures');
  let store: CatalogStore;
  let healthApi: ReturnType<typeof createCatalogApi>;

  const load = async (kind: 'product' | 'contract', document: Record<string, unknown>) => {
    const outcome = await importDocument(store, kind, stringify(document), seedPrincipal);
    if ('message' in outcome.body) throw new Error(JSON.stringify(outcome.body));
  };
  const contract = (id: string, team: string, quality: unknown[] = []) => ({
    apiVersion: 'v3.1.0',
    kind: 'DataContract',
    id,
    version: '2.0.0',
    status: 'active',
    team: { name: team },
    servers: [
      {
        server: 'production',
        type: 'postgres',
        host: 'postgres',
        port: 5432,
        database: 'postgres',
        schema: 'public',
      },
    ],
    schema: [
      { name: 'orders', physicalName: 'orders', quality, properties: [{ name: 'order_id' }] },
    ],
  });
  const product = (id: string, team: string, output: string, input?: string) => ({
    apiVersion: 'v1.0.0',
    kind: 'DataProduct',
    id,
    name: id,
    version: '1.0.0',
    status: 'active',
    domain: 'sales',
    team: { name: team },
    outputPorts: [{ name: 'orders', version: '2.0.0', contractId: output }],
    ...(input ? { inputPorts: [{ name: input, version: '2.0.0', contractId: input }] } : {}),
  });

  beforeAll(async () => {
    store = createMemoryStore();
    healthApi = createCatalogApi({
      store,
      now: () => new Date('2026-11-30T08:00:00Z'),
      evaluationDelayMs: 0,
    });
    // Jaffle Shop promises unique order ids and reads Raw Shop, which nothing ever measured.
    await load(
      'contract',
      contract('orders-contract-001', 'Customer 360', [
        { id: 'orders_order_id_unique', type: 'library', metric: 'duplicateValues', mustBe: 0 },
      ]),
    );
    await load('contract', contract('raw-contract', 'Order Management'));
    await load(
      'product',
      product('jaffle-shop', 'Customer 360', 'orders-contract-001', 'raw-contract'),
    );
    await load('product', product('raw-shop', 'Order Management', 'raw-contract'));

    // datacontract-cli finds duplicate order ids: Jaffle Shop breaks its promise.
    const owner = { 'Content-Type': 'application/json', 'X-Meshport-Persona': 'owner' };
    const token = await healthApi.request('/api/ingestion-tokens', {
      method: 'POST',
      body: JSON.stringify({ team: 'Customer 360', name: 'dbt' }),
      headers: owner,
    });
    expect(token.status).toBe(201);
    const { secret } = (await token.json()) as { secret: string };
    const run = await healthApi.request(`/api/test-results?token=${secret}`, {
      method: 'POST',
      body: readFileSync(join(fixtures, 'observations/datacontract-cli-run.json'), 'utf8'),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(run.status).toBe(200);
  });

  it('says how each product stands now: breached, or without data when never evaluated', async () => {
    const statusesOf = vi.spyOn(store.observations, 'statusesOf');
    const response = await healthApi.request('/api/lineage?focus=jaffle-shop');
    expect(response.status).toBe(200);
    // Exactly what the web app reads: the schema parses the answer.
    const result = lineageGraphSchema.parse(await response.json());
    expect(Object.fromEntries(result.nodes.map((node) => [node.id, node.health]))).toEqual({
      'jaffle-shop': 'breached',
      'raw-shop': 'noData',
    });
    // One read for the whole graph, at the API's clock.
    expect(statusesOf).toHaveBeenCalledTimes(1);
    expect(statusesOf).toHaveBeenCalledWith(
      expect.arrayContaining(['jaffle-shop', 'raw-shop']),
      '2026-11-30T08:00:00.000Z',
    );
    statusesOf.mockRestore();
  });

  it('says it for the whole mesh too', async () => {
    const response = await healthApi.request('/api/lineage');
    const result = (await response.json()) as LineageGraph<LineageNodeWithHealth>;
    expect(result.nodes.map((node) => [node.id, node.health]).sort()).toEqual([
      ['jaffle-shop', 'breached'],
      ['raw-shop', 'noData'],
    ]);
  });
});
