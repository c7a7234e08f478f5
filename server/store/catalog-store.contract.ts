/**
 * The behaviour every catalog store must have. Each store's test file calls
 * `describeCatalogStore` with a factory; the same assertions then hold for memory, embedded
 * Postgres and a Postgres server alike.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { searchQuery } from '../../src/catalog/api-schemas';
import type { LineageGraph, LineageQuery } from '../../src/catalog/lineage';
import type { OdcsContract } from '../../src/catalog/standards/odcs';
import type { OdpsProduct } from '../../src/catalog/standards/odps';
import { compareStoredVersions, versionHistory } from '../api/changes';
import { grantAccess } from '../testing/access-requests';
import type { CatalogStore, NewDocument } from './catalog-store';
import type { Draft } from './draft-store';
import { summary as levelSummary } from './observation-store.contract';

export function product(id: string, fields: Partial<OdpsProduct> = {}): NewDocument<'product'> {
  const document: OdpsProduct = {
    apiVersion: 'v1.0.0',
    kind: 'DataProduct',
    id,
    name: fields.name ?? id,
    version: '1.0.0',
    status: 'active',
    ...fields,
  };
  return {
    kind: 'product',
    id,
    version: document.version ?? '1.0.0',
    text: JSON.stringify(document),
    document,
    createdBy: 'tester',
  };
}

export function contract(id: string, fields: Partial<OdcsContract> = {}): NewDocument<'contract'> {
  const document: OdcsContract = {
    apiVersion: 'v3.1.0',
    kind: 'DataContract',
    id,
    version: '1.0.0',
    status: 'active',
    ...fields,
  };
  return {
    kind: 'contract',
    id,
    version: document.version,
    text: JSON.stringify(document),
    document,
    createdBy: 'tester',
  };
}

export const query = searchQuery;

const output = (contractId: string) => ({
  outputPorts: [{ name: contractId, version: '1.0.0', contractId }],
});

/** A product reading `inputs` (contract ids) and providing `<id>.out`. */
const node = (id: string, inputs: string[] = [], fields: Partial<OdpsProduct> = {}) =>
  product(id, {
    name: id.toUpperCase(),
    domain: 'sales',
    inputPorts: inputs.map((contractId) => ({ name: contractId, version: '1.0.0', contractId })),
    ...output(`${id}.out`),
    ...fields,
  });

export function lineageQuery(fields: Partial<LineageQuery> = {}): LineageQuery {
  return {
    upstream: 1,
    downstream: 1,
    domains: [],
    statuses: [],
    budget: 100,
    expand: [],
    ...fields,
  };
}

const shown = (graph: LineageGraph | null) => ({
  nodes: graph?.nodes.map((item) => `${item.id}@${item.depth}`),
  edges: graph?.edges.map((edge) => `${edge.source}>${edge.target}`),
  truncated: graph?.truncated,
});

