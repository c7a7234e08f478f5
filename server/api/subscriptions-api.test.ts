/**
 * Subscriptions: following products and domains, for oneself only, and the incident notices
 * that reach a follower who is in no team and holds no grant.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Principal } from '../../src/catalog/api-schemas';
import type { Subscription, SubscriptionList } from '../../src/catalog/subscription-schemas';
import { subscriptionsPerPerson } from '../../src/catalog/subscription-schemas';
import { seedPrincipal } from '../auth/system-principal';
import type { Authenticator } from '../auth/authenticator';
import type { CatalogStore } from '../store/catalog-store';
import { createMemoryStore } from '../store/memory/memory-store';
import { createCatalogApi } from './create-catalog-api';
import { importDocument } from './import-document';

const now = new Date('2026-11-30T08:00:00Z');
let store: CatalogStore;
let api: ReturnType<typeof createCatalogApi>;

const persona = (name: string) => ({ 'X-Meshport-Persona': name });
const send = (method: string, path: string, who: string, body?: unknown) =>
  api.request(`/api${path}`, {
    method,
    headers: {
      ...persona(who),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
const follow = (who: string, kind: string, id: string) =>
  send('PUT', '/subscriptions', who, { kind, id });
const listOf = async (who: string) =>
  (await (await send('GET', '/subscriptions', who)).json()) as SubscriptionList;
const message = async (response: Response) =>
  ((await response.json()) as { message: string }).message;

async function load(kind: 'product' | 'contract', document: Record<string, unknown>) {
  const outcome = await importDocument(store, kind, stringify(document), seedPrincipal);
  if ('message' in outcome.body) throw new Error(JSON.stringify(outcome.body));
}

const product = (id: string, name: string, domain: string, team: string) => ({
  apiVersion: 'v1.0.0',
  kind: 'DataProduct',
  id,
  name,
  version: '1.0.0',
  status: 'active',
  domain,
  team: { name: team },
  outputPorts: [{ name: 'main', version: '1.0.0', contractId: `${id}-contract` }],
});

const contract = (id: string, team: string) => ({
  apiVersion: 'v3.1.0',
  kind: 'DataContract',
  id,
  version: '1.0.0',
  status: 'active',
  team: { name: team },
  schema: [{ name: 'rows', properties: [{ name: 'id', logicalType: 'string' }] }],
});

beforeEach(async () => {
  store = createMemoryStore();
  await load('contract', contract('orders-contract', 'Customer 360'));
  await load('contract', contract('payments-contract', 'Customer 360'));
  await load('contract', contract('carriers-contract', 'Customer 360'));
  await load('product', product('orders', 'Orders', 'sales', 'Customer 360'));
  await load('product', product('payments', 'Payments', 'finance', 'Customer 360'));
  await load('product', product('carriers', 'Carriers', 'logistics', 'Customer 360'));
  api = createCatalogApi({ store, now: () => now, evaluationDelayMs: 0 });
});

describe('following', () => {
  it('follows a product and a domain, lists them with their names, and is idempotent', async () => {
    const created = await follow('stakeholder', 'product', 'orders');
    expect(created.status).toBe(201);
    expect((await created.json()) as Subscription).toEqual({
      kind: 'product',
      id: 'orders',
      name: 'Orders',
      exists: true,
      createdAt: now.toISOString(),
    });
    expect((await follow('stakeholder', 'domain', 'finance')).status).toBe(201);

    const again = await follow('stakeholder', 'product', 'orders');
    expect(again.status).toBe(200);
    expect(((await again.json()) as Subscription).createdAt).toBe(now.toISOString());

    const list = await listOf('stakeholder');
    expect(list.limit).toBe(subscriptionsPerPerson);
    expect(list.items.map(({ kind, id, name, exists }) => ({ kind, id, name, exists }))).toEqual([
      { kind: 'domain', id: 'finance', name: 'finance', exists: true },
      { kind: 'product', id: 'orders', name: 'Orders', exists: true },
    ]);
  });

  it('unfollows with 204, and answers 404 when there was nothing to unfollow', async () => {
    await follow('stakeholder', 'product', 'orders');
    await follow('stakeholder', 'domain', 'sales');
    expect((await send('DELETE', '/subscriptions/product/orders', 'stakeholder')).status).toBe(204);
    const missing = await send('DELETE', '/subscriptions/product/orders', 'stakeholder');
    expect(missing.status).toBe(404);
    expect(await message(missing)).toBe('You do not follow the data product orders');
    const domain = await send('DELETE', '/subscriptions/domain/finance', 'stakeholder');
    expect(await message(domain)).toBe('You do not follow the domain finance');
    expect((await listOf('stakeholder')).items.map((item) => item.id)).toEqual(['sales']);
    const wrongKind = await send('DELETE', '/subscriptions/team/sales', 'stakeholder');
    expect(wrongKind.status).toBe(400);
    expect(await message(wrongKind)).toMatch(/path\.kind/);
  });

  it('refuses an unknown product, a domain no product has, and a malformed body', async () => {
    const product = await follow('stakeholder', 'product', 'nothing-here');
    expect(product.status).toBe(404);
    expect(await message(product)).toBe('There is no data product with id nothing-here');
    // Domains are matched exactly, in their case.
    const domain = await follow('stakeholder', 'domain', 'Sales');
    expect(domain.status).toBe(404);
    expect(await message(domain)).toMatch(/No data product has the domain "Sales"/);
    const malformed = await follow('stakeholder', 'team', 'Customer 360');
    expect(malformed.status).toBe(400);
    expect(await message(malformed)).toMatch(/^Please check: kind/);
    const empty = await follow('stakeholder', 'product', '');
    expect(empty.status).toBe(400);
    const text = await api.request('/api/subscriptions', {
      method: 'PUT',
      headers: { ...persona('stakeholder'), 'Content-Type': 'text/plain' },
      body: JSON.stringify({ kind: 'product', id: 'orders' }),
    });
    expect(text.status).toBe(415);
    expect((await listOf('stakeholder')).items).toEqual([]);
  });

  it('keeps ids with slashes and spaces apart in the path', async () => {
    await load('contract', contract('eu/orders-contract', 'Customer 360'));
    await load('product', product('eu/orders', 'EU Orders', 'sales emea', 'Customer 360'));
    expect((await follow('stakeholder', 'product', 'eu/orders')).status).toBe(201);
    expect((await follow('stakeholder', 'domain', 'sales emea')).status).toBe(201);
    expect((await send('DELETE', '/subscriptions/product/eu%2Forders', 'stakeholder')).status).toBe(
      204,
    );
    expect((await send('DELETE', '/subscriptions/domain/sales%20emea', 'stakeholder')).status).toBe(
      204,
    );
    expect((await listOf('stakeholder')).items).toEqual([]);
  });

  it("shows that a followed product's domain is gone once no product names it", async () => {
    await follow('stakeholder', 'domain', 'logistics');
    await load('product', {
      ...product('carriers', 'Carriers', 'transport', 'Customer 360'),
      version: '1.1.0',
    });
    expect((await listOf('stakeholder')).items).toEqual([
      expect.objectContaining({ kind: 'domain', id: 'logistics', exists: false }),
    ]);
  });

  it('is personal: nobody sees or changes the subscriptions of another', async () => {
    await follow('stakeholder', 'product', 'orders');
    expect((await listOf('analyst')).items).toEqual([]);
    expect((await send('DELETE', '/subscriptions/product/orders', 'analyst')).status).toBe(404);
    expect((await listOf('stakeholder')).items).toHaveLength(1);
    // The analyst's own subscription to the same product is theirs alone.
    expect((await follow('analyst', 'product', 'orders')).status).toBe(201);
    expect((await send('DELETE', '/subscriptions/product/orders', 'analyst')).status).toBe(204);
    expect((await listOf('stakeholder')).items).toHaveLength(1);
  });

  it('answers 401 without an identity and refuses writes from another site', async () => {
    for (const response of [
      await send('GET', '/subscriptions', 'mallory'),
      await follow('mallory', 'product', 'orders'),
      await send('DELETE', '/subscriptions/product/orders', 'mallory'),
    ]) {
      expect(response.status).toBe(401);
    }
    const crossSite = await api.request('/api/subscriptions', {
      method: 'PUT',
      headers: {
        ...persona('stakeholder'),
        'Content-Type': 'application/json',
        Origin: 'https://evil.example',
      },
      body: JSON.stringify({ kind: 'product', id: 'orders' }),
    });
    expect(crossSite.status).toBe(403);
    expect(await message(crossSite)).toMatch(/must come from Meshport itself/);
    expect((await listOf('stakeholder')).items).toEqual([]);
  });

  it(`refuses more than ${subscriptionsPerPerson} subscriptions a person with 409`, async () => {
    for (let index = 0; index < subscriptionsPerPerson; index += 1) {
      await store.subscriptions.add(
        'sam.stakeholder',
        { kind: 'product', id: `p${index}` },
        { now, limit: subscriptionsPerPerson },
      );
    }
    const refused = await follow('stakeholder', 'product', 'orders');
    expect(refused.status).toBe(409);
    expect(await message(refused)).toMatch(
      /You follow 500 products and domains, the most one person may; unfollow some first/,
    );
    // What is already followed is still answered.
    expect((await follow('stakeholder', 'product', 'p0')).status).toBe(404);
    await store.subscriptions.remove('sam.stakeholder', { kind: 'product', id: 'p0' });
    expect((await follow('stakeholder', 'product', 'orders')).status).toBe(201);
    expect((await follow('stakeholder', 'product', 'orders')).status).toBe(200);
  });
});

describe('the OpenAPI document of subscriptions', () => {
  it('describes each operation with its named schemas and answers', async () => {
    const document = (await (await api.request('/api/openapi.json')).json()) as {
      paths: Record<
        string,
        Record<
          string,
          {
            requestBody?: { content: Record<string, { schema: unknown }> };
            responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
          }
        >
      >;
      components: { schemas: Record<string, unknown> };
    };
    const collection = document.paths['/subscriptions'] ?? {};
    expect(Object.keys(collection).sort()).toEqual(['get', 'put']);
    expect(collection.put?.requestBody?.content['application/json']?.schema).toEqual({
      $ref: '#/components/schemas/SubscriptionInput',
    });
    expect(Object.keys(collection.put?.responses ?? {}).sort()).toEqual(
      ['200', '201', '400', '401', '404', '409', '415'].sort(),
    );
    expect(collection.get?.responses['200']?.content?.['application/json']?.schema).toEqual({
      $ref: '#/components/schemas/SubscriptionList',
    });
    expect(Object.keys(document.paths['/subscriptions/{kind}/{id}'] ?? {})).toEqual(['delete']);
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['Subscription', 'SubscriptionInput', 'SubscriptionList']),
    );
  });
});

describe('incident notices for followers', () => {
  const incidentNotices = async (who: string) =>
    (
      (await (await send('GET', '/notifications', who)).json()) as {
        items: { message: string; link: string }[];
      }
    ).items
      .filter((item) => item.message.startsWith('Incident'))
      .map(({ message, link }) => ({ message, link }));

  async function openAndResolve(productId: string, title: string) {
    const opened = await send('POST', '/incidents', 'owner', { productId, title });
    expect(opened.status).toBe(201);
    const { id } = (await opened.json()) as { id: string };
    const resolved = await send('POST', `/incidents/${id}/resolve`, 'owner', {
      note: 'Replayed',
    });
    expect(resolved.status).toBe(200);
  }

  it('tells a follower of the product, in no team and without a grant, when it breaches and recovers', async () => {
    await follow('stakeholder', 'product', 'orders');
    await openAndResolve('orders', 'Late load');
    await openAndResolve('payments', 'Duplicates');
    expect(await incidentNotices('stakeholder')).toEqual([
      { message: 'Incident resolved: Orders: Late load', link: '/products/orders/service-levels' },
      { message: 'Incident opened: Orders: Late load', link: '/products/orders/service-levels' },
    ]);
    // Someone who follows nothing hears nothing.
    expect(await incidentNotices('admin')).toEqual([]);
  });

  it('tells a follower of the domain about each of its products, and stops once unfollowed', async () => {
    await follow('stakeholder', 'domain', 'finance');
    await openAndResolve('payments', 'Duplicates');
    await openAndResolve('orders', 'Late load');
    expect((await incidentNotices('stakeholder')).map((item) => item.message)).toEqual([
      'Incident resolved: Payments: Duplicates',
      'Incident opened: Payments: Duplicates',
    ]);
    await send('DELETE', '/subscriptions/domain/finance', 'stakeholder');
    await openAndResolve('payments', 'Late again');
    expect(await incidentNotices('stakeholder')).toHaveLength(2);
  });

  it('tells a follower once when they follow both the product and its domain', async () => {
    await follow('stakeholder', 'product', 'orders');
    await follow('stakeholder', 'domain', 'sales');
    await openAndResolve('orders', 'Late load');
    expect(await incidentNotices('stakeholder')).toHaveLength(2);
  });

  it('reaches a follower whose username has capitals, as the identity provider writes it', async () => {
    const sam: Principal = {
      id: 'Sam.Stakeholder',
      name: 'Sam Stakeholder',
      email: null,
      roles: [],
      teams: [],
      mode: 'oidc',
    };
    const authenticator: Authenticator = {
      mode: 'oidc',
      authenticate: async () => ({ ok: true, principal: sam }),
      describe: () => ({ mode: 'oidc' }) as ReturnType<Authenticator['describe']>,
    };
    const oidc = createCatalogApi({ store, now: () => now, evaluationDelayMs: 0, authenticator });
    const put = await oidc.request('/api/subscriptions', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ kind: 'product', id: 'orders' }),
    });
    expect(put.status).toBe(201);
    await openAndResolve('orders', 'Late load');
    const notices = (await (await oidc.request('/api/notifications')).json()) as {
      items: { message: string }[];
      unread: number;
    };
    expect(notices.items.map((item) => item.message)).toEqual([
      'Incident resolved: Orders: Late load',
      'Incident opened: Orders: Late load',
    ]);
    expect(notices.unread).toBe(2);
  });
});
