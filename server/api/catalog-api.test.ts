import { beforeAll, describe, expect, it } from 'vitest';
import type { ProductSearchResult } from '../../src/catalog/api-schemas';
import { healthStatuses } from '../../src/catalog/api-schemas';
import { buildDemoMesh } from '../seed/demo-mesh';
import { loadDocuments } from '../seed/load-documents';
import { createMemoryStore } from '../store/memory/memory-store';
import { createCatalogApi } from './create-catalog-api';

let api: ReturnType<typeof createCatalogApi>;
const get = async <T>(path: string) => {
  const response = await api.request(`/api${path}`);
  return { status: response.status, body: (await response.json()) as T };
};
const search = async (query = '') =>
  (await get<ProductSearchResult>(`/data-products${query}`)).body;
const post = (path: string, body: string, persona = 'admin') =>
  api.request(`/api${path}`, {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'application/yaml', 'X-Meshport-Persona': persona },
  });

beforeAll(async () => {
  const store = createMemoryStore();
  await loadDocuments(store, buildDemoMesh());
  api = createCatalogApi({ store, version: '1.2.3' });
});

describe('the catalog API on the demo mesh', () => {
  it('reports its health and the store it runs on', async () => {
    const { status, body } = await get<{
      status: string;
      store: { kind: string; products: number };
    }>('/health');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', store: { kind: 'memory' } });
    expect(body.store.products).toBeGreaterThanOrEqual(40);
  });

  it('lists at least 40 products in at least 6 domains', async () => {
    const result = await search();
    expect(result.total).toBeGreaterThanOrEqual(40);
    expect(result.facets.domain.length).toBeGreaterThanOrEqual(6);
    expect(result.items).toHaveLength(20);
  });

  it('ranks customer products first for "customer"', async () => {
    const result = await search('?q=customer&pageSize=5');
    for (const item of result.items)
      expect(`${item.name} ${item.tags.join(' ')}`).toMatch(/customer/i);
  });

  it('narrows total and facets with combined filters', async () => {
    const all = await search();
    const sales = await search('?domain=sales');
    const activeSales = await search('?domain=sales&status=active');
    expect(sales.total).toBeLessThan(all.total);
    expect(activeSales.total).toBeLessThanOrEqual(sales.total);
    expect(activeSales.facets.status).toEqual([{ value: 'active', count: activeSales.total }]);
    const facetTotal = (result: ProductSearchResult) =>
      result.facets.owner.reduce((sum, entry) => sum + entry.count, 0);
    expect(facetTotal(activeSales)).toBeLessThan(facetTotal(all));
  });

  it('tells every result its service-level health, and filters, counts and sorts by it', async () => {
    const all = await search('?sort=health&pageSize=100');
    const ranks = all.items.map((item) => healthStatuses.indexOf(item.health));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(all.facets.health.reduce((sum, entry) => sum + entry.count, 0)).toBe(all.total);
    const count = (value: string) =>
      all.facets.health.find((entry) => entry.value === value)?.count ?? 0;
    const unwell = await search('?health=breached&health=atRisk&pageSize=100');
    expect(unwell.total).toBe(count('breached') + count('atRisk'));
    for (const item of unwell.items) expect(['breached', 'atRisk']).toContain(item.health);

    const { status, body } = await get<{ errors: { path: string }[] }>(
      '/data-products?health=late',
    );
    expect(status).toBe(400);
    expect(body.errors.map((error) => error.path)).toEqual(['query.health.0']);
  });

  it('refuses malformed query parameters, naming them', async () => {
    const { status, body } = await get<{ message: string; errors: { path: string }[] }>(
      '/data-products?page=0&sort=random',
    );
    expect(status).toBe(400);
    expect(body.errors.map((error) => error.path)).toEqual(['query.sort', 'query.page']);
  });

  it('gives a product with its contracts, lineage neighbours and versions', async () => {
    const { status, body } = await get<{
      summary: { name: string };
      contracts: { id: string }[];
      upstream: unknown[];
      downstream: unknown[];
      versions: { current: boolean }[];
    }>('/data-products/customer-purchase-history');
    expect(status).toBe(200);
    expect(body.summary.name).toBe('Customer Purchase History');
    expect(body.contracts.length).toBeGreaterThan(0);
    expect(body.upstream.length).toBeGreaterThan(0);
    expect(body.downstream.length).toBeGreaterThan(0);
    expect(body.versions.filter((version) => version.current)).toHaveLength(1);
  });

  it('answers 404 with a message for an unknown product, contract or version', async () => {
    expect((await get<{ message: string }>('/data-products/nope')).body.message).toBe(
      'There is no data product with id nope',
    );
    expect((await get('/data-contracts/nope')).status).toBe(404);
    expect((await get('/data-products/customer-purchase-history?version=0.0.1')).status).toBe(404);
    expect((await get('/data-products/nope/odps.yaml')).status).toBe(404);
    expect((await get('/no-such-endpoint')).status).toBe(404);
  });

  it.each([
    ['a schema violation', 'apiVersion: v1.0.0\nkind: DataProduct\nid: broken\nversion: 1.0.0\n'],
    [
      'a duplicate key',
      'apiVersion: v1.0.0\nkind: DataProduct\nid: broken\nid: again\nversion: 1.0.0\nstatus: draft\n',
    ],
    ['broken YAML', 'apiVersion: v1.0.0\nkind: [DataProduct\n'],
  ])('refuses %s with the path and line, storing nothing', async (_, text) => {
    const before = (await search()).total;
    const response = await post('/data-products', text);
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      errors: { path: string; line?: number; message: string }[];
    };
    expect(body.errors.length).toBeGreaterThan(0);
    for (const error of body.errors) expect(error.line).toEqual(expect.any(Number));
    expect((await search()).total).toBe(before);
    expect((await get('/data-products/broken')).status).toBe(404);
  });

  it('refuses a document larger than 2 MB', async () => {
    const response = await post('/data-contracts', `# ${'x'.repeat(2 * 1024 * 1024)}\n`);
    expect(response.status).toBe(413);
  });
});