export function describeCatalogStore(name: string, createStore: () => Promise<CatalogStore>) {
  describe(`${name} store`, () => {
    let store: CatalogStore;
    beforeEach(async () => {
      store = await createStore();
      return () => store.close();
    });

    describe('notices', () => {
      it('keeps notices for their audience, not their author, newest first, and what was read', async () => {
        const base = {
          actor: { id: 'olivia', name: 'Olivia' },
          message: 'Orders 2.0.0 breaks consumers',
          link: '/products/orders/changes',
        };
        const first = await store.notices.add({
          ...base,
          at: '2026-11-20T10:00:00.000Z',
          audience: ['sales analytics'],
        });
        const second = await store.notices.add({
          ...base,
          at: '2026-11-21T10:00:00.000Z',
          audience: ['sales analytics', 'alex'],
        });
        expect(first.id).toMatch(/^n\d+$/);
        const forAlex = await store.notices.list(['alex', 'sales analytics'], 'alex', 10);
        expect(forAlex.notices.map((notice) => notice.id)).toEqual([second.id, first.id]);
        expect(forAlex).toMatchObject({ unread: 2, notices: [{ read: false, ...base }, {}] });
        expect((await store.notices.list(['sales analytics'], 'olivia', 10)).notices).toEqual([]);
        expect((await store.notices.list(['finance'], 'fay', 10)).unread).toBe(0);

        await store.notices.markRead('alex', [first.id, 'not-a-notice', '17'], ['alex']);
        expect((await store.notices.list(['alex', 'sales analytics'], 'alex', 10)).unread).toBe(1);
        await store.notices.markRead('alex', 'all', ['alex', 'sales analytics']);
        expect((await store.notices.list(['alex', 'sales analytics'], 'alex', 10)).unread).toBe(0);
        expect((await store.notices.list(['sales analytics'], 'sam', 1)).notices).toHaveLength(1);
      });
    });

    describe('drafts', () => {
      const draft = (ownerId: string, id: string, fields: Partial<Draft> = {}): Draft => ({
        ownerId,
        kind: 'product',
        id,
        text: `id: ${id}\r\nname: Draft of ${ownerId}\r\n`,
        baseVersion: '1.0.0',
        savedAt: '2026-11-20T09:59:00.000Z',
        updatedAt: '2026-11-20T10:00:00.000Z',
        ...fields,
      });

      it('keeps one draft per person and document, exactly as saved, for its owner only', async () => {
        const text = '\uFEFFid: orders\r\nname: "Orders \u{1F4E6}"\r\n\tdescription: x\n';
        const saved = await store.drafts.save(draft('olivia', 'orders', { text }));
        expect(saved).toEqual(draft('olivia', 'orders', { text }));
        expect(await store.drafts.get('olivia', 'product', 'orders')).toEqual(saved);
        expect((await store.drafts.get('olivia', 'product', 'orders'))?.text).toBe(text);

        expect(await store.drafts.get('alex', 'product', 'orders')).toBeNull();
        expect(await store.drafts.get('olivia', 'contract', 'orders')).toBeNull();

        const replaced = draft('olivia', 'orders', {
          text: 'id: orders\n',
          baseVersion: '1.1.0',
          updatedAt: '2026-11-20T11:00:00.000Z',
        });
        await store.drafts.save(replaced);
        expect(await store.drafts.get('olivia', 'product', 'orders')).toEqual(replaced);
        expect(await store.drafts.list('olivia')).toHaveLength(1);
      });

      it("lists a person's drafts without their texts, newest first, and keeps each person's own", async () => {
        await store.drafts.save(draft('olivia', 'orders'));
        await store.drafts.save(
          draft('olivia', 'orders.v1', {
            kind: 'contract',
            baseVersion: null,
            updatedAt: '2026-11-21T10:00:00.000Z',
          }),
        );
        // Someone else's draft of the same document leaves Olivia's as it was.
        await store.drafts.save(
          draft('ada', 'orders', { text: 'id: orders\n', updatedAt: '2026-11-22T10:00:00.000Z' }),
        );

        expect(await store.drafts.list('olivia')).toEqual([
          {
            ownerId: 'olivia',
            kind: 'contract',
            id: 'orders.v1',
            baseVersion: null,
            savedAt: '2026-11-20T09:59:00.000Z',
            updatedAt: '2026-11-21T10:00:00.000Z',
          },
          {
            ownerId: 'olivia',
            kind: 'product',
            id: 'orders',
            baseVersion: '1.0.0',
            savedAt: '2026-11-20T09:59:00.000Z',
            updatedAt: '2026-11-20T10:00:00.000Z',
          },
        ]);
        expect(await store.drafts.get('olivia', 'product', 'orders')).toEqual(
          draft('olivia', 'orders'),
        );
        expect((await store.drafts.list('ada')).map((entry) => entry.id)).toEqual(['orders']);
        expect(await store.drafts.list('alex')).toEqual([]);
      });

      it("deletes only the owner's draft, and says whether there was one", async () => {
        await store.drafts.save(draft('olivia', 'orders'));
        await store.drafts.save(draft('ada', 'orders'));

        expect(await store.drafts.delete('alex', 'product', 'orders')).toBe(false);
        expect(await store.drafts.delete('olivia', 'product', 'orders')).toBe(true);
        expect(await store.drafts.delete('olivia', 'product', 'orders')).toBe(false);

        expect(await store.drafts.get('olivia', 'product', 'orders')).toBeNull();
        expect(await store.drafts.get('ada', 'product', 'orders')).toEqual(draft('ada', 'orders'));
      });
    });

    describe('versions', () => {
      it('keeps the exact text of each version and reads the current one by default', async () => {
        const first = product('orders', { version: '1.0.0', name: 'Orders' });
        const second = product('orders', { version: '1.1.0', name: 'Orders v1.1' });
        expect(await store.insertDocument(first)).toEqual({ status: 'created', current: true });
        expect(await store.insertDocument(second)).toEqual({ status: 'created', current: true });
        expect((await store.getDocument('product', 'orders'))?.document.name).toBe('Orders v1.1');
        expect((await store.getDocument('product', 'orders', '1.0.0'))?.text).toBe(first.text);
        expect(await store.getDocument('product', 'orders', '9.9.9')).toBeNull();
        expect(await store.getDocument('product', 'missing')).toBeNull();
      });

      it('reads the current versions of many documents at once, leaving out unknown ids', async () => {
        await store.insertDocuments([
          contract('a', { version: '1.0.0' }),
          contract('a', { version: '2.0.0' }),
          contract('b'),
        ]);
        const found = await store.getCurrentDocuments('contract', ['b', 'a', 'missing', 'a']);
        expect(found.map((entry) => `${entry.id}@${entry.version}`).sort()).toEqual([
          'a@2.0.0',
          'b@1.0.0',
        ]);
        expect(await store.getCurrentDocuments('contract', [])).toEqual([]);
      });

      it('keeps a byte order mark, CRLF line ends and characters outside the BMP exactly', async () => {
        const text = '\uFEFFid: orders\r\nname: "Orders 📦"\r\nversion: 1.0.0\r\n';
        await store.insertDocument({ ...product('orders'), text });
        expect((await store.getDocument('product', 'orders'))?.text).toBe(text);
      });

      it('compares stored versions, in version order whatever the import order', async () => {
        const table = (columns: string[]) => [
          { name: 'orders', properties: columns.map((name) => ({ name, logicalType: 'string' })) },
        ];
        await store.insertDocuments([
          contract('orders', { version: '2.0.0', schema: table(['id']) }),
          contract('orders', { version: '1.0.0', schema: table(['id', 'customer']) }),
          contract('orders', { version: '2.1.0', schema: table(['id', 'channel']) }),
        ]);
        const latest = await compareStoredVersions(store, 'contract', 'orders', {});
        expect(latest.ok && latest.body).toMatchObject({
          from: { version: '2.0.0' },
          to: { version: '2.1.0', current: true },
          impact: { major: 0, minor: 1, patch: 0 },
          versionFollowsChanges: true,
        });
        const first = await compareStoredVersions(store, 'contract', 'orders', { to: '2.0.0' });
        expect(first.ok && first.body).toMatchObject({
          from: { version: '1.0.0' },
          impact: { major: 1 },
          suggestedVersion: '2.0.0',
        });
        const history = await versionHistory(store, 'contract', 'orders', 10);
        expect(
          history.ok &&
            history.body.versions.map((entry) => [entry.to.version, entry.level ?? null]),
        ).toEqual([
          ['2.1.0', 'MINOR'],
          ['2.0.0', 'MAJOR'],
          ['1.0.0', null],
        ]);
        expect(
          await compareStoredVersions(store, 'contract', 'orders', { from: '9.9.9' }),
        ).toMatchObject({
          ok: false,
          status: 404,
        });
      });

      it('treats identical text as unchanged and other text under a taken version as a conflict', async () => {
        const original = product('orders');
        await store.insertDocument(original);
        expect(await store.insertDocument(original)).toEqual({
          status: 'unchanged',
          current: true,
        });
        const outcome = await store.insertDocument(product('orders', { name: 'Changed' }));
        expect(outcome).toMatchObject({
          status: 'conflict',
          existing: { id: 'orders', version: '1.0.0' },
        });
        expect((await store.getDocument('product', 'orders'))?.text).toBe(original.text);
      });

      it('adds a version only while the expected version is current, and writes nothing otherwise', async () => {
        const at = (version: string, expectedCurrentVersion: string | null) => ({
          ...product('orders', { version, name: `Orders ${version}` }),
          expectedCurrentVersion,
        });
        expect(await store.insertDocument(at('1.0.0', null))).toEqual({
          status: 'created',
          current: true,
        });
        expect(await store.insertDocument(at('1.1.0', '1.0.0'))).toEqual({
          status: 'created',
          current: true,
        });
        // Two people started from 1.0.0; the first published 1.1.0.
        expect(await store.insertDocument(at('1.2.0', '1.0.0'))).toEqual({
          status: 'stale',
          currentVersion: '1.1.0',
        });
        expect(await store.insertDocument(at('2.0.0', null))).toEqual({
          status: 'stale',
          currentVersion: '1.1.0',
        });
        expect(
          await store.insertDocument({ ...product('returns'), expectedCurrentVersion: '1.0.0' }),
        ).toEqual({ status: 'stale', currentVersion: null });
        // Sending again what is already stored is no conflict.
        expect(await store.insertDocument(at('1.1.0', '1.0.0'))).toEqual({
          status: 'unchanged',
          current: true,
        });
        expect(
          (await store.listVersions('product', 'orders')).map((entry) => entry.version),
        ).toEqual(['1.1.0', '1.0.0']);
        expect(await store.getDocument('product', 'returns')).toBeNull();
        expect((await store.getDocument('product', 'orders'))?.document.name).toBe('Orders 1.1.0');
      });

      it('decides conditions in a batch as one by one', async () => {
        const at = (version: string, expectedCurrentVersion: string | null) => ({
          ...product('orders', { version }),
          expectedCurrentVersion,
        });
        expect(
          await store.insertDocuments([
            at('1.0.0', null),
            at('1.1.0', '1.0.0'),
            at('1.2.0', '1.0.0'),
          ]),
        ).toMatchObject([
          { status: 'created' },
          { status: 'created', current: true },
          { status: 'stale', currentVersion: '1.1.0' },
        ]);
        expect(await store.getDocument('product', 'orders', '1.2.0')).toBeNull();
      });

      it('makes the highest version current whatever the import order', async () => {
        await store.insertDocument(product('orders', { version: '2.0.0' }));
        expect(await store.insertDocument(product('orders', { version: '1.10.0' }))).toEqual({
          status: 'created',
          current: false,
        });
        expect((await store.getDocument('product', 'orders'))?.version).toBe('2.0.0');
        const versions = await store.listVersions('product', 'orders');
        expect(versions.map(({ version, current }) => [version, current])).toEqual([
          ['2.0.0', true],
          ['1.10.0', false],
        ]);
      });

      it('adds a batch with the same outcomes as one by one', async () => {
        await store.insertDocument(product('stored', { version: '1.0.0' }));
        const outcomes = await store.insertDocuments([
          product('reader', { name: 'Reader', ...output('late.out') }),
          contract('late.out', {
            servers: [{ server: 'k', type: 'kafka', host: 'broker:9092' }],
          }),
          product('stored', { version: '1.0.0' }),
          product('stored', { version: '1.0.0', name: 'Other text' }),
          product('stored', { version: '0.9.0' }),
          product('twice', { version: '2.0.0' }),
          product('twice', { version: '2.0.0' }),
        ]);
        expect(outcomes).toEqual([
          { status: 'created', current: true },
          { status: 'created', current: true },
          { status: 'unchanged', current: true },
          expect.objectContaining({
            status: 'conflict',
            existing: expect.objectContaining({ version: '1.0.0' }),
          }),
          { status: 'created', current: false },
          { status: 'created', current: true },
          { status: 'unchanged', current: true },
        ]);
        expect((await store.getProductSummary('reader'))?.portTypes).toEqual(['kafka']);
        expect(
          (await store.listVersions('product', 'stored')).map((entry) => entry.version),
        ).toEqual(['1.0.0', '0.9.0']);
        expect(await store.insertDocuments([])).toEqual([]);
      });

      it('keeps products and contracts with the same id apart', async () => {
        await store.insertDocument(product('shared'));
        await store.insertDocument(contract('shared'));
        expect(await store.countDocuments()).toEqual({ products: 1, contracts: 1 });
      });

      it('lists current versions a page at a time in code point order, and moves its revision on writes', async () => {
        const before = await store.catalogRevision();
        for (const id of ['b', 'a', 'C', 'a.1']) await store.insertDocument(contract(id));
        await store.insertDocument(contract('a', { version: '2.0.0' }));
        await store.insertDocument(product('a'));
        const after = await store.catalogRevision();
        expect(after).not.toBe(before);
        const first = await store.listCurrentDocuments('contract', null, 2);
        expect(first.map((doc) => [doc.id, doc.version])).toEqual([
          ['C', '1.0.0'],
          ['a', '2.0.0'],
        ]);
        const rest = await store.listCurrentDocuments('contract', 'a', 10);
        expect(rest.map((doc) => doc.id)).toEqual(['a.1', 'b']);
        expect(
          (await store.listCurrentDocuments('product', null, 10)).map((doc) => doc.id),
        ).toEqual(['a']);
        // The same text again stores nothing, and the revision stays.
        await store.insertDocument(contract('b'));
        expect(await store.catalogRevision()).toBe(after);
      });
    });

    describe('search', () => {
      beforeEach(async () => {
        await store.insertDocument(
          contract('customers.profiles', {
            servers: [
              { server: 'db', type: 'postgres', host: 'h', port: 5432, database: 'd', schema: 's' },
            ],
            schema: [
              {
                name: 'profiles',
                properties: [
                  { name: 'customer_id', logicalType: 'string' },
                  { name: 'email', logicalType: 'string', classification: 'pii' },
                ],
              },
            ],
          }),
        );
        await store.insertDocument(
          contract('orders.lines', {
            servers: [{ server: 'k', type: 'kafka', host: 'broker:9092' }],
            schema: [
              { name: 'lines', properties: [{ name: 'customer_ref', classification: 'internal' }] },
            ],
          }),
        );
        await store.insertDocument(
          product('customer-profiles', {
            name: 'Customer Profiles',
            domain: 'customer',
            tags: ['golden-record'],
            team: { name: 'CRM' },
            ...output('customers.profiles'),
          }),
        );
        await store.insertDocument(
          product('order-lines', {
            name: 'Order Lines',
            domain: 'sales',
            status: 'draft',
            description: { purpose: 'Every line of every order.' },
            team: { name: 'Checkout' },
            ...output('orders.lines'),
          }),
        );
        await store.insertDocument(
          product('returns', {
            name: 'Returns',
            domain: 'sales',
            tags: ['customer'],
            team: { name: 'Checkout' },
          }),
        );
      });

      it('ranks name and tag hits before description and column hits', async () => {
        const result = await store.searchProducts(query({ q: 'customer' }));
        expect(result.items.map((item) => item.id)).toEqual([
          'customer-profiles',
          'returns',
          'order-lines',
        ]);
        expect(result.total).toBe(3);
      });

      it('requires every word, matches word starts, and finds columns', async () => {
        expect((await store.searchProducts(query({ q: 'order every' }))).total).toBe(1);
        expect((await store.searchProducts(query({ q: 'profil' }))).items[0]?.id).toBe(
          'customer-profiles',
        );
        expect(
          (await store.searchProducts(query({ q: 'email' }))).items.map((item) => item.id),
        ).toEqual(['customer-profiles']);
        expect((await store.searchProducts(query({ q: 'nothing-like-this' }))).total).toBe(0);
      });

      it('filters with alternatives inside a facet and all facets together, and counts facets over the matches', async () => {
        const sales = await store.searchProducts(query({ domain: ['sales'] }));
        expect(sales.total).toBe(2);
        expect(sales.facets.status).toEqual([
          { value: 'active', count: 1 },
          { value: 'draft', count: 1 },
        ]);
        const either = await store.searchProducts(query({ domain: ['sales', 'customer'] }));
        expect(either.total).toBe(3);
        const both = await store.searchProducts(query({ domain: ['sales'], status: ['draft'] }));
        expect(both.items.map((item) => item.id)).toEqual(['order-lines']);
        expect(both.facets.domain).toEqual([{ value: 'sales', count: 1 }]);
        expect(both.facets.portType).toEqual([{ value: 'kafka', count: 1 }]);
        expect((await store.searchProducts(query({ domain: ['unknown'] }))).total).toBe(0);
      });

      it('derives port types, classifications and personal data from the contracts', async () => {
        const summary = await store.getProductSummary('customer-profiles');
        expect(summary).toMatchObject({
          portTypes: ['postgres'],
          classifications: ['pii'],
          hasPersonalData: true,
          owner: 'CRM',
        });
        const pii = await store.searchProducts(query({ classification: ['pii'] }));
        expect(pii.items.map((item) => item.id)).toEqual(['customer-profiles']);
      });

      it('updates a product when its contract arrives later', async () => {
        await store.insertDocument(product('late', { name: 'Late', ...output('late.contract') }));
        expect((await store.getProductSummary('late'))?.portTypes).toEqual([]);
        await store.insertDocument(
          contract('late.contract', {
            servers: [{ server: 'bq', type: 'bigquery', project: 'p', dataset: 'd' }],
          }),
        );
        expect((await store.getProductSummary('late'))?.portTypes).toEqual(['bigquery']);
      });

      it('counts a new product in the very next search', async () => {
        const before = await store.searchProducts(query({ domain: ['sales'] }));
        await store.insertDocument(product('more-sales', { name: 'More Sales', domain: 'sales' }));
        const after = await store.searchProducts(query({ domain: ['sales'] }));
        expect(after.total).toBe(before.total + 1);
        expect(after.facets.domain).toEqual([{ value: 'sales', count: before.total + 1 }]);
      });

      it('sorts by name, by status and by last update, and pages', async () => {
        const byName = await store.searchProducts(query({ sort: 'name' }));
        expect(byName.items.map((item) => item.name)).toEqual([
          'Customer Profiles',
          'Order Lines',
          'Returns',
        ]);
        const byStatus = await store.searchProducts(query({ sort: 'status' }));
        expect(byStatus.items.at(-1)?.status).toBe('draft');
        const byUpdate = await store.searchProducts(query({ sort: 'updated' }));
        expect(byUpdate.items[0]?.id).toBe('returns');
        const page = await store.searchProducts(query({ sort: 'name', page: 2, pageSize: 2 }));
        expect(page).toMatchObject({ total: 3, page: 2, pageSize: 2 });
        expect(page.items.map((item) => item.name)).toEqual(['Returns']);
      });

      it('tells each result its service-level health, counts, filters and sorts by it worst first', async () => {
        const soon = new Date(Date.now() + 3_600_000).toISOString();
        await store.observations.saveSummary(
          levelSummary('customer-profiles', { name: 'Customer Profiles', deadline: soon }),
        );
        await store.observations.saveSummary(
          levelSummary('order-lines', { name: 'Order Lines', status: 'atRisk' }),
        );
        const all = await store.searchProducts(query({ sort: 'name' }));
        expect(all.items.map((item) => [item.id, item.health])).toEqual([
          ['customer-profiles', 'met'],
          ['order-lines', 'atRisk'],
          ['returns', 'noData'],
        ]);
        // Equal counts keep the worst first.
        expect(all.facets.health).toEqual([
          { value: 'atRisk', count: 1 },
          { value: 'noData', count: 1 },
          { value: 'met', count: 1 },
        ]);
        const unwell = await store.searchProducts(query({ health: ['noData', 'atRisk'] }));
        expect(unwell.items.map((item) => item.id)).toEqual(['order-lines', 'returns']);
        expect(unwell.total).toBe(2);
        expect(unwell.facets.domain).toEqual([{ value: 'sales', count: 2 }]);
        const worstFirst = await store.searchProducts(query({ sort: 'health' }));
        expect(worstFirst.items.map((item) => item.id)).toEqual([
          'order-lines',
          'returns',
          'customer-profiles',
        ]);
        const combined = await store.searchProducts(
          query({ q: 'order', health: ['atRisk'], domain: ['sales'] }),
        );
        expect(combined.items.map((item) => item.id)).toEqual(['order-lines']);
      });

      it('counts a summary past its deadline as breached, and a new evaluation in the very next search', async () => {
        const past = new Date(Date.now() - 60_000).toISOString();
        await store.observations.saveSummary(
          levelSummary('returns', { name: 'Returns', deadline: past }),
        );
        const late = await store.searchProducts(query({ health: ['breached'] }));
        expect(late.items.map((item) => [item.id, item.health])).toEqual([['returns', 'breached']]);
        // A search asked before the evaluation must not answer from what it kept.
        await store.searchProducts(query({ sort: 'health' }));
        await store.observations.saveSummary(
          levelSummary('customer-profiles', { name: 'Customer Profiles', status: 'breached' }),
        );
        const after = await store.searchProducts(query({ health: ['breached'] }));
        expect(after.total).toBe(2);
        expect((await store.searchProducts(query({ sort: 'health' }))).items[0]?.id).toBe(
          'customer-profiles',
        );
        const counts = (await store.searchProducts(query())).facets.health;
        expect(counts).toEqual([
          { value: 'breached', count: 2 },
          { value: 'noData', count: 1 },
        ]);
      });
    });

    describe('lineage', () => {
      it('links products through the contracts their ports name', async () => {
        await store.insertDocument(product('source', { name: 'Source', ...output('source.out') }));
        await store.insertDocument(
          product('middle', {
            name: 'Middle',
            inputPorts: [{ name: 'in', version: '1.0.0', contractId: 'source.out' }],
            ...output('middle.out'),
          }),
        );
        await store.insertDocument(
          product('sink', {
            name: 'Sink',
            inputPorts: [{ name: 'in', version: '1.0.0', contractId: 'middle.out' }],
          }),
        );
        const middle = await store.getProductLinks('middle');
        expect(middle.upstream.map((link) => [link.productId, link.contractId])).toEqual([
          ['source', 'source.out'],
        ]);
        expect(middle.downstream.map((link) => [link.productId, link.contractId])).toEqual([
          ['sink', 'middle.out'],
        ]);
        expect(await store.getContractLinks('middle.out')).toMatchObject({
          providers: [{ productId: 'middle' }],
          consumers: [{ productId: 'sink' }],
        });
        expect(await store.getProductLinks('unknown')).toEqual({ upstream: [], downstream: [] });
      });

      it('walks a bounded neighbourhood and counts what it hides', async () => {
        // a → b → c → d, and e also reads b.
        await store.insertDocuments([
          node('a'),
          node('b', ['a.out']),
          node('c', ['b.out']),
          node('d', ['c.out']),
          node('e', ['b.out']),
        ]);
        expect(shown(await store.getLineage(lineageQuery({ focus: 'c' })))).toEqual({
          nodes: ['c@0', 'd@1', 'b@-1'],
          edges: ['b>c', 'c>d'],
          truncated: { b: 2 },
        });
        expect(
          shown(await store.getLineage(lineageQuery({ focus: 'a', upstream: 0, downstream: 100 }))),
        ).toMatchObject({ nodes: ['a@0', 'b@1', 'c@2', 'e@2', 'd@3'], truncated: {} });
        // Nearest first, then by name, until the budget is spent.
        expect(
          shown(await store.getLineage(lineageQuery({ focus: 'a', downstream: 100, budget: 3 }))),
        ).toEqual({
          nodes: ['a@0', 'b@1', 'c@2'],
          edges: ['a>b', 'b>c'],
          truncated: { b: 1, c: 1 },
        });
        // Expanding a node brings its neighbours in, beyond depth and budget.
        expect(
          shown(await store.getLineage(lineageQuery({ focus: 'c', expand: ['d', 'b'] }))).nodes,
        ).toEqual(['c@0', 'e@0', 'd@1', 'b@-1', 'a@-2']);
        expect(await store.getLineage(lineageQuery({ focus: 'nope' }))).toBeNull();
      });

      it('shows a cycle once and walks it once', async () => {
        await store.insertDocuments([
          node('x', ['z.out']),
          node('y', ['x.out']),
          node('z', ['y.out']),
        ]);
        const graph = await store.getLineage(
          lineageQuery({ focus: 'x', upstream: 100, downstream: 100 }),
        );
        expect(shown(graph)).toEqual({
          nodes: ['x@0', 'y@1', 'z@-1'],
          edges: ['x>y', 'y>z', 'z>x'],
          truncated: {},
        });
      });

      it('does not walk through filtered-out products, and filters the whole mesh', async () => {
        await store.insertDocuments([
          node('a'),
          node('b', ['a.out'], { domain: 'finance' }),
          node('c', ['b.out']),
          node('f', ['a.out'], { status: 'deprecated' }),
        ]);
        expect(
          shown(
            await store.getLineage(
              lineageQuery({ focus: 'a', downstream: 100, domains: ['sales'] }),
            ),
          ).nodes,
        ).toEqual(['a@0', 'f@1']);
        expect(
          shown(await store.getLineage(lineageQuery({ statuses: ['active'], budget: 2 }))),
        ).toEqual({ nodes: ['a@null', 'b@null'], edges: ['a>b'], truncated: { b: 1 } });
      });

      it('draws a grant to another product as its own kind of edge', async () => {
        await store.insertDocuments([node('orders'), node('forecast')]);
        await grantAccess(
          store.access,
          {
            productId: 'orders',
            productName: 'ORDERS',
            ownerTeam: null,
            portName: 'orders.out',
            contractId: 'orders.out',
            approvers: { level1: ['Sales'], level2: [] },
            requester: { id: 'olivia', name: 'Olivia' },
            grantee: { kind: 'product', id: 'forecast', name: 'FORECAST' },
            purpose: 'Demand forecasting',
          },
          { id: 'sam', name: 'Sam' },
        );
        const graph = await store.getLineage(lineageQuery({ focus: 'orders' }));
        expect(graph?.edges).toEqual([
          expect.objectContaining({
            source: 'orders',
            target: 'forecast',
            kind: 'grant',
            portName: 'orders.out',
          }),
        ]);
      });

      it('follows the current version of a product only', async () => {
        await store.insertDocument(product('source', { ...output('a') }));
        await store.insertDocument(
          product('reader', { inputPorts: [{ name: 'in', version: '1', contractId: 'a' }] }),
        );
        await store.insertDocument(
          product('reader', {
            version: '2.0.0',
            inputPorts: [{ name: 'in', version: '1', contractId: 'b' }],
          }),
        );
        expect((await store.getProductLinks('source')).downstream).toEqual([]);
      });
    });
  });
}
