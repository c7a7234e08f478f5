/**
 * The stakeholders' overview at /api/service-levels/overview, and the SLO kind filter it shares
 * with the listing: a brand-new mesh, filters by domain, team and kind, this month against the
 * month before, and what a wrong parameter gets.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import {
  serviceLevelOverviewSchema,
  serviceLevelPageSchema,
  type ServiceLevelOverview,
} from '../../src/catalog/service-level-schemas';
import { seedPrincipal } from '../auth/system-principal';
import type { CatalogStore } from '../store/catalog-store';
import { createMemoryStore } from '../store/memory/memory-store';
import { createCatalogApi } from './create-catalog-api';
import { importDocument } from './import-document';

let now = new Date('2026-10-20T10:00:00Z');
let store: CatalogStore;
let api: ReturnType<typeof createCatalogApi>;

const stakeholder = { 'X-Meshport-Persona': 'stakeholder' };

async function get(path: string) {
  return api.request(`/api${path}`, { headers: stakeholder });
}

async function overview(query = ''): Promise<ServiceLevelOverview> {
  const response = await get(`/service-levels/overview${query}`);
  expect(response.status).toBe(200);
  // Exactly what the web app reads: the schema parses every answer.
  return serviceLevelOverviewSchema.parse(await response.json());
}

async function load(kind: 'product' | 'contract', document: Record<string, unknown>) {
  const outcome = await importDocument(store, kind, stringify(document), seedPrincipal);
  if ('message' in outcome.body) throw new Error(JSON.stringify(outcome.body));
}

/** A contract of `team` with these SLA entries, and quality rules on its table. */
const contract = (id: string, team: string, sla: unknown[], quality: unknown[] = []) => ({
  apiVersion: 'v3.1.0',
  kind: 'DataContract',
  id,
  version: '1.0.0',
  status: 'active',
  team: { name: team },
  servers: [
    {
      server: 'production',
      type: 'postgres',
      host: 'db',
      port: 5432,
      database: 'shop',
      schema: 'public',
    },
  ],
  schema: [{ name: 'orders', physicalName: 'orders', quality, properties: [{ name: 'order_id' }] }],
  slaProperties: sla,
});

const product = (id: string, domain: string, team: string, contractId: string) => ({
  apiVersion: 'v1.0.0',
  kind: 'DataProduct',
  id,
  name: id,
  version: '1.0.0',
  status: 'active',
  domain,
  team: { name: team },
  outputPorts: [{ name: 'orders', version: '1.0.0', contractId }],
});

