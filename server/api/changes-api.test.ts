import { beforeEach, describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import type { Changes, VersionHistory } from '../../src/catalog/changes-schemas';
import { buildDemoMesh } from '../seed/demo-mesh';
import { loadDocuments } from '../seed/load-documents';
import { createMemoryStore } from '../store/memory/memory-store';
import { createCatalogApi } from './create-catalog-api';

let api: ReturnType<typeof createCatalogApi>;
beforeEach(async () => {
  const store = createMemoryStore();
  await loadDocuments(store, buildDemoMesh());
  api = createCatalogApi({ store, version: '1.2.3' });
});

const contractId = 'customer-purchase-history.purchases';
const persona = (name: string) => ({ 'X-Meshport-Persona': name });

async function currentText(): Promise<string> {
  const response = await api.request(`/api/data-contracts/${contractId}/odcs.yaml`, {
    headers: persona('owner'),
  });
  return response.text();
}

/** The current contract with its first column removed (a breaking change), as `version`. */
async function withoutFirstColumn(version: string) {
  const document = parseDocument(await currentText());
  const removed = String(document.getIn(['schema', 0, 'properties', 0, 'name']));
  document.deleteIn(['schema', 0, 'properties', 0]);
  document.set('version', version);
  return {
    text: document.toString(),
    removed,
    table: String(document.getIn(['schema', 0, 'name'])),
  };
}

const post = (path: string, body: string, who = 'owner') =>
  api.request(`/api${path}`, {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'application/yaml', ...persona(who) },
  });

describe('publishing follows semantic versioning', () => {
  it('refuses a breaking change with a minor bump, naming it and the version to use', async () => {
    const current = parse(await currentText()) as { version: string };
    const [major, minor] = current.version.split('.').map(Number) as [number, number];
    const { text, removed, table } = await withoutFirstColumn(`${major}.${minor + 1}.0`);

    const refused = await post('/data-contracts', text);
    expect(refused.status).toBe(422);
    const body = (await refused.json()) as {
      message: string;
      suggestedVersion: string;
      impact: { major: number };
    };
    expect(body.suggestedVersion).toBe(`${major + 1}.0.0`);
    expect(body.impact.major).toBe(1);
    expect(body.message).toContain(`column \`${removed}\` removed from \`${table}\``);
    expect(body.message).toContain(`Publish it as ${major + 1}.0.0`);

    const published = await post(
      '/data-contracts',
      text.replace(`${major}.${minor + 1}.0`, `${major + 1}.0.0`),
    );
    expect(published.status).toBe(201);
    expect(await published.json()).toMatchObject({
      changes: { from: current.version, impact: { major: 1 }, level: 'MAJOR' },
    });

    const changes = (await (
      await api.request(`/api/data-contracts/${contractId}/changes`, {
        headers: persona('analyst'),
      })
    ).json()) as Changes;
    expect(changes).toMatchObject({
      from: { version: current.version },
      to: { version: `${major + 1}.0.0`, current: true },
      versionFollowsChanges: true,
      diffs: [expect.objectContaining({ type: 'REMOVE', impactLevel: 'MAJOR' })],
    });
  });

  it('lets an admin import such a history with a warning, and nobody else', async () => {
    const current = parse(await currentText()) as { version: string };
    const [major, minor] = current.version.split('.').map(Number) as [number, number];
    const { text } = await withoutFirstColumn(`${major}.${minor + 1}.0`);
    expect((await post('/data-contracts?semver=warn', text, 'owner')).status).toBe(403);
    const imported = await post('/data-contracts?semver=warn', text, 'admin');
    expect(imported.status).toBe(201);
    expect(
      ((await imported.json()) as { warnings: { message: string }[] }).warnings,
    ).toContainEqual(
      expect.objectContaining({ message: expect.stringMatching(/is not enough of a step/) }),
    );
  });

  it('never refuses versions that are not semantic versions, nor a back-filled older one', async () => {
    const { text } = await withoutFirstColumn('2026-12');
    expect((await post('/data-contracts', text)).status).toBe(201);
    const older = await withoutFirstColumn('0.0.1');
    const backFilled = await post('/data-contracts', older.text);
    expect(backFilled.status).toBe(201);
    expect(await backFilled.json()).toMatchObject({ current: false });
  });
});

