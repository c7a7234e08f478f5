import { beforeEach, describe, expect, it } from 'vitest';
import { buildDemoMesh } from '../seed/demo-mesh';
import { loadDocuments } from '../seed/load-documents';
import { createMemoryStore } from '../store/memory/memory-store';
import { createCatalogApi } from './create-catalog-api';

let api: ReturnType<typeof createCatalogApi>;

beforeEach(async () => {
  const store = createMemoryStore();
  await loadDocuments(store, buildDemoMesh());
  api = createCatalogApi({ store });
});

const as = (persona: string | undefined): Record<string, string> =>
  persona ? { 'X-Meshport-Persona': persona } : {};
const get = (path: string, persona?: string) =>
  api.request(`/api${path}`, { headers: as(persona) });
const post = (path: string, body: string, persona?: string) =>
  api.request(`/api${path}`, {
    method: 'POST',
    body,
    headers: { ...as(persona), 'Content-Type': 'application/yaml' },
  });

function product(id: string, team: string | null, version = '1.0.0') {
  return [
    'apiVersion: v1.0.0',
    'kind: DataProduct',
    `id: ${id}`,
    `name: ${id}`,
    `version: ${version}`,
    'status: draft',
    'outputPorts:',
    '  - name: out',
    '    version: 1.0.0',
    ...(team ? ['team:', `  name: ${team}`] : []),
    '',
  ].join('\n');
}

function contract(id: string, team: string | null) {
  return [
    'apiVersion: v3.1.0',
    'kind: DataContract',
    `id: ${id}`,
    'version: 1.0.0',
    'status: draft',
    ...(team ? ['team:', `  name: ${team}`] : []),
    '',
  ].join('\n');
}

async function total() {
  return ((await (await get('/data-products')).json()) as { total: number }).total;
}

async function expectRefused(response: Response, message: RegExp) {
  expect(response.status).toBe(403);
  expect(((await response.json()) as { message: string }).message).toMatch(message);
}

describe('who is asking, in demo mode', () => {
  it('acts as the analyst without a header, and as the chosen persona with one', async () => {
    expect(await (await get('/me')).json()).toMatchObject({ id: 'alex.analyst', mode: 'demo' });
    expect(await (await get('/me', 'owner')).json()).toMatchObject({
      id: 'olivia.owner',
      teams: [
        { name: 'Customer 360', role: 'owner' },
        { name: 'Customer Insights', role: 'owner' },
      ],
    });
  });

  it('refuses an unknown persona with 401', async () => {
    const response = await get('/me', 'mallory');
    expect(response.status).toBe(401);
    expect(((await response.json()) as { message: string }).message).toContain(
      'no demo persona "mallory"',
    );
  });

  it('lists the personas in the sign-in settings', async () => {
    const config = (await (await get('/auth/config')).json()) as {
      mode: string;
      personas: { id: string }[];
    };
    expect(config.mode).toBe('demo');
    expect(config.personas.map((persona) => persona.id)).toEqual([
      'analyst',
      'owner',
      'approver',
      'stakeholder',
      'admin',
    ]);
  });
});

describe('importing data products', () => {
  it('refuses an analyst, stores nothing, and says what it takes', async () => {
    const before = await total();
    await expectRefused(
      await post('/data-products', product('analyst-try', 'Customer 360'), 'analyst'),
      /Alex Analyst \(alex\.analyst\) cannot import data products/,
    );
    expect(await total()).toBe(before);
    expect((await get('/data-products/analyst-try')).status).toBe(404);
  });

  it("refuses an owner for another team's product and names the teams they can edit", async () => {
    await expectRefused(
      await post('/data-products', product('other-team', 'Order Management'), 'owner'),
      /Only owners or editors of the team "Order Management".*you can edit: Customer 360, Customer Insights/,
    );
    expect((await get('/data-products/other-team')).status).toBe(404);
  });

  it('refuses a new version that would move a product away from its team', async () => {
    const response = await post(
      '/data-products',
      product('sales-orders', 'Customer 360', '99.0.0'),
      'owner',
    );
    await expectRefused(response, /belongs to the team "Order Management"/);
    const versions = (
      (await (await get('/data-products/sales-orders')).json()) as {
        versions: { version: string }[];
      }
    ).versions;
    expect(versions.map((entry) => entry.version)).not.toContain('99.0.0');
  });

  it('refuses a product without an owning team to anyone but an admin', async () => {
    await expectRefused(
      await post('/data-products', product('orphan', null), 'owner'),
      /names no owning team/,
    );
    expect((await post('/data-products', product('orphan', null), 'admin')).status).toBe(201);
  });

  it("lets an owner import their team's product, recording who did", async () => {
    const before = await total();
    expect(
      (await post('/data-products', product('new-insight', 'Customer Insights'), 'owner')).status,
    ).toBe(201);
    expect(await total()).toBe(before + 1);
    const detail = (await (await get('/data-products/new-insight')).json()) as {
      versions: { createdBy: string }[];
    };
    expect(detail.versions[0]?.createdBy).toBe('olivia.owner');
  });
});

describe('importing data contracts', () => {
  it('refuses an analyst and an owner of another team, storing nothing', async () => {
    await expectRefused(
      await post('/data-contracts', contract('c1', 'Customer 360'), 'analyst'),
      /cannot import data contracts/,
    );
    await expectRefused(
      await post('/data-contracts', contract('c1', 'Finance Data'), 'owner'),
      /"Finance Data"/,
    );
    expect((await get('/data-contracts/c1')).status).toBe(404);
  });

  it("lets an owner import their team's contract", async () => {
    expect((await post('/data-contracts', contract('c2', 'Customer 360'), 'owner')).status).toBe(
      201,
    );
  });
});