async function openIncident(productId: string, startedAt: string) {
  const response = await api.request('/api/incidents', {
    method: 'POST',
    body: JSON.stringify({ productId, title: `${productId} is late`, startedAt }),
    headers: { 'Content-Type': 'application/json', 'X-Meshport-Persona': 'admin' },
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

beforeEach(() => {
  now = new Date('2026-10-20T10:00:00Z');
  store = createMemoryStore();
  api = createCatalogApi({ store, now: () => now, evaluationDelayMs: 0 });
});

describe('the overview of a brand-new mesh', () => {
  it('has nothing to count: zeros, no attainment, no mean times', async () => {
    now = new Date('2026-11-30T08:00:00Z');
    const empty = await overview();
    const zero = { met: 0, atRisk: 0, breached: 0, noData: 0, declared: 0 };
    const nothing = {
      count: 0,
      opened: 0,
      resolved: 0,
      meanTimeToDetectMinutes: null,
      meanTimeToResolveMinutes: null,
      downtimeMinutes: 0,
    };
    expect(empty).toMatchObject({
      evaluatedAt: '2026-11-30T08:00:00.000Z',
      total: 0,
      counts: zero,
      openIncidents: 0,
      month: { from: '2026-11-01T00:00:00.000Z', to: '2026-11-30T08:00:00.000Z', ...nothing },
      previousMonth: {
        from: '2026-10-01T00:00:00.000Z',
        to: '2026-11-01T00:00:00.000Z',
        ...nothing,
      },
      byDomain: [],
      byTeam: [],
    });
    // 13 weeks of whole UTC days: from 1 September, the last from 24 November until now.
    expect(empty.weeks).toHaveLength(13);
    expect(empty.weeks[0]?.from).toBe('2026-09-01T00:00:00.000Z');
    expect(empty.weeks.at(-1)).toEqual({
      from: '2026-11-24T00:00:00.000Z',
      to: '2026-11-30T08:00:00.000Z',
      attainment: null,
      downtimeMinutes: 0,
      opened: 0,
      resolved: 0,
    });
    expect(empty.weeks.every((week) => week.attainment === null)).toBe(true);
  });
});

describe('the overview of two products', () => {
  beforeEach(async () => {
    // Jaffle Shop (sales, Customer 360) promises freshness and availability; Raw Shop
    // (supply, Order Management) only a quality rule.
    await load(
      'contract',
      contract('jaffle-orders', 'Customer 360', [
        { property: 'latency', value: 1, unit: 'd' },
        { property: 'availability', value: 99.5, unit: '%' },
      ]),
    );
    await load(
      'contract',
      contract(
        'raw-orders',
        'Order Management',
        [],
        [{ id: 'row_count', type: 'library', metric: 'rowCount', mustBeGreaterThan: 1000 }],
      ),
    );
    await load('product', product('jaffle-shop', 'sales', 'Customer 360', 'jaffle-orders'));
    await load('product', product('raw-shop', 'supply', 'Order Management', 'raw-orders'));

    // 20 October: Raw Shop went bad at 9:00, noticed at 10:00, repaired at 12:00.
    expect((await overview()).total).toBe(2);
    const october = await openIncident('raw-shop', '2026-10-20T09:00:00Z');
    now = new Date('2026-10-20T12:00:00Z');
    const resolved = await api.request(`/api/incidents/${october}/resolve`, {
      method: 'POST',
      body: '{}',
      headers: { 'Content-Type': 'application/json', 'X-Meshport-Persona': 'admin' },
    });
    expect(resolved.status).toBe(200);

    // 30 November: Jaffle Shop went bad at 7:30, noticed at 7:45, still open at 8:00.
    now = new Date('2026-11-30T07:45:00Z');
    await openIncident('jaffle-shop', '2026-11-30T07:30:00Z');
    now = new Date('2026-11-30T08:00:00Z');
    // Two days of Jaffle Shop's freshness, the last week's.
    await store.observations.replaceRollups(
      { productId: 'jaffle-shop', portName: 'orders' },
      '2026-11-28',
      [
        {
          productId: 'jaffle-shop',
          portName: 'orders',
          sloId: 'latency',
          day: '2026-11-28',
          good: 1440,
          bad: 0,
        },
        {
          productId: 'jaffle-shop',
          portName: 'orders',
          sloId: 'latency',
          day: '2026-11-29',
          good: 1200,
          bad: 240,
        },
      ],
    );
  });

  it('compares this month with the one before, by domain and by team', async () => {
    const all = await overview();
    expect(all).toMatchObject({
      total: 2,
      counts: { noData: 2 },
      openIncidents: 1,
      // Jaffle Shop: detected 15 minutes after it began, bad for 30 minutes so far.
      month: {
        count: 1,
        opened: 1,
        resolved: 0,
        meanTimeToDetectMinutes: 15,
        meanTimeToResolveMinutes: null,
        downtimeMinutes: 30,
      },
      // Raw Shop: 60 minutes to detect, 120 to resolve, 180 minutes of data downtime.
      previousMonth: {
        count: 1,
        opened: 1,
        resolved: 1,
        meanTimeToDetectMinutes: 60,
        meanTimeToResolveMinutes: 120,
        downtimeMinutes: 180,
      },
    });
    expect(all.byDomain.map((group) => [group.name, group.total, group.openIncidents])).toEqual([
      ['sales', 1, 1],
      ['supply', 1, 0],
    ]);
    expect(all.byTeam.map((group) => group.name)).toEqual(['Customer 360', 'Order Management']);
    // Σ good / Σ (good + bad) over the last week's rollups: 2,640 / 2,880.
    expect(all.weeks.at(-1)).toMatchObject({
      attainment: 0.916667,
      downtimeMinutes: 30,
      opened: 1,
    });
    expect(all.weeks.filter((week) => week.attainment !== null)).toHaveLength(1);
  });

  it('narrows to a domain, a team or an SLO kind, as the listing does', async () => {
    const supply = await overview('?domain=supply');
    expect(supply).toMatchObject({ total: 1, openIncidents: 0, month: { count: 0 } });
    expect(supply.previousMonth).toMatchObject({ count: 1, downtimeMinutes: 180 });
    expect(supply.weeks.every((week) => week.attainment === null)).toBe(true);

    const customer = await overview('?team=Customer%20360');
    expect(customer).toMatchObject({ total: 1, month: { count: 1 }, previousMonth: { count: 0 } });
    expect(customer.byTeam.map((group) => group.name)).toEqual(['Customer 360']);

    const quality = await overview('?kind=quality');
    expect(quality.byDomain.map((group) => group.name)).toEqual(['supply']);
    const either = await overview('?kind=quality&kind=availability');
    expect(either.total).toBe(2);
    expect((await overview('?kind=timeToDetect')).total).toBe(0);
    expect((await overview('?domain=sales&kind=quality')).total).toBe(0);
    // The status filter narrows everything but the counts.
    const met = await overview('?status=met');
    expect(met).toMatchObject({ total: 0, counts: { noData: 2 }, byDomain: [] });

    const page = serviceLevelPageSchema.parse(
      await (await get('/service-levels?kind=quality')).json(),
    );
    expect(page.items.map((item) => item.productId)).toEqual(['raw-shop']);
    expect(page.total).toBe(1);
  });
});

describe('a wrong filter', () => {
  it.each([
    ['status', '?status=broken', 'query.status'],
    ['kind', '?kind=quality&kind=latency', 'query.kind'],
  ])('is refused with 400 naming %s (%s)', async (_, query, path) => {
    for (const endpoint of ['/service-levels/overview', '/service-levels']) {
      const response = await get(`${endpoint}${query}`);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { message: string; errors: { path: string }[] };
      expect(body.message).toContain(path);
      expect(body.errors.map((error) => error.path)).toEqual([
        query.includes('quality') ? `${path}.1` : `${path}.0`,
      ]);
    }
  });
});
