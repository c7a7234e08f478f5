import { seedPrincipal } from '../auth/system-principal';
import { beforeAll, describe, expect, it } from 'vitest';
import { searchQuery } from '../../src/catalog/api-schemas';
import { flattenProperties, isPersonalData } from '../../src/catalog/classification';
import { getCustomProperty } from '../../src/catalog/standards/custom-properties';
import type { OdcsContract, OdcsQualityRule } from '../../src/catalog/standards/odcs';
import type { OdpsProduct } from '../../src/catalog/standards/odps';
import { importDocument } from '../api/import-document';
import type { CatalogStore } from '../store/catalog-store';
import { createMemoryStore } from '../store/memory/memory-store';
import { buildDemoMesh, demoProductSpecs } from './demo-mesh';
import { loadDocuments } from './load-documents';
import type { SampleQuery } from './seed-types';

const everything = searchQuery({ pageSize: 100 });

let store: CatalogStore;
let products: OdpsProduct[];
let contracts: OdcsContract[];

beforeAll(async () => {
  store = createMemoryStore({ now: () => new Date('2025-01-01T00:00:00Z') });
  const { imported, problems } = await loadDocuments(store, buildDemoMesh());
  expect(problems).toEqual([]);
  expect(imported).toBe(buildDemoMesh().length);
  const ids = demoProductSpecs().map((spec) => spec.id);
  products = await Promise.all(
    ids.map(async (id) => (await store.getDocument('product', id))!.document),
  );
  const contractIds = products.flatMap((product) =>
    product.outputPorts!.map((port) => port.contractId!),
  );
  contracts = await Promise.all(
    contractIds.map(async (id) => (await store.getDocument('contract', id))!.document),
  );
});

const valuesOf = (facet: { value: string; count: number }[]) => facet.map((entry) => entry.value);
const allRules = (contract: OdcsContract): OdcsQualityRule[] =>
  (contract.schema ?? []).flatMap((object) => [
    ...(object.quality ?? []),
    ...flattenProperties(object.properties).flatMap((property) => property.quality ?? []),
  ]);
const sampleQueriesOf = (contract: OdcsContract) =>
  (getCustomProperty(contract.customProperties, 'sampleQueries') as SampleQuery[] | undefined) ??
  [];

