/**
 * The catalog the real payloads of ../shared/fixtures are matched to, and sending them as
 * pipelines do. Jaffle Shop (Customer 360) provides `orders-contract-001`, the contract the
 * datacontract-cli run and the OORS message test, over the Postgres tables of OpenLineage's dbt
 * events (`orders`, `stg_orders`, `customers`); Raw Shop (Order Management) owns the raw tables
 * the dbt seeds write, which Jaffle Shop's models read without declaring them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { ProductServiceLevels } from '../../src/catalog/service-level-schemas';
import { seedPrincipal } from '../auth/system-principal';
import type { createCatalogApi } from '../api/create-catalog-api';
import { importDocument } from '../api/import-document';
import type { CatalogStore } from '../store/catalog-store';

type CatalogApi = ReturnType<typeof createCatalogApi>;

const fixtures = join(import.meta.dirname, '../../../shared/fixtures');

/** A JSON fixture, parsed: `observations/oors-results.json`. */
export const fixture = (path: string): unknown =>
  JSON.parse(readFileSync(join(fixtures, path), 'utf8'));

/**
 * OpenLineage's dbt events with the tests' matchers filled in: one run id per job, and every
 * event's time a second after the one before it from `start` (some events carry their real
 * times from 2024, past the retention).
 */
export function filledEvents(
  path: string,
  start = Date.parse('2026-11-30T03:00:00Z'),
): Record<string, unknown>[] {
  const runIds = new Map<string, string>();
  let tick = 0;
  const text = readFileSync(join(fixtures, path), 'utf8');
  const events = JSON.parse(text) as Record<string, unknown>[];
  const fill = (value: unknown, job: string): unknown => {
    if (typeof value === 'string') {
      if (value.includes('is_datetime')) return new Date(start + (tick += 1) * 1000).toISOString();
      if (value.includes('any(')) {
        if (!runIds.has(job)) runIds.set(job, crypto.randomUUID());
        return runIds.get(job);
      }
      return value;
    }
    if (Array.isArray(value)) return value.map((item) => fill(item, job));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fill(item, job)]));
    }
    return value;
  };
  return events.map((event, index) => {
    const job = (event.job as { name: string }).name;
    const eventTime = new Date(start + index * 1000).toISOString();
    return { ...(fill(event, job) as Record<string, unknown>), eventTime };
  });
}

/**
 * The events that touch Jaffle Shop's tables and not Raw Shop's outputs: what a token of
 * Customer 360 may report (its seeds write `raw_orders`, which is Order Management's).
 */
export const withoutRawOutputs = (events: Record<string, unknown>[]) =>
  events.filter((event) =>
    ((event.outputs as { name: string }[] | undefined) ?? []).every(
      (output) => !output.name.includes('.raw_'),
    ),
  );

export const persona = (name: string) => ({ 'X-Meshport-Persona': name });

/** A POST of `body` as JSON. */
export const json = (body: unknown, headers: Record<string, string>) => ({
  method: 'POST',
  body: JSON.stringify(body),
  headers: { 'Content-Type': 'application/json', ...headers },
});

const contract = (id: string, tables: string[], quality: unknown[] = []) => ({
  apiVersion: 'v3.1.0',
  kind: 'DataContract',
  id,
  version: '2.0.0',
  status: 'active',
  team: { name: 'Customer 360' },
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
  schema: tables.map((name, index) => ({
    name,
    physicalName: name,
    ...(index === 0 ? { quality } : {}),
    properties: [
      { name: 'order_id', logicalType: 'string', quality: [] },
      { name: 'order_timestamp', logicalType: 'timestamp' },
    ],
  })),
  slaProperties: [
    { property: 'latency', value: 1, unit: 'd' },
    { property: 'availability', value: 99.5, unit: '%' },
    { property: 'retention', value: 3, unit: 'y' },
  ],
});

const product = (id: string, team: string, outputs: [string, string][]) => ({
  apiVersion: 'v1.0.0',
  kind: 'DataProduct',
  id,
  name: id
    .split('-')
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join(' '),
  version: '1.0.0',
  status: 'active',
  domain: 'sales',
  team: { name: team },
  outputPorts: outputs.map(([name, contractId]) => ({ name, version: '2.0.0', contractId })),
});

/**
 * Imports the two products and their contracts. `orders-contract-001` promises a latency of a
 * day and 99.5 % availability (and a retention, which cannot be measured), and has two quality
 * rules on `orders`: `orders_order_id_unique` (no duplicate values) and `orders_row_count`
 * (more than 1,000 rows).
 */
export async function loadFixtureCatalog(store: CatalogStore): Promise<void> {
  const load = async (kind: 'product' | 'contract', document: Record<string, unknown>) => {
    const outcome = await importDocument(store, kind, stringify(document), seedPrincipal);
    if ('message' in outcome.body) throw new Error(JSON.stringify(outcome.body));
  };
  await load(
    'contract',
    contract(
      'orders-contract-001',
      ['orders', 'stg_orders', 'customers'],
      [
        { id: 'orders_order_id_unique', type: 'library', metric: 'duplicateValues', mustBe: 0 },
        { id: 'orders_row_count', type: 'library', metric: 'rowCount', mustBeGreaterThan: 1000 },
      ],
    ),
  );
  await load('contract', {
    ...contract('raw-contract', ['raw_orders', 'raw_customers', 'raw_payments']),
    team: { name: 'Order Management' },
  });
  await load(
    'product',
    product('jaffle-shop', 'Customer 360', [['orders', 'orders-contract-001']]),
  );
  await load('product', product('raw-shop', 'Order Management', [['raw', 'raw-contract']]));
}

/** An ingestion token of `team`, created by the persona `who`. */
export async function createIngestionToken(
  api: CatalogApi,
  team: string,
  who = 'owner',
): Promise<{ secret: string; token: { id: string } }> {
  const response = await api.request(
    '/api/ingestion-tokens',
    json({ team, name: 'dbt' }, persona(who)),
  );
  if (response.status !== 201) {
    throw new Error(`The token was not created (${response.status}): ${await response.text()}`);
  }
  return (await response.json()) as { secret: string; token: { id: string } };
}

/** A product's service levels as the stakeholder reads them. */
export async function readServiceLevels(
  api: CatalogApi,
  id = 'jaffle-shop',
): Promise<ProductServiceLevels> {
  const response = await api.request(`/api/data-products/${id}/service-levels`, {
    headers: persona('stakeholder'),
  });
  return (await response.json()) as ProductServiceLevels;
}