describe('the OpenAPI document', () => {
  it('describes every route with its parameters and named schemas', async () => {
    const { body } = await get<{
      openapi: string;
      paths: Record<
        string,
        Record<string, { parameters?: { name: string }[]; responses: Record<string, unknown> }>
      >;
      components: { schemas: Record<string, unknown> };
    }>('/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths).sort()).toEqual([
      '/access-requests',
      '/access-requests/{id}',
      '/access-requests/{id}/approve',
      '/access-requests/{id}/cancel',
      '/access-requests/{id}/events',
      '/access-requests/{id}/reject',
      '/access-requests/{id}/revoke',
      '/auth/config',
      '/data-contracts',
      '/data-contracts/{id}',
      '/data-contracts/{id}/changes',
      '/data-contracts/{id}/history',
      '/data-contracts/{id}/odcs.yaml',
      '/data-products',
      '/data-products/{id}',
      '/data-products/{id}/changes',
      '/data-products/{id}/consumers',
      '/data-products/{id}/history',
      '/data-products/{id}/odps.yaml',
      '/data-products/{id}/service-levels',
      '/data-products/{id}/undeclared-inputs',
      '/drafts',
      '/drafts/{kind}/{id}',
      '/health',
      '/incidents',
      '/incidents/{id}/acknowledge',
      '/incidents/{id}/notes',
      '/incidents/{id}/resolve',
      '/ingestion-tokens',
      '/ingestion-tokens/{id}',
      '/lineage',
      '/me',
      '/notifications',
      '/notifications/read',
      '/observations',
      '/observations/unmatched',
      '/service-levels',
      '/service-levels/overview',
      '/subscriptions',
      '/subscriptions/{kind}/{id}',
      '/test-results',
      '/v1/lineage',
      '/v1/lineage/batch',
    ]);
    const searchOperation = body.paths['/data-products']?.get;
    expect(searchOperation?.parameters?.map((parameter) => parameter.name)).toEqual([
      'q',
      'domain',
      'status',
      'tag',
      'owner',
      'portType',
      'classification',
      'health',
      'sort',
      'page',
      'pageSize',
    ]);
    const parameters = (path: string) =>
      body.paths[path]?.get?.parameters?.map((parameter) => parameter.name);
    expect(parameters('/service-levels/overview')).toEqual(['domain', 'team', 'status', 'kind']);
    expect(parameters('/service-levels')).toEqual([
      'domain',
      'team',
      'status',
      'kind',
      'sort',
      'limit',
      'offset',
    ]);
    expect(searchOperation?.responses['200']).toEqual({
      description: expect.any(String),
      content: {
        'application/json': { schema: { $ref: '#/components/schemas/ProductSearchResult' } },
      },
    });
    expect(Object.keys(body.paths['/drafts/{kind}/{id}'] ?? {}).sort()).toEqual([
      'delete',
      'get',
      'put',
    ]);
    for (const path of ['/data-products', '/data-contracts']) {
      const importOperation = body.paths[path]?.post;
      expect(importOperation?.parameters?.map((parameter) => parameter.name)).toEqual([
        'semver',
        'If-Match',
        'If-None-Match',
      ]);
      expect(importOperation?.responses['412']).toMatchObject({
        content: {
          'application/json': { schema: { $ref: '#/components/schemas/EditConflict' } },
        },
      });
    }
    expect(Object.keys(body.components.schemas)).toEqual(
      expect.arrayContaining([
        'ProductSummary',
        'ProductDetail',
        'DocumentIssue',
        'Error',
        'ImportResult',
        'Draft',
        'DraftInput',
        'EditConflict',
        'IncidentMetrics',
        'ServiceLevelOverview',
      ]),
    );
    // A described use of a named schema keeps the name and gets the description beside it.
    const overview = body.components.schemas.ServiceLevelOverview as {
      properties: Record<string, unknown>;
    };
    expect(overview.properties.month).toEqual({
      description: expect.any(String),
      $ref: '#/components/schemas/IncidentMetrics',
    });
    expect(JSON.stringify(body)).not.toContain('"$schema"');
  });
});