describe('the demo mesh', () => {
  it('imports every document with 201 and without a single error or warning', async () => {
    const fresh = createMemoryStore();
    const documents = buildDemoMesh();
    expect(documents.map((document) => document.kind).indexOf('product')).toBe(
      documents.filter((document) => document.kind === 'contract').length,
    );
    for (const document of documents) {
      const outcome = await importDocument(fresh, document.kind, document.text, seedPrincipal);
      const label = document.text.split('\n')[0];
      expect(outcome.status, `${label}: ${JSON.stringify(outcome.body)}`).toBe(201);
      if (outcome.status === 201) expect(outcome.body.warnings, label).toEqual([]);
    }
  });

  it('is the same on every build, as YAML with a leading comment', () => {
    const first = buildDemoMesh();
    expect(buildDemoMesh()).toEqual(first);
    for (const document of first) expect(document.text).toMatch(/^# .+\n(apiVersion|kind): /);
    // No YAML anchors: shared template values are written out where each column is.
    for (const document of first) expect(document.text).not.toMatch(/: [&*]a\d+/);
  });

  it('has 40+ products in the required domains, every status, ten owners and every server type', async () => {
    const result = await store.searchProducts(everything);
    expect(result.total).toBeGreaterThanOrEqual(40);
    expect(valuesOf(result.facets.domain)).toEqual(
      expect.arrayContaining([
        'sales',
        'marketing',
        'supply-chain',
        'finance',
        'customer',
        'logistics',
      ]),
    );
    for (const domain of result.facets.domain) expect(domain.count).toBeGreaterThanOrEqual(4);
    expect(valuesOf(result.facets.status).sort()).toEqual([
      'active',
      'deprecated',
      'draft',
      'proposed',
      'retired',
    ]);
    expect(result.facets.status[0]).toEqual({ value: 'active', count: expect.any(Number) });
    expect(result.facets.status[0]!.count).toBeGreaterThan(result.total * 0.6);
    expect(result.facets.owner.length).toBeGreaterThanOrEqual(10);
    expect(valuesOf(result.facets.portType)).toEqual(
      expect.arrayContaining([
        'postgres',
        'snowflake',
        'bigquery',
        'kafka',
        's3',
        'databricks',
        'redshift',
      ]),
    );
    expect(valuesOf(result.facets.classification)).toEqual(
      expect.arrayContaining(['pii', 'public', 'internal', 'restricted', 'confidential']),
    );
  });

  it('ranks customer products first when searching for "customer"', async () => {
    const result = await store.searchProducts({ ...everything, q: 'customer' });
    const top = result.items.slice(0, 6);
    expect(
      top.every((item) => item.domain === 'customer'),
      top.map((item) => item.id).join(', '),
    ).toBe(true);
    expect(result.items.map((item) => item.id)).toContain('customer-purchase-history');
  });

  it('has Customer Purchase History with personal data on Snowflake', async () => {
    const summary = await store.getProductSummary('customer-purchase-history');
    expect(summary).toMatchObject({
      name: 'Customer Purchase History',
      domain: 'customer',
      status: 'active',
      hasPersonalData: true,
    });
    expect(summary!.portTypes).toEqual(['snowflake']);
    const contract = (await store.getDocument('contract', 'customer-purchase-history.purchases'))!
      .document;
    const email = flattenProperties(contract.schema![0]!.properties).find(
      (property) => property.name === 'email',
    );
    expect(email && isPersonalData(email)).toBe(true);
  });

  it('has the real-time inventory stream on Kafka with Avro, latency in seconds and continuous frequency', async () => {
    const summary = await store.getProductSummary('inventory-levels-stream');
    expect(summary).toMatchObject({
      name: 'Real-time Inventory Levels',
      domain: 'supply-chain',
      portTypes: ['kafka'],
    });
    const contract = (await store.getDocument(
      'contract',
      'inventory-levels-stream.inventory-levels',
    ))!.document;
    expect(contract.servers![0]).toMatchObject({ type: 'kafka', format: 'avro' });
    expect(contract.schema![0]!.physicalType).toBe('topic');
    const sla = new Map(contract.slaProperties!.map((entry) => [entry.property, entry]));
    expect(sla.get('latency')).toMatchObject({ unit: 's' });
    expect(sla.get('frequency')).toMatchObject({ value: 'continuous' });
  });

  it('forms a lineage graph several levels deep, with fan-in and fan-out', async () => {
    const links = new Map(
      await Promise.all(
        products.map(
          async (product) => [product.id, await store.getProductLinks(product.id)] as const,
        ),
      ),
    );
    const upstreamIds = (id: string) => links.get(id)!.upstream.map((link) => link.productId);
    expect(upstreamIds('customer-purchase-history')).toContain('sales-orders');
    expect(upstreamIds('customer-churn-scores')).toContain('customer-purchase-history');
    expect(upstreamIds('marketing-audiences')).toContain('customer-churn-scores');

    const depth = new Map<string, number>();
    const depthOf = (id: string): number => {
      if (!depth.has(id)) depth.set(id, 1 + Math.max(0, ...upstreamIds(id).map(depthOf)));
      return depth.get(id)!;
    };
    expect(Math.max(...products.map((product) => depthOf(product.id)))).toBeGreaterThanOrEqual(5);
    expect(
      Math.max(
        ...[...links.values()].map(
          (entry) => new Set(entry.upstream.map((link) => link.productId)).size,
        ),
      ),
    ).toBeGreaterThanOrEqual(4);
    expect(
      Math.max(
        ...[...links.values()].map(
          (entry) => new Set(entry.downstream.map((link) => link.productId)).size,
        ),
      ),
    ).toBeGreaterThanOrEqual(8);
    // Every product but the source-aligned ones reads from another product.
    const sources = products.filter((product) => !product.inputPorts?.length);
    expect(sources.length).toBeLessThan(products.length / 3);
  });

  it('describes every product fully: readable id, semver, tenant, purpose, tags, 1-3 output ports with contracts, support and team', () => {
    for (const product of products) {
      expect(product.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(product.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(product).toMatchObject({ apiVersion: 'v1.0.0', tenant: 'Northwind Retail' });
      expect(product.description?.purpose?.length).toBeGreaterThan(40);
      expect(product.description?.limitations && product.description.usage).toBeTruthy();
      expect(product.tags?.length).toBeGreaterThanOrEqual(3);
      expect(product.outputPorts!.length).toBeGreaterThanOrEqual(1);
      expect(product.outputPorts!.length).toBeLessThanOrEqual(3);
      for (const port of product.outputPorts!) {
        expect(port.contractId).toBe(`${product.id}.${port.name}`);
        expect(port).toMatchObject({
          description: expect.any(String),
          type: expect.any(String),
          version: expect.stringMatching(/^\d+\.\d+\.\d+$/),
        });
      }
      expect(product.support!.map((channel) => channel.tool).sort()).toEqual(['email', 'slack']);
      expect(product.team!.members!.length).toBeGreaterThanOrEqual(3);
    }
    expect(
      products.some((product) =>
        /\*\*|\n- |\]\(https:/.test(
          `${product.description?.limitations} ${product.description?.usage}`,
        ),
      ),
    ).toBe(true);
  });

  it('gives every output port a complete contract: typed, classified columns, quality, SLA, server, roles, support and team', () => {
    const classifications = new Set(['pii', 'public', 'internal', 'restricted', 'confidential']);
    for (const contract of contracts) {
      const product = products.find((candidate) =>
        candidate.outputPorts!.some((port) => port.contractId === contract.id),
      )!;
      expect(contract).toMatchObject({
        apiVersion: 'v3.1.0',
        kind: 'DataContract',
        status: product.status,
        domain: product.domain,
        dataProduct: product.name,
      });
      expect(contract.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(Array.isArray(contract.team)).toBe(false);
      expect(contract.team).toMatchObject({ name: product.team!.name, members: expect.any(Array) });
      expect(contract.schema!.length).toBeGreaterThanOrEqual(1);
      expect(contract.schema!.length).toBeLessThanOrEqual(2);
      for (const object of contract.schema!) {
        expect(object.physicalName).toBeTruthy();
        expect(['table', 'topic']).toContain(object.physicalType);
        expect(object.properties!.length).toBeGreaterThanOrEqual(5);
        for (const property of object.properties!) {
          expect(property).toMatchObject({
            logicalType: expect.any(String),
            physicalType: expect.any(String),
            businessName: expect.any(String),
            description: expect.any(String),
            required: expect.any(Boolean),
          });
          expect(property.examples!.length).toBeGreaterThan(0);
          expect(classifications).toContain(property.classification);
        }
        expect(object.quality!.some((rule) => rule.metric === 'rowCount')).toBe(true);
      }
      const sla = contract.slaProperties!.map((entry) => entry.property);
      expect(sla).toEqual(
        expect.arrayContaining(['latency', 'frequency', 'retention', 'generalAvailability']),
      );
      for (const entry of contract.slaProperties!.filter(
        (candidate) => candidate.property === 'timeOfAvailability',
      )) {
        expect(entry.value).toMatch(/^\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
      }
      expect(contract.servers).toHaveLength(1);
      for (const role of contract.roles!) {
        expect(role.firstLevelApprovers && role.secondLevelApprovers).toBeTruthy();
      }
      expect(contract.support!.map((channel) => channel.url)).toEqual([
        expect.stringMatching(/^https:\/\/northwind-retail\.slack\.com\/archives\//),
        expect.stringMatching(/^mailto:.+@northwind\.example$/),
      ]);
    }
    const rules = contracts.flatMap(allRules);
    expect(rules.filter((rule) => rule.type === 'sql' && rule.query).length).toBeGreaterThan(20);
    expect(rules.filter((rule) => rule.type === 'text').length).toBeGreaterThanOrEqual(5);
    for (const metric of ['nullValues', 'duplicateValues', 'invalidValues']) {
      expect(rules.some((rule) => rule.metric === metric)).toBe(true);
    }
    expect(rules.some((rule) => Array.isArray(rule.arguments?.validValues))).toBe(true);
    // Uniqueness is promised only for a table's single key column or a column marked unique.
    for (const object of contracts.flatMap((contract) => contract.schema!)) {
      const keys = object.properties!.filter((property) => property.primaryKey);
      for (const property of object.properties!) {
        const unique =
          property.unique === true || (keys.length === 1 && property.primaryKey === true);
        expect(
          property.quality?.some((rule) => rule.metric === 'duplicateValues') ?? false,
          `${object.name}.${property.name}`,
        ).toBe(unique);
      }
      const compositeCheck = object.quality!.some((rule) => rule.name === 'primary_key_unique');
      if (keys.length > 1 && object.physicalType === 'table')
        expect(compositeCheck, object.name).toBe(true);
    }
    expect(rules.some((rule) => rule.mustBeBetween)).toBe(true);
    const slaNames = contracts.flatMap((contract) =>
      contract.slaProperties!.map((entry) => entry.property),
    );
    expect(slaNames).toEqual(
      expect.arrayContaining(['timeOfAvailability', 'endOfSupport', 'endOfLife', 'availability']),
    );
    const personal = contracts
      .flatMap((contract) => contract.schema!.flatMap((object) => object.properties!))
      .filter(isPersonalData);
    for (const kind of ['email', 'name', 'phone', 'street', 'ip_address']) {
      expect(
        personal.some((property) => property.name!.toLowerCase().includes(kind)),
        kind,
      ).toBe(true);
    }
  });

  it('declares sample queries on most ports, in the dialect of their server and naming their own tables', () => {
    const withQueries = contracts.filter((contract) => sampleQueriesOf(contract).length > 0);
    expect(withQueries.length).toBeGreaterThanOrEqual(contracts.length * 0.7);
    for (const contract of withQueries) {
      const server = contract.servers![0]!;
      const tables = contract.schema!.map((object) => object.physicalName!);
      for (const query of sampleQueriesOf(contract)) {
        expect(query).toMatchObject({ name: expect.any(String), description: expect.any(String) });
        expect(
          tables.some((table) => query.query.includes(table)),
          `${contract.id}: ${query.query}`,
        ).toBe(true);
        if (server.type === 'bigquery')
          expect(query.query).toContain(`\`${server.project}.${server.dataset}.`);
        if (server.type === 's3') expect(query.query).toContain(`read_parquet('${server.location}`);
        if (server.type === 'snowflake') expect(query.query).toBe(query.query.toUpperCase());
        if (server.type === 'databricks')
          expect(query.query).toContain(`${server.catalog}.${server.schema}.`);
        if (server.type === 'postgres' || server.type === 'redshift')
          expect(query.query).toContain(`${server.schema}.`);
      }
    }
    const legacy = contracts.find((contract) => contract.id === 'legacy-crm-contacts.contacts')!;
    expect(sampleQueriesOf(legacy)[0]!.query).toContain('FROM legacy_crm_contacts."CrmContacts"');
    expect(
      contracts
        .filter((contract) => contract.servers![0]!.type === 'kafka')
        .every((contract) => sampleQueriesOf(contract).length === 0),
    ).toBe(true);
  });
});

describe('loadDocuments', () => {
  it('reports documents that are refused, and still loads the others', async () => {
    const target = createMemoryStore();
    const [first] = buildDemoMesh();
    const { imported, problems } = await loadDocuments(target, [
      first!,
      {
        kind: 'contract',
        text: 'apiVersion: v3.1.0\nkind: DataContract\nid: broken\nstatus: active\n',
      },
      {
        kind: 'contract',
        text: first!.text.replace(/^name: .*$/m, 'name: Another text under the same version'),
      },
    ]);
    expect(imported).toBe(1);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^contract #2 \(broken\): .*version/);
    expect(problems[1]).toMatch(/^contract #3 .*already has a version/);
  });
});