describe('reading changes', () => {
  it('compares a draft with the current version without storing it', async () => {
    const { text } = await withoutFirstColumn('99.0.0');
    const response = await post(`/data-contracts/${contractId}/changes`, text);
    expect(response.status).toBe(200);
    const changes = (await response.json()) as Changes;
    expect(changes.to).toEqual({ version: '99.0.0' });
    expect(changes.impact.major).toBe(1);
    const history = (await (
      await api.request(`/api/data-contracts/${contractId}/history`, {
        headers: persona('analyst'),
      })
    ).json()) as VersionHistory;
    expect(history.versions.map((entry) => entry.to.version)).not.toContain('99.0.0');
    const wrong = await post('/data-contracts/another/changes', text);
    expect(wrong.status).toBe(400);
  });

  it('gives an OMDS document when asked for YAML', async () => {
    const current = parse(await currentText()) as { version: string };
    const { text } = await withoutFirstColumn('50.0.0');
    await post('/data-contracts', text);
    const response = await api.request(`/api/data-contracts/${contractId}/changes`, {
      headers: { ...persona('analyst'), Accept: 'application/yaml' },
    });
    expect(response.headers.get('Content-Type')).toMatch(/^application\/yaml/);
    const omds = parse(await response.text()) as Record<string, unknown>;
    expect(omds).toMatchObject({
      apiVersion: 'v1.0.0',
      kind: 'MetadataDifference',
      sourceKind: 'DataContract',
      source1: { id: contractId, version: current.version },
      source2: { id: contractId, version: '50.0.0' },
      impact: { major: 1, minor: 0, patch: 0 },
      diffs: [
        expect.objectContaining({
          type: 'REMOVE',
          impactLevel: 'MAJOR',
          path: expect.stringMatching(/^\/schema\[name=.+\]\/properties\[name=.+\]$/),
        }),
      ],
    });
  });

  it('says so when there is nothing to compare', async () => {
    const response = await api.request(`/api/data-contracts/${contractId}/changes`, {
      headers: persona('analyst'),
    });
    expect(await response.json()).toMatchObject({ from: null, diffs: [] });
    expect((await api.request('/api/data-contracts/nope/changes')).status).toBe(404);
  });
});

describe('telling consumers', () => {
  it('notifies whoever holds a grant when a breaking version is published', async () => {
    const json = { 'Content-Type': 'application/json' };
    const requested = await api.request('/api/access-requests', {
      method: 'POST',
      headers: { ...json, ...persona('analyst') },
      body: JSON.stringify({
        productId: 'customer-purchase-history',
        ports: [{ portName: 'purchases', role: 'customer_purchase_history_purchases_analytics' }],
        grantee: { kind: 'user' },
        purpose: 'Monthly churn analysis for the retention team',
        until: '2027-02-01',
        acknowledged: true,
      }),
    });
    const { items } = (await requested.json()) as { items: { id: string }[] };
    for (const approver of ['approver', 'owner']) {
      await api.request(`/api/access-requests/${items[0]?.id}/approve`, {
        method: 'POST',
        headers: { ...json, ...persona(approver) },
        body: '{}',
      });
    }
    const current = parse(await currentText()) as { version: string };
    const major = Number(current.version.split('.')[0]);
    const { text, removed } = await withoutFirstColumn(`${major + 1}.0.0`);
    expect((await post('/data-contracts', text)).status).toBe(201);

    const list = async () =>
      (await (await api.request('/api/notifications', { headers: persona('analyst') })).json()) as {
        unread: number;
        items: { id: string; kind: string; link: string; message: string; read: boolean }[];
      };
    const notifications = await list();
    const change = notifications.items.find((item) => item.kind === 'change');
    expect(change).toMatchObject({
      link: `/contracts/${contractId}/changes`,
      read: false,
      message: expect.stringContaining(`column \`${removed}\` removed`),
    });
    // The owner who published it is not told about their own change.
    const own = (await (
      await api.request('/api/notifications', { headers: persona('owner') })
    ).json()) as { items: { kind: string }[] };
    expect(own.items.some((item) => item.kind === 'change')).toBe(false);

    await api.request('/api/notifications/read', {
      method: 'POST',
      headers: { ...json, ...persona('analyst') },
      body: JSON.stringify({ ids: [change?.id] }),
    });
    const after = await list();
    expect(after.items.find((item) => item.id === change?.id)?.read).toBe(true);
    expect(after.unread).toBe(notifications.unread - 1);
  });
});
