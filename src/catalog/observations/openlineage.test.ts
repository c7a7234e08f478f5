import { describe, expect, it } from 'vitest';
import type { OdcsContract } from '../standards/odcs';
import { buildPortDirectory } from './port-directory';
import { observeOpenLineage, parseOpenLineage } from './openlineage';

const strange: unknown[] = [
  null,
  undefined,
  0,
  'x',
  true,
  [],
  {},
  [null],
  { run: [] },
  { eventTime: {} },
];

const event = (overrides: Record<string, unknown> = {}) => ({
  eventTime: '2026-11-30T06:00:00.250+01:00',
  eventType: 'COMPLETE',
  producer: 'https://example.test/producer',
  run: { runId: 'run-1', facets: {} },
  job: { namespace: 'airflow', name: 'orders_etl.load' },
  inputs: [],
  outputs: [{ namespace: 'postgres://db', name: 'shop.public.orders' }],
  ...overrides,
});

const contract: OdcsContract = {
  apiVersion: 'v3.1.0',
  kind: 'DataContract',
  id: 'orders',
  version: '1.0.0',
  status: 'active',
  servers: [
    {
      server: 'prod',
      type: 'postgres',
      host: 'db',
      port: 5432,
      database: 'shop',
      schema: 'public',
    },
  ],
  schema: [
    {
      name: 'orders',
      quality: [{ id: 'enough_rows', metric: 'rowCount', mustBeGreaterThan: 100 }],
      properties: [
        {
          name: 'email',
          quality: [
            {
              id: 'few_null_emails',
              metric: 'nullValues',
              mustBeLessOrEqualTo: 1,
              unit: 'percent',
            },
          ],
        },
        { name: 'id', quality: [{ id: 'ids_unique', metric: 'duplicateValues', mustBe: 0 }] },
      ],
    },
  ],
};
const contracts = new Map([['orders', contract]]);
const directory = buildPortDirectory(
  [
    {
      productId: 'p',
      name: 'Orders',
      team: 't',
      outputPorts: [{ name: 'main', contractId: 'orders' }],
      inputContractIds: [],
    },
  ],
  contracts,
);

function observe(events: unknown, batch = true) {
  const parsed = parseOpenLineage(events, { batch });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return observeOpenLineage(parsed.events, directory, new Map(), contracts);
}

