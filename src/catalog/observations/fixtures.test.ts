import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type {
  OdcsContract,
  OdcsQualityRule,
  OdcsSchemaObject,
  OdcsServer,
} from '../standards/odcs';
import type { Observation } from './observation';
import { buildPortDirectory, type DirectoryProduct } from './port-directory';
import { observeOpenLineage, parseOpenLineage } from './openlineage';
import { observeDatacontractRun, parseDatacontractRun } from './datacontract-run';
import { observeOors, parseOors } from './oors';

const fixtures = join(import.meta.dirname, '../../../../shared/fixtures');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(fixtures, path), 'utf8'));

/**
 * The dbt fixtures are expectations with test matchers in them; a real producer sends values.
 * Events of one job share a run id, parents point at their parent job's run, and times go up.
 */
function fillMatchers(events: unknown): unknown[] {
  const list = (Array.isArray(events) ? events : [events]) as Array<Record<string, unknown>>;
  const runIds = new Map<string, string>();
  const runOf = (job: string) => {
    if (!runIds.has(job))
      runIds.set(job, `00000000-0000-4000-8000-${String(runIds.size + 1).padStart(12, '0')}`);
    return runIds.get(job) ?? '';
  };
  const start = Date.parse('2026-11-30T04:00:00Z');
  return list.map((event, index) => {
    const job = (event.job as { name: string }).name;
    const parentJob =
      (event.run as { facets?: { parent?: { job?: { name?: string } } } } | undefined)?.facets
        ?.parent?.job?.name ?? 'parent';
    const text = JSON.stringify(event)
      .replace(
        /"\{\{ is_datetime\(result\) \}\}"/g,
        `"${new Date(start + index * 1000).toISOString()}"`,
      )
      .replace(/"parent":\{(.*?)"runId":"\{\{ any\(result\) \}\}"/g, (whole) =>
        whole.replace('"{{ any(result) }}"', `"${runOf(parentJob)}"`),
      )
      .replace(/"runId":"\{\{ any\(result\) \}\}"/g, `"runId":"${runOf(job)}"`)
      .replace(/"\{\{ any\(result\) \}\}"/g, '"1.0.0"');
    return JSON.parse(text) as unknown;
  });
}

const rule = (fields: OdcsQualityRule): OdcsQualityRule => ({ type: 'library', ...fields });

function contract(id: string, servers: OdcsServer[], schema: OdcsSchemaObject[]): OdcsContract {
  return {
    apiVersion: 'v3.1.0',
    kind: 'DataContract',
    id,
    version: '1.0.0',
    status: 'active',
    servers,
    schema,
  };
}

const jafflePostgres: OdcsServer = {
  server: 'production',
  type: 'postgres',
  host: 'postgres',
  port: 5432,
  database: 'postgres',
  schema: 'public',
};

const contracts = new Map<string, OdcsContract>([
  [
    'jaffle-staging',
    contract(
      'jaffle-staging',
      [jafflePostgres],
      [
        {
          name: 'stg_customers',
          properties: [
            {
              name: 'customer_id',
              quality: [
                rule({
                  id: 'stg_customers_id_not_null',
                  metric: 'nullValues',
                  mustBe: 0,
                  dimension: 'completeness',
                }),
                rule({
                  id: 'stg_customers_id_unique',
                  metric: 'duplicateValues',
                  mustBe: 0,
                  dimension: 'uniqueness',
                }),
              ],
            },
          ],
        },
        {
          name: 'stg_orders',
          properties: [
            {
              name: 'order_id',
              quality: [rule({ id: 'stg_orders_id_unique', metric: 'duplicateValues', mustBe: 0 })],
            },
            {
              name: 'status',
              quality: [
                rule({ id: 'stg_orders_status_valid', metric: 'invalidValues', mustBe: 0 }),
              ],
            },
          ],
        },
        { name: 'stg_payments' },
      ],
    ),
  ],
  [
    'jaffle-customers',
    contract(
      'jaffle-customers',
      [jafflePostgres],
      [
        {
          name: 'customers',
          properties: [
            { name: 'customer_id' },
            {
              name: 'first_name',
              quality: [
                rule({
                  id: 'first_names_known',
                  metric: 'invalidValues',
                  mustBe: 0,
                  dimension: 'conformity',
                }),
              ],
            },
          ],
        },
        { name: 'orders' },
      ],
    ),
  ],
  [
    'first-model',
    contract(
      'first-model',
      [
        {
          server: 'production',
          type: 'bigquery',
          project: 'random-gcp-project',
          dataset: 'dbt_test1',
        },
      ],
      [
        {
          name: 'test_first_dbt_model',
          properties: [
            {
              name: 'id',
              quality: [
                rule({
                  name: 'id is unique',
                  metric: 'duplicateValues',
                  mustBe: 0,
                  dimension: 'uniqueness',
                }),
              ],
            },
          ],
        },
        { name: 'test_second_parallel_dbt_model' },
      ],
    ),
  ],
  [
    'second-model',
    contract(
      'second-model',
      [
        {
          server: 'production',
          type: 'bigquery',
          project: 'random-gcp-project',
          dataset: 'dbt_test1',
        },
      ],
      [{ name: 'test_second_dbt_model' }],
    ),
  ],
  [
    'snowflake-orders',
    contract(
      'snowflake-orders',
      [
        {
          server: 'production',
          type: 'snowflake',
          account: 'mysnowflakeaccount.us-east-1',
          database: 'REPORTING',
          schema: 'TEST_GENERAL',
        },
      ],
      [{ name: 'orders', physicalName: 'ORDERS' }],
    ),
  ],
  [
    'snowflake-staging',
    contract(
      'snowflake-staging',
      [
        {
          server: 'production',
          type: 'snowflake',
          account: 'mysnowflakeaccount.us-east-1',
          database: 'REPORTING',
          schema: 'TEST_GENERAL',
        },
      ],
      [{ name: 'stg_orders' }, { name: 'stg_payments' }],
    ),
  ],
  [
    'orders-contract-001',
    contract(
      'orders-contract-001',
      [{ ...jafflePostgres, host: 'orders-db' }],
      [
        {
          name: 'orders',
          quality: [
            rule({
              id: 'orders_row_count',
              metric: 'rowCount',
              mustBeGreaterThan: 1000,
              dimension: 'completeness',
            }),
            rule({
              id: 'orders_no_duplicates',
              type: 'sql',
              query: 'select 1',
              mustBe: 0,
              dimension: 'uniqueness',
            }),
          ],
          properties: [
            {
              name: 'order_id',
              quality: [
                rule({
                  id: 'orders_order_id_unique',
                  metric: 'duplicateValues',
                  mustBe: 0,
                  dimension: 'uniqueness',
                }),
              ],
            },
            { name: 'order_timestamp' },
          ],
        },
      ],
    ),
  ],
]);

const product = (
  productId: string,
  name: string,
  contractIds: string[],
  inputs: string[] = [],
): DirectoryProduct => ({
  productId,
  name,
  team: `${productId}-team`,
  outputPorts: contractIds.map((contractId, index) => ({ name: `port-${index + 1}`, contractId })),
  inputContractIds: inputs,
});

const directory = buildPortDirectory(
  [
    product('staging', 'Jaffle Staging', ['jaffle-staging']),
    product('customers', 'Jaffle Customers', ['jaffle-customers'], ['jaffle-staging']),
    product('first', 'First Model', ['first-model']),
    product('second', 'Second Model', ['second-model']),
    product('sf-orders', 'Snowflake Orders', ['snowflake-orders']),
    product('sf-staging', 'Snowflake Staging', ['snowflake-staging']),
    product('orders', 'Orders', ['orders-contract-001']),
  ],
  contracts,
);

function observeFixture(file: string, known = new Map()) {
  const parsed = parseOpenLineage(fillMatchers(readJson(`openlineage/events/${file}`)), {
    batch: true,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return observeOpenLineage(parsed.events, directory, known, contracts);
}

const brief = (o: Observation) =>
  `${o.kind} ${o.status} ${o.productId}/${o.portName} ${o.checkName ?? ''} rule=${o.ruleId ?? '-'}`.trim();

describe('OpenLineage fixtures', () => {
  it('every event file passes the checks once its matchers are filled in', () => {
    for (const file of [
      'dbt-build.json',
      'dbt-fail.json',
      'dbt-postgres-build.json',
      'dbt-postgres-failed-run.json',
      'dbt-snowflake-run.json',
    ]) {
      const parsed = parseOpenLineage(fillMatchers(readJson(`openlineage/events/${file}`)), {
        batch: true,
      });
      expect(parsed.ok, file).toBe(true);
    }
    const single = parseOpenLineage(readJson('openlineage/events/example-full-event.json'), {
      batch: false,
    });
    expect(single.ok).toBe(true);
  });

  it('dbt build on BigQuery: an update, the assertions as checks with their rule, a snapshot that matches nothing', () => {
    const { observations, unmatched, reads } = observeFixture('dbt-build.json');
    expect(observations.map(brief)).toEqual([
      'update pass first/port-1  rule=-',
      'check pass first/port-1 expect_column_median_to_be_between (id) rule=-',
      'check pass first/port-1 expect_column_quantile_values_to_be_between (id) rule=-',
      'check pass first/port-1 unique (id) rule=id is unique',
    ]);
    expect(observations[3]?.dimension).toBe('uniqueness');
    expect(observations[0]?.sourceName).toBe(
      'job-namespace/random-gcp-project.dbt_test1.dbt_bigquery_test.test_first_dbt_model.build.run',
    );
    expect(unmatched).toEqual([
      expect.objectContaining({
        reference: 'bigquery / random-gcp-project.dbt_test1.orders_snapshot',
        reason:
          'Namespace bigquery is known (ports of First Model, Second Model), but no table named random-gcp-project.dbt_test1.orders_snapshot',
      }),
    ]);
    expect(reads).toEqual([]);
  });

  it('dbt failure naming no outputs fails the port its start named; a read of another product is seen', () => {
    const { observations, reads, runPorts } = observeFixture('dbt-fail.json');
    expect(observations.map(brief)).toEqual([
      'update pass first/port-1  rule=-',
      'update pass second/port-1  rule=-',
      'update fail first/port-1  rule=-',
    ]);
    expect(observations[2]?.message).toBe('The run failed');
    expect(reads).toEqual([
      expect.objectContaining({
        readerProductId: 'second',
        source: { productId: 'first', portName: 'port-1', contractId: 'first-model' },
        dataset: {
          namespace: 'bigquery',
          name: 'random-gcp-project.dbt_test1.test_first_dbt_model',
        },
      }),
    ]);
    expect([...runPorts.values()]).toContainEqual([{ productId: 'first', portName: 'port-1' }]);
  });

  it('a FAIL alone fails the ports remembered from its earlier START', () => {
    const events = fillMatchers(readJson('openlineage/events/dbt-fail.json'));
    const fail = events[events.length - 1] as { run: { runId: string } };
    const parsed = parseOpenLineage(fail, { batch: false });
    if (!parsed.ok) throw new Error('invalid');
    const known = new Map([[fail.run.runId, [{ productId: 'first', portName: 'port-1' }]]]);
    const { observations } = observeOpenLineage(parsed.events, directory, known, contracts);
    expect(observations.map(brief)).toEqual(['update fail first/port-1  rule=-']);
    expect(observations[0]?.key).toBe(`ol:${fail.run.runId}:FAIL:port@first/port-1`);
  });

  it('dbt build on Postgres: updates, test assertions matched to column rules, undeclared reads, misses explained', () => {
    const { observations, unmatched, reads } = observeFixture('dbt-postgres-build.json');
    const updates = observations.filter((o) => o.kind === 'update').map(brief);
    expect(updates).toEqual([
      'update pass staging/port-1  rule=-',
      'update pass staging/port-1  rule=-',
      'update pass staging/port-1  rule=-',
      'update pass customers/port-1  rule=-',
    ]);
    const checks = observations.filter((o) => o.kind === 'check').map(brief);
    expect(checks).toContain(
      'check pass staging/port-1 not_null (customer_id) rule=stg_customers_id_not_null',
    );
    expect(checks).toContain(
      'check pass staging/port-1 unique (customer_id) rule=stg_customers_id_unique',
    );
    expect(checks).toContain(
      'check pass staging/port-1 accepted_values (status) rule=stg_orders_status_valid',
    );
    expect(checks).toContain(
      'check fail customers/port-1 accepted_values (first_name) rule=first_names_known',
    );
    expect(checks).toContain('check pass customers/port-1 not_null (customer_id) rule=-');
    // Reads declared or not, the caller compares; Customers reads all three staging tables.
    expect(
      reads.map((r) => `${r.readerProductId}<-${r.source.productId} ${r.dataset.name}`),
    ).toEqual([
      'customers<-staging postgres.public.stg_customers',
      'customers<-staging postgres.public.stg_orders',
      'customers<-staging postgres.public.stg_payments',
    ]);
    const references = unmatched.map((u) => u.reference);
    expect(references).toContain('postgres://postgres:5432 / postgres.public.raw_customers');
    expect(references).toContain('postgres://postgres:5432 / postgres.snapshots.orders_snapshot');
    expect(unmatched.find((u) => u.reference.endsWith('postgres.public.raw_orders'))?.reason).toBe(
      'Namespace postgres://postgres:5432 is known (ports of Jaffle Customers, Jaffle Staging), but no table named postgres.public.raw_orders; closest: postgres.public.stg_orders, postgres.public.orders, postgres.public.customers',
    );
    // A test's audit table is no port and no miss: the test's verdict is its check.
    expect(unmatched.some((u) => u.reference.includes('dbt_test__audit'))).toBe(false);
    expect(unmatched).toHaveLength(4);
    expect(observations.find((o) => o.status === 'fail')?.message).toBe(
      'Got 78 results, configured to fail if != 0',
    );
    expect(observations.every((o) => o.observedAt.startsWith('2024-12-17T'))).toBe(true);
  });

  it('a failed model run is a failed update with the error message', () => {
    const { observations } = observeFixture('dbt-postgres-failed-run.json');
    expect(observations.map(brief)).toEqual(['update fail customers/port-1  rule=-']);
    expect(observations[0]?.message).toMatch(/./);
  });

  it('dbt on Snowflake: the account locator matches however the contract spells it', () => {
    const { observations, reads, unmatched } = observeFixture('dbt-snowflake-run.json');
    expect(observations.map(brief)).toEqual(['update pass sf-orders/port-1  rule=-']);
    expect(reads.map((r) => r.source.productId)).toEqual(['sf-staging', 'sf-staging']);
    expect(unmatched).toEqual([]);
  });

  it('the full example event matches nothing, and says so for the output and the assertions', () => {
    const parsed = parseOpenLineage(readJson('openlineage/events/example-full-event.json'), {
      batch: false,
    });
    if (!parsed.ok) throw new Error('invalid');
    const { observations, unmatched } = observeOpenLineage(
      parsed.events,
      directory,
      new Map(),
      contracts,
    );
    expect(observations).toEqual([]);
    expect(unmatched.map((u) => u.reason)).toEqual([
      "No port's contract has a server in namespace my-datasource-namespace, and none of kind my-datasource-namespace: add a server of this kind to the contract of the port that my-datasource-namespace / instance.schema.table belongs to",
      expect.stringContaining('(2 assertions not recorded)'),
    ]);
    expect(unmatched[0]?.observedAt).toBe('2020-12-28T19:51:01.641Z');
  });

  it('the same events twice give the same keys', () => {
    const first = observeFixture('dbt-postgres-build.json').observations.map((o) => o.key);
    const second = observeFixture('dbt-postgres-build.json').observations.map((o) => o.key);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });
});

describe('observation fixtures', () => {
  it('datacontract-cli run: checks with their rules, schema and service level dimensions', () => {
    const parsed = parseDatacontractRun(readJson('observations/datacontract-cli-run.json'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const { observations, unmatched } = observeDatacontractRun(parsed.run, directory, contracts);
    expect(unmatched).toEqual([]);
    expect(observations.map((o) => [o.status, o.ruleId, o.dimension, o.value])).toEqual([
      ['pass', null, 'conformity', null],
      ['fail', 'orders_order_id_unique', 'uniqueness', 3],
      ['pass', 'orders_row_count', 'completeness', 48213],
      ['warn', null, 'timeliness', null],
    ]);
    expect(observations[1]).toMatchObject({
      key: 'dcc:5b0d0d4e-3c0f-4a51-9d43-8f1f0b6a2c11:c1a6f0d2-6f3e-4a83-8f1e-2c7f5d1d0a02@orders/port-1',
      observedAt: '2026-11-30T04:58:19.877Z',
      sourceName: 'datacontract-cli 1.0.1 · server production',
      message: 'Value(s) not unique: 3',
      checkName: 'Check that field order_id is unique',
      contractId: 'orders-contract-001',
    });
  });

  it('OORS message: statuses as sent, rules by target and dimension, UTC time', () => {
    const parsed = parseOors(readJson('observations/oors-results.json'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const { observations } = observeOors(parsed.message, directory, contracts);
    expect(observations.map((o) => [o.status, o.ruleId, o.dimension])).toEqual([
      ['fail', 'orders_no_duplicates', 'uniqueness'],
      ['pass', null, 'timeliness'],
      ['error', 'orders_row_count', 'completeness'],
    ]);
    expect(observations[0]).toMatchObject({
      key: 'oors:0f4f1c2e-8d5b-4d8a-9b7e-1a2b3c4d5e6f:orders-duplicates@orders/port-1',
      observedAt: '2026-11-30T05:00:00.000Z',
      sourceName: 'orders-nightly-checks · inhouse-build · run 8813',
      runId: '8813',
      message: '3 duplicate order ids',
    });
    expect(observations[1]?.message).toBe('Measured 1260; must be at most 3,600 seconds');
  });
});
