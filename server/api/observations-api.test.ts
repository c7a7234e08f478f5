/**
 * The ingestion endpoints with the real payloads of ../shared/fixtures: OpenLineage events from
 * dbt, a datacontract-cli run and an OORS message; with ingestion tokens (valid, revoked, of
 * another team, none) and malformed payloads (a 400 naming the field, and nothing stored).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type {
  IngestionResult,
  ServiceLevelPagePayload,
  UndeclaredInputs,
  UnmatchedListPayload,
} from '../../src/catalog/service-level-schemas';
import type { LineageGraph } from '../../src/catalog/lineage';
import { createMemoryStore } from '../store/memory/memory-store';
import type { CatalogStore } from '../store/catalog-store';
import { createCatalogApi } from './create-catalog-api';
import { grantAccess } from '../testing/access-requests';
import {
  createIngestionToken,
  filledEvents as filled,
  fixture,
  json,
  loadFixtureCatalog,
  persona,
  readServiceLevels,
  withoutRawOutputs,
} from '../testing/fixture-catalog';

const now = new Date('2026-11-30T08:00:00Z');
let store: CatalogStore;
let api: ReturnType<typeof createCatalogApi>;

beforeEach(async () => {
  store = createMemoryStore();
  // Jaffle Shop (Customer 360) writes orders and the staging tables; Raw Shop (Order
  // Management) owns the raw tables, which Jaffle Shop reads without declaring them.
  await loadFixtureCatalog(store);
  api = createCatalogApi({ store, now: () => now, evaluationDelayMs: 0 });
});

async function createToken(team: string, who = 'owner') {
  return createIngestionToken(api, team, who);
}

const serviceLevels = async (id = 'jaffle-shop') => readServiceLevels(api, id);

const observationCount = async (id = 'jaffle-shop') => {
  const levels = await serviceLevels(id);
  return levels.ports
    .flatMap((port) => port.slos)
    .reduce((sum, slo) => sum + slo.good + slo.bad, 0);
};

describe('OpenLineage at /api/v1/lineage', () => {
  it('takes real dbt events with a Bearer token: updates of the port, reads of another product, and nothing twice', async () => {
    const { secret } = await createToken('Customer 360');
    const events = filled('openlineage/events/dbt-postgres-build.json');
    // Only the events that touch Jaffle Shop's tables and not Raw Shop's outputs: a token of
    // Customer 360 may not report that raw_orders was written.
    const ours = withoutRawOutputs(events);
    const response = await api.request(
      '/api/v1/lineage/batch',
      json(ours, { Authorization: `Bearer ${secret}` }),
    );
    expect(response.status).toBe(200);
    const result = (await response.json()) as IngestionResult;
    expect(result.received).toBe(ours.length);
    expect(result.added).toBeGreaterThan(0);
    expect(result.products).toEqual(['jaffle-shop']);

    const again = (await (
      await api.request('/api/v1/lineage/batch', json(ours, { Authorization: `Bearer ${secret}` }))
    ).json()) as IngestionResult;
    expect(again.added).toBe(0);
    expect(again.duplicates).toBe(result.observations);

    const levels = await serviceLevels();
    const freshness = levels.ports[0]?.slos.find((slo) => slo.kind === 'freshness');
    expect(freshness?.lastObservation?.source).toBe('openlineage');
    expect(freshness?.lastObservation?.sourceName).toMatch(/\/model\.jaffle_shop\./);
    expect(freshness?.current).toBe('good');

    // stg_orders is built from raw_orders: Jaffle Shop reads Raw Shop without declaring it.
    const undeclared = (await (
      await api.request('/api/data-products/jaffle-shop/undeclared-inputs', {
        headers: persona('analyst'),
      })
    ).json()) as UndeclaredInputs;
    expect(undeclared.items.map((item) => [item.productId, item.portName])).toEqual([
      ['raw-shop', 'raw'],
    ]);
    const lineage = (await (
      await api.request('/api/lineage?focus=jaffle-shop', { headers: persona('analyst') })
    ).json()) as LineageGraph;
    expect(lineage.edges).toContainEqual(
      expect.objectContaining({ source: 'raw-shop', target: 'jaffle-shop', kind: 'observed' }),
    );
  });

  it('refuses events about another team with 403 and stores nothing of them', async () => {
    const { secret } = await createToken('Customer 360');
    const events = filled('openlineage/events/dbt-postgres-build.json');
    const response = await api.request(
      '/api/v1/lineage/batch',
      json(events, { 'x-api-key': secret }),
    );
    expect(response.status).toBe(403);
    expect(((await response.json()) as { message: string }).message).toMatch(
      /may not report on Raw Shop \(team Order Management\).*Nothing was stored/,
    );
    expect(await observationCount('jaffle-shop')).toBe(0);
    expect(await observationCount('raw-shop')).toBe(0);
  });

  it('answers 401 to an unknown or revoked token, and 403 to a sender without rights', async () => {
    const event = filled('openlineage/events/dbt-postgres-build.json').find(
      (item) => item.eventType === 'COMPLETE',
    );
    const unknown = await api.request(
      '/api/v1/lineage',
      json(event, { Authorization: 'Bearer mpi_nope' }),
    );
    expect(unknown.status).toBe(401);
    expect(unknown.headers.get('WWW-Authenticate')).toMatch(/Bearer/);

    const { secret, token } = await createToken('Customer 360');
    const revoked = await api.request(`/api/ingestion-tokens/${token.id}`, {
      method: 'DELETE',
      headers: persona('owner'),
    });
    expect(revoked.status).toBe(200);
    const refused = await api.request(`/api/v1/lineage?token=${secret}`, json(event, {}));
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { message: string }).message).toMatch(/revoked/);

    // No token: the demo persona is the analyst, who reports on nothing.
    const analyst = await api.request('/api/v1/lineage', json(event, persona('analyst')));
    expect(analyst.status).toBe(403);
    expect(await observationCount()).toBe(0);
  });

  it('names the field of a malformed event, and stores nothing', async () => {
    const { secret } = await createToken('Customer 360');
    const [first, second] = filled('openlineage/events/dbt-postgres-build.json').filter(
      (event) => event.eventType === 'COMPLETE',
    );
    const broken = { ...second, eventTime: 'yesterday' };
    const response = await api.request(
      '/api/v1/lineage/batch',
      json([first, broken], { Authorization: `Bearer ${secret}` }),
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { message: string; errors: { path: string }[] };
    expect(body.message).toMatch(/\[1\]\.eventTime/);
    expect(body.message).toMatch(/Nothing was stored/);
    expect(body.errors[0]?.path).toBe('[1].eventTime');
    expect(await observationCount()).toBe(0);

    const notJson = await api.request('/api/v1/lineage', {
      method: 'POST',
      body: '{"eventType":',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${secret}` },
    });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { message: string }).message).toMatch(/not JSON/);
  });

  it('keeps what matches no port for admins, with the reason', async () => {
    const { secret } = await createToken('Customer 360');
    const events = filled('openlineage/events/dbt-build.json');
    const response = await api.request(
      '/api/v1/lineage/batch',
      json(events, { Authorization: `Bearer ${secret}` }),
    );
    expect(response.status).toBe(200);
    const result = (await response.json()) as IngestionResult;
    expect(result.unmatched.length).toBeGreaterThan(0);
    const forbidden = await api.request('/api/observations/unmatched', {
      headers: persona('owner'),
    });
    expect(forbidden.status).toBe(403);
    const listed = (await (
      await api.request('/api/observations/unmatched', { headers: persona('admin') })
    ).json()) as UnmatchedListPayload;
    expect(listed.items[0]?.reference).toMatch(/bigquery/);
    expect(listed.items[0]?.reason).toMatch(/bigquery/i);
  });
});

describe('datacontract-cli at /api/test-results and OORS at /api/observations', () => {
  it('maps checks to the contract rules by qualityId, with a token in the URL as the CLI sends it', async () => {
    const { secret } = await createToken('Customer 360');
    const run = fixture('observations/datacontract-cli-run.json');
    const response = await api.request(`/api/test-results?token=${secret}`, json(run, {}));
    expect(response.status).toBe(200);
    const levels = await serviceLevels();
    const slos = levels.ports[0]?.slos ?? [];
    const unique = slos.find((slo) => slo.ruleId === 'orders_order_id_unique');
    expect(unique?.status).toBe('breached');
    expect(unique?.lastObservation?.message).toMatch(/not unique/);
    expect(slos.find((slo) => slo.ruleId === 'orders_row_count')?.status).toBe('met');
    // A failing check opens an incident, and Customer 360 hears of it.
    expect(levels.incidents.map((incident) => [incident.origin, incident.status])).toEqual([
      ['automatic', 'open'],
    ]);
  });

  it('takes an OORS message, where error is not a failure', async () => {
    const { secret } = await createToken('Customer 360');
    const message = fixture('observations/oors-results.json');
    const response = await api.request(
      '/api/observations',
      json(message, { Authorization: `Bearer ${secret}` }),
    );
    expect(response.status).toBe(200);
    const slos = (await serviceLevels()).ports[0]?.slos ?? [];
    expect(slos.find((slo) => slo.ruleId === 'orders_row_count')?.bad).toBe(0);
  });

  it('names the wrong field of a test run and stores nothing', async () => {
    const { secret } = await createToken('Customer 360');
    const run = fixture('observations/datacontract-cli-run.json') as { checks: object[] };
    run.checks[1] = { ...run.checks[1], result: 'sort-of' };
    const response = await api.request(`/api/test-results?token=${secret}`, json(run, {}));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(/checks\[1\]\.result/);
    expect(await observationCount()).toBe(0);
  });
});

describe('incidents and the mesh', () => {
  it('lets the owner acknowledge, annotate and resolve; the analyst may not', async () => {
    const { secret } = await createToken('Customer 360');
    await api.request(
      `/api/test-results?token=${secret}`,
      json(fixture('observations/datacontract-cli-run.json'), {}),
    );
    const [incident] = (await serviceLevels()).incidents;
    const post = (path: string, body: unknown, who: string) =>
      api.request(`/api/incidents/${incident?.id}/${path}`, json(body, persona(who)));
    expect((await post('acknowledge', {}, 'analyst')).status).toBe(403);
    const acknowledged = await post('acknowledge', {}, 'owner');
    expect(
      ((await acknowledged.json()) as { acknowledgedBy: { name: string } }).acknowledgedBy.name,
    ).toBe('Olivia Owner');
    expect(
      (await post('notes', { text: 'Duplicates from the replay on Sunday' }, 'owner')).status,
    ).toBe(200);
    const resolved = await post('resolve', { note: 'Deduplicated' }, 'owner');
    expect(resolved.status).toBe(200);
    expect((await post('resolve', {}, 'owner')).status).toBe(409);

    const page = (await (
      await api.request('/api/service-levels?domain=sales', { headers: persona('stakeholder') })
    ).json()) as ServiceLevelPagePayload;
    expect(page.items.map((item) => item.productId).sort()).toEqual(['jaffle-shop', 'raw-shop']);
    expect(page.counts.breached).toBe(1);
  });

  it('tells the owning team and the consumers with grants when an incident opens and when it is resolved', async () => {
    // Alex (Growth Marketing) holds a grant on Jaffle Shop's orders; Sam holds none.
    await grantAccess(
      store.access,
      {
        productId: 'jaffle-shop',
        productName: 'Jaffle Shop',
        ownerTeam: 'Customer 360',
        portName: 'orders',
        contractId: 'orders-contract-001',
        approvers: { level1: ['Customer 360'], level2: [] },
        requester: { id: 'alex.analyst', name: 'Alex Analyst' },
        grantee: { kind: 'user', id: 'alex.analyst', name: 'Alex Analyst' },
        requestedUntil: '2027-03-01T23:59:59.999Z',
      },
      { id: 'olivia.owner', name: 'Olivia Owner' },
      now,
    );
    const incidentNotices = async (who: string) =>
      (
        (await (await api.request('/api/notifications', { headers: persona(who) })).json()) as {
          items: { message: string }[];
        }
      ).items
        .map((item) => item.message)
        .filter((message) => message.startsWith('Incident'));

    // The datacontract-cli run fails a check: an incident opens.
    const { secret } = await createToken('Customer 360');
    await api.request(
      `/api/test-results?token=${secret}`,
      json(fixture('observations/datacontract-cli-run.json'), {}),
    );
    const [incident] = (await serviceLevels()).incidents;
    expect(incident?.status).toBe('open');
    const opened = `Incident opened: ${incident?.title}`;
    expect(await incidentNotices('owner')).toEqual([opened]);
    expect(await incidentNotices('analyst')).toEqual([opened]);
    expect(await incidentNotices('stakeholder')).toEqual([]);

    await api.request(
      `/api/incidents/${incident?.id}/resolve`,
      json({ note: 'Deduplicated' }, persona('owner')),
    );
    const resolved = `Incident resolved: ${incident?.title}`;
    expect(await incidentNotices('analyst')).toEqual([resolved, opened]);
    expect(await incidentNotices('owner')).toEqual([resolved, opened]);
    expect(await incidentNotices('stakeholder')).toEqual([]);
  });

  it('tells a stakeholder who follows the domain, in no team and without a grant, with a link to the dashboard', async () => {
    const followed = await api.request('/api/subscriptions', {
      method: 'PUT',
      body: JSON.stringify({ kind: 'domain', id: 'sales' }),
      headers: { 'Content-Type': 'application/json', ...persona('stakeholder') },
    });
    expect(followed.status).toBe(201);
    const incidentNotices = async () =>
      (
        (await (
          await api.request('/api/notifications', { headers: persona('stakeholder') })
        ).json()) as { items: { message: string; link: string }[] }
      ).items.filter((item) => item.message.startsWith('Incident'));

    const { secret } = await createToken('Customer 360');
    await api.request(
      `/api/test-results?token=${secret}`,
      json(fixture('observations/datacontract-cli-run.json'), {}),
    );
    const [incident] = (await serviceLevels()).incidents;
    const opened = `Incident opened: ${incident?.title}`;
    expect(await incidentNotices()).toEqual([
      expect.objectContaining({ message: opened, link: '/products/jaffle-shop/service-levels' }),
    ]);
    await api.request(
      `/api/incidents/${incident?.id}/resolve`,
      json({ note: 'Deduplicated' }, persona('owner')),
    );
    expect((await incidentNotices()).map((item) => item.message)).toEqual([
      `Incident resolved: ${incident?.title}`,
      opened,
    ]);
  });

  it('lets only owners of a team create its tokens, and shows the secret once', async () => {
    const refused = await api.request(
      '/api/ingestion-tokens',
      json({ team: 'Order Management' }, persona('owner')),
    );
    expect(refused.status).toBe(403);
    const { secret } = await createToken('Customer 360');
    expect(secret).toMatch(/^mpi_/);
    const listed = (await (
      await api.request('/api/ingestion-tokens', { headers: persona('owner') })
    ).json()) as { items: Record<string, unknown>[] };
    expect(listed.items).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect(listed.items[0]?.prefix).toBe(secret.slice(0, 10));
  });
});