describe('parseOpenLineage', () => {
  it('never throws, and names what is wrong, for any JSON value', () => {
    for (const body of strange) {
      for (const batch of [true, false]) {
        const parsed = parseOpenLineage(body, { batch });
        if (!parsed.ok) expect(parsed.problems.length).toBeGreaterThan(0);
      }
    }
    expect(parseOpenLineage(null, { batch: false })).toEqual({
      ok: false,
      problems: [{ path: '(body)', message: 'must be an object (an OpenLineage event)' }],
    });
  });

  it('names each problem by its place in the batch', () => {
    const parsed = parseOpenLineage(
      [
        event(),
        event({
          eventTime: 'yesterday',
          eventType: 'DONE',
          run: { runId: 7 },
          job: { namespace: 'a' },
        }),
        event({ outputs: [{ namespace: 'bigquery' }, 'x'], inputs: {} }),
      ],
      { batch: true },
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      '[1].eventTime: must be an ISO 8601 date-time such as 2026-11-30T04:58:19Z, not "yesterday"',
      '[1].eventType: must be one of START, RUNNING, COMPLETE, ABORT, FAIL, OTHER',
      '[1].run.runId: must be a string, not a number',
      '[1].job.name: is required',
      '[2].inputs: must be an array, not an object',
      '[2].outputs[0].name: is required',
      '[2].outputs[1]: must be an object with namespace and name',
    ]);
  });

  it('checks the facets it reads', () => {
    const parsed = parseOpenLineage(
      event({
        run: { runId: 'r', facets: { test: { tests: [{ name: 'x', status: 'maybe' }] }, bad: 3 } },
        outputs: [
          {
            namespace: 'n',
            name: 'm',
            outputFacets: { dataQualityAssertions: { assertions: [{ assertion: 'unique' }] } },
          },
        ],
      }),
      { batch: false },
    );
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.path)).toEqual([
      'run.facets.bad',
      'run.facets.test.tests[0].status',
      'outputs[0].outputFacets.dataQualityAssertions.assertions[0].success',
    ]);
  });

  it('refuses a batch over 1,000 events, saying so', () => {
    const parsed = parseOpenLineage(
      Array.from({ length: 1001 }, () => event()),
      { batch: true },
    );
    expect(parsed.ok ? '' : parsed.problems[0]?.message).toMatch(
      /at most 1,000 events; this one has 1,001/,
    );
  });

  it('refuses huge strings and arrays where one event is expected', () => {
    const huge = parseOpenLineage(event({ run: { runId: 'x'.repeat(1_000_000) } }), {
      batch: false,
    });
    expect(huge.ok ? '' : huge.problems[0]?.path).toBe('run.runId');
    const array = parseOpenLineage([event()], { batch: false });
    expect(array.ok ? '' : array.problems[0]?.message).toMatch(/batch endpoint/);
  });

  it('accepts dataset and job events, which observe nothing', () => {
    const parsed = parseOpenLineage(
      [
        {
          eventTime: '2026-11-30T04:00:00Z',
          dataset: { namespace: 'postgres://db', name: 'shop.public.orders' },
        },
        { eventTime: '2026-11-30T04:00:00Z', job: { namespace: 'a', name: 'b' }, outputs: [] },
      ],
      { batch: true },
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(observeOpenLineage(parsed.events, directory, new Map(), contracts).observations).toEqual(
      [],
    );
  });

  it('cuts long problems short and counts the rest', () => {
    const parsed = parseOpenLineage(
      Array.from({ length: 80 }, () => 1),
      { batch: true },
    );
    expect(parsed.ok ? [] : parsed.problems.slice(-1)).toEqual([
      { path: '(body)', message: 'and 30 more problems' },
    ]);
  });
});

describe('observeOpenLineage', () => {
  it('a COMPLETE is a passed update of the port, keyed by run and type, at UTC time', () => {
    const [update] = observe([event()]).observations;
    expect(update).toMatchObject({
      kind: 'update',
      status: 'pass',
      observedAt: '2026-11-30T05:00:00.250Z',
      sourceName: 'airflow/orders_etl.load',
      key: 'ol:run-1:COMPLETE:port@p/main',
      contractId: 'orders',
    });
  });

  it('an ABORT with an error message fails the port it names, the message cut to 500', () => {
    const [update] = observe([
      event({
        eventType: 'ABORT',
        run: {
          runId: 'r',
          facets: { errorMessage: { message: 'x'.repeat(900), programmingLanguage: 'py' } },
        },
      }),
    ]).observations;
    expect(update?.status).toBe('fail');
    expect(update?.message).toHaveLength(500);
  });

  it('START outputs are remembered for the caller, not observed', () => {
    const result = observe([event({ eventType: 'START' })]);
    expect(result.observations).toEqual([]);
    expect([...result.runPorts]).toEqual([['run-1', [{ productId: 'p', portName: 'main' }]]]);
  });

  it('judges measured metrics against the rules that ask for them, and only those', () => {
    const { observations } = observe([
      event({
        outputs: [
          {
            namespace: 'postgres://db:5432',
            name: 'shop.public.orders',
            facets: {
              dataQualityMetrics: {
                rowCount: 50,
                columnMetrics: {
                  email: { nullCount: 1 },
                  id: { distinctCount: 50, nullCount: 0 },
                  other: { nullCount: 9 },
                },
              },
            },
          },
        ],
      }),
    ]);
    expect(
      observations.filter((o) => o.kind === 'check').map((o) => [o.ruleId, o.status, o.value]),
    ).toEqual([
      ['enough_rows', 'fail', 50],
      ['few_null_emails', 'fail', 2],
      ['ids_unique', 'pass', 0],
    ]);
    expect(observations[1]?.message).toBe('Measured 50; must be greater than 100');
  });

  it('reads test run facets into checks of the ports the run writes', () => {
    const { observations } = observe([
      event({
        run: {
          runId: 'r',
          facets: {
            test: {
              tests: [
                { name: 'ids_unique', status: 'fail', severity: 'error', actual: '3' },
                { name: 'soft', status: 'fail', severity: 'warn' },
                { name: 'later', status: 'skip' },
              ],
            },
          },
        },
      }),
    ]);
    expect(
      observations
        .filter((o) => o.kind === 'check')
        .map((o) => [o.checkName, o.status, o.ruleId, o.value]),
    ).toEqual([
      ['ids_unique', 'fail', 'ids_unique', 3],
      ['soft', 'warn', null, null],
      ['later', 'skip', null, null],
    ]);
  });

  it('assertions match rules by name at object level, and by kind on their column', () => {
    const { observations } = observe([
      event({
        outputs: [],
        inputs: [
          {
            namespace: 'postgres://DB:5432',
            name: 'SHOP.PUBLIC.ORDERS',
            inputFacets: {
              dataQualityAssertions: {
                assertions: [
                  { assertion: 'row_count', name: 'enough_rows', success: true },
                  { assertion: 'not_null', column: 'EMAIL', success: false },
                  { assertion: 'custom_sql', success: true },
                ],
              },
            },
          },
        ],
      }),
    ]);
    expect(observations.map((o) => [o.ruleId, o.status])).toEqual([
      ['enough_rows', 'pass'],
      ['few_null_emails', 'fail'],
      [null, 'pass'],
    ]);
  });
});

describe('streaming jobs', () => {
  it('count each RUNNING event of a STREAMING job that names its outputs as an update, and batch RUNNING events not', () => {
    const contract: OdcsContract = {
      apiVersion: 'v3.1.0',
      kind: 'DataContract',
      id: 'stock.levels',
      version: '1.0.0',
      status: 'active',
      servers: [{ server: 'production', type: 'kafka', host: 'kafka.example:9093' }],
      schema: [{ name: 'levels', physicalName: 'stock.levels.v1' }],
    };
    const directory = buildPortDirectory(
      [
        {
          productId: 'stock',
          name: 'Stock',
          team: 'Inventory',
          outputPorts: [{ name: 'levels', contractId: 'stock.levels' }],
          inputContractIds: [],
        },
      ],
      new Map([['stock.levels', contract]]),
    );
    const running = (processingType: string, eventTime: string) => ({
      eventType: 'RUNNING',
      eventTime,
      producer: 'urn:test',
      schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/definitions/RunEvent',
      run: { runId: '0190f4a2-7c1e-7000-8000-000000000001' },
      job: {
        namespace: 'flink',
        name: 'stock-levels',
        facets: { jobType: { processingType, integration: 'FLINK', jobType: 'JOB' } },
      },
      inputs: [],
      outputs: [{ namespace: 'kafka://kafka.example:9093', name: 'stock.levels.v1' }],
    });
    const parsed = parseOpenLineage(
      [
        running('STREAMING', '2026-11-30T10:00:00Z'),
        running('STREAMING', '2026-11-30T11:00:00Z'),
        running('BATCH', '2026-11-30T12:00:00Z'),
      ],
      { batch: true },
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const { observations } = observeOpenLineage(
      parsed.events,
      directory,
      new Map(),
      new Map([['stock.levels', contract]]),
    );
    expect(observations.map((o) => [o.kind, o.status, o.observedAt])).toEqual([
      ['update', 'pass', '2026-11-30T10:00:00.000Z'],
      ['update', 'pass', '2026-11-30T11:00:00.000Z'],
    ]);
    expect(new Set(observations.map((o) => o.key)).size).toBe(2);
  });
});
