/**
 * The real payloads of ../shared/fixtures, sent as pipelines send them, read back as a
 * stakeholder reads them: one product's service levels, the portfolio and its overview.
 *
 * One night at Jaffle Shop (2026-11-30, UTC), each payload posted at its own time:
 * - 03:05 dbt's build on Postgres (OpenLineage, Customer 360's part of it): its models write
 *   `stg_orders` (03:00:58) and `customers` (03:02:40); its tests pass but one on
 *   `customers.first_name`, which no rule of the contract asks for;
 * - 05:00 the `datacontract test --publish` run that ended at 04:58:19.877: order ids are not
 *   unique (failed), the row count is 48,213 (passed);
 * - 05:01 the OORS message observed at 06:00+01:00 (05:00 UTC): duplicates again (fail), and the
 *   row count check could not run (error, which is no failure);
 * - 06:05 dbt's failed run of the `orders` model (its FAIL at 06:00:06).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  productServiceLevelsSchema,
  serviceLevelOverviewSchema,
  serviceLevelPageSchema,
  type IngestionResult,
  type ProductServiceLevels,
} from '../../src/catalog/service-level-schemas';
import type { CatalogStore } from '../store/catalog-store';
import { createMemoryStore } from '../store/memory/memory-store';
import {
  createIngestionToken,
  filledEvents,
  fixture,
  json,
  loadFixtureCatalog,
  persona,
  readServiceLevels,
  withoutRawOutputs,
} from '../testing/fixture-catalog';
import { createCatalogApi } from './create-catalog-api';

let now = new Date('2026-11-30T03:05:00Z');
let store: CatalogStore;
let api: ReturnType<typeof createCatalogApi>;
let secret: string;

beforeEach(async () => {
  now = new Date('2026-11-30T03:05:00Z');
  store = createMemoryStore();
  await loadFixtureCatalog(store);
  api = createCatalogApi({ store, now: () => now, evaluationDelayMs: 0 });
  ({ secret } = await createIngestionToken(api, 'Customer 360'));
});

/** Posts `body` to `path` at `at`, as the pipeline's tool does, and expects it taken. */
async function send(at: string, path: string, body: unknown, headers: Record<string, string>) {
  now = new Date(at);
  const response = await api.request(path, json(body, headers));
  expect(response.status).toBe(200);
  return (await response.json()) as IngestionResult;
}

const bearer = () => ({ Authorization: `Bearer ${secret}` });

const dbtBuild = () =>
  send(
    '2026-11-30T03:05:00Z',
    '/api/v1/lineage/batch',
    withoutRawOutputs(filledEvents('openlineage/events/dbt-postgres-build.json')),
    bearer(),
  );
// datacontract-cli sends no header to other hosts than its vendor's: the token is in the URL.
const testRun = () =>
  send(
    '2026-11-30T05:00:00Z',
    `/api/test-results?token=${secret}`,
    fixture('observations/datacontract-cli-run.json'),
    {},
  );
const oorsMessage = () =>
  send(
    '2026-11-30T05:01:00Z',
    '/api/observations',
    fixture('observations/oors-results.json'),
    bearer(),
  );
const failedRun = () =>
  send(
    '2026-11-30T06:05:00Z',
    '/api/v1/lineage/batch',
    filledEvents(
      'openlineage/events/dbt-postgres-failed-run.json',
      Date.parse('2026-11-30T06:00:00Z'),
    ),
    bearer(),
  );

async function serviceLevelsAt(at: string): Promise<ProductServiceLevels> {
  now = new Date(at);
  return productServiceLevelsSchema.parse(await readServiceLevels(api));
}

const sloOf = (levels: ProductServiceLevels, sloId: string) => {
  const found = levels.ports[0]?.slos.find((slo) => slo.sloId === sloId);
  if (!found) throw new Error(`No SLO ${sloId}`);
  return found;
};

const unique = 'quality:orders_order_id_unique';
const rowCount = 'quality:orders_row_count';

describe('one night of real payloads on the service-level dashboards', () => {
  it('the dbt build keeps the port fresh and available, named by its dbt job; its failing test is no promise', async () => {
    const result = await dbtBuild();
    // Two updates (stg_orders, customers) and seven test assertions on the port's tables.
    expect(result).toMatchObject({ observations: 9, added: 9 });
    const levels = await serviceLevelsAt('2026-11-30T03:10:00Z');
    // `accepted_values` on customers.first_name failed, but the contract has no rule for it.
    expect(levels.status).toBe('met');
    const latency = sloOf(levels, 'latency');
    expect(latency).toMatchObject({ kind: 'freshness', status: 'met', current: 'good', bad: 0 });
    expect(latency.lastObservation).toEqual({
      observedAt: '2026-11-30T03:02:40.000Z',
      status: 'pass',
      source: 'openlineage',
      sourceName: 'dbt-test-namespace/model.jaffle_shop.customers',
      message: null,
    });
    // Fresh until a day after the last update.
    expect(latency.deadline).toBe('2026-12-01T03:02:40.000Z');
    // Two runs wrote the port and both succeeded: 2 / 2.
    expect(sloOf(levels, 'availability')).toMatchObject({
      status: 'met',
      good: 2,
      bad: 0,
      attainment: 1,
    });
    expect(sloOf(levels, unique).status).toBe('noData');
    expect(sloOf(levels, rowCount).status).toBe('noData');
    expect(levels.incidents).toEqual([]);
  });

  it('the datacontract-cli run fails the uniqueness rule, passes the row count, and opens an incident when it arrives', async () => {
    await dbtBuild();
    await testRun();
    const levels = await serviceLevelsAt('2026-11-30T05:00:30Z');
    expect(levels.status).toBe('breached');
    const cli = {
      observedAt: '2026-11-30T04:58:19.877Z',
      source: 'datacontract-cli',
      sourceName: 'datacontract-cli 1.0.1 · server production',
    };
    // field_unique, result "failed": 0 good, 1 bad; 1 − 1 / ((1 − 0.95) × 1) = −19.
    expect(sloOf(levels, unique)).toMatchObject({
      status: 'breached',
      current: 'bad',
      good: 0,
      bad: 1,
      attainment: 0,
      errorBudgetRemaining: -19,
      badSince: '2026-11-30T04:58:19.877Z',
      lastObservation: { ...cli, status: 'fail', message: 'Value(s) not unique: 3' },
    });
    // row_count, result "passed" (48,213 rows, more than 1,000): 1 / 1.
    expect(sloOf(levels, rowCount)).toMatchObject({
      status: 'met',
      good: 1,
      bad: 0,
      attainment: 1,
      lastObservation: { ...cli, status: 'pass' },
    });
    // Started when the failing check ran, detected when the run reached Meshport.
    expect(levels.incidents).toEqual([
      expect.objectContaining({
        origin: 'automatic',
        status: 'open',
        portName: 'orders',
        sloId: unique,
        title: 'Jaffle Shop · orders fails a quality rule: No duplicate rows',
        startedAt: '2026-11-30T04:58:19.877Z',
        detectedAt: '2026-11-30T05:00:00.000Z',
      }),
    ]);
  });

  it('the OORS message fails the uniqueness rule again, and its row count error is no failure', async () => {
    await dbtBuild();
    await testRun();
    const result = await oorsMessage();
    expect(result).toMatchObject({ observations: 3, added: 3 });
    const levels = await serviceLevelsAt('2026-11-30T05:01:30Z');
    const oors = {
      observedAt: '2026-11-30T05:00:00.000Z',
      source: 'oors',
      sourceName: 'orders-nightly-checks · inhouse-build · run 8813',
    };
    // "No duplicate orders" (uniqueness, duplicateValues must be 0) failed: the rule measuring
    // duplicate values on orders, 0 good and 2 bad; 1 − 2 / ((1 − 0.95) × 2) = −19.
    expect(sloOf(levels, unique)).toMatchObject({
      status: 'breached',
      good: 0,
      bad: 2,
      attainment: 0,
      errorBudgetRemaining: -19,
      lastObservation: { ...oors, status: 'fail', message: '3 duplicate order ids' },
    });
    // The row count check (completeness) could not run: its latest result is the error, and it
    // counts neither way, so the CLI's pass alone makes 1 / 1.
    expect(sloOf(levels, rowCount)).toMatchObject({
      status: 'met',
      current: 'good',
      good: 1,
      bad: 0,
      attainment: 1,
      errorBudgetRemaining: 1,
      lastObservation: { ...oors, status: 'error', message: 'warehouse timed out' },
    });
    // Still the one incident the CLI's failure opened.
    expect(levels.incidents.map((incident) => incident.detectedAt)).toEqual([
      '2026-11-30T05:00:00.000Z',
    ]);
  });

  it("a failed dbt run of the orders model breaches availability; at 08:00 the product's figures are the night's", async () => {
    await dbtBuild();
    await testRun();
    await oorsMessage();
    expect(await failedRun()).toMatchObject({ observations: 1, added: 1 });
    const levels = await serviceLevelsAt('2026-11-30T08:00:00Z');
    expect(levels.status).toBe('breached');
    expect(levels.ports[0]?.status).toBe('breached');
    const failure = {
      observedAt: '2026-11-30T06:00:06.000Z',
      status: 'fail',
      source: 'openlineage',
      sourceName: 'dbt-test-namespace/model.jaffle_shop.orders',
    };
    // Three runs wrote the port: stg_orders and customers succeeded, orders failed. 2 / 3, and
    // 1 − 1 / ((1 − 0.995) × 3) = 1 − 66.67 = −65.67 of the budget.
    const availability = sloOf(levels, 'availability');
    expect(availability).toMatchObject({
      status: 'breached',
      current: 'bad',
      good: 2,
      bad: 1,
      attainment: 0.666666667,
      badSince: failure.observedAt,
      lastObservation: failure,
    });
    expect(availability.errorBudgetRemaining).toBeCloseTo(-65.666667, 5);
    expect(availability.lastObservation?.message).toMatch(/^Database Error in model orders/);
    // The failed run updated nothing: fresh since 03:00:58, the first update, so 08:00:00 −
    // 03:00:58 = 4 h 59 min 2 s, 299 whole good minutes and none bad.
    expect(sloOf(levels, 'latency')).toMatchObject({
      status: 'met',
      good: 299,
      bad: 0,
      attainment: 1,
      lastObservation: failure,
    });
    expect(sloOf(levels, 'retention').status).toBe('declared');
    expect(levels.incidents).toHaveLength(1);
    // Detected 05:00:00 − 04:58:19.877 = 100.123 s = 1.668717 min after it began; open, so
    // bad until now: 08:00:00 − 04:58:19.877 = 10,900.123 s = 181.668717 min of downtime.
    expect(levels.metrics).toMatchObject({
      count: 1,
      opened: 1,
      resolved: 0,
      meanTimeToDetectMinutes: 1.668717,
      meanTimeToResolveMinutes: null,
      downtimeMinutes: 181.668717,
    });
  });

  it('the portfolio and its overview count one breached product, its open incident and the attainment of the night', async () => {
    await dbtBuild();
    await testRun();
    await oorsMessage();
    await failedRun();
    now = new Date('2026-11-30T08:00:00Z');
    const counts = { met: 0, atRisk: 0, breached: 1, noData: 1, declared: 0 };

    const page = serviceLevelPageSchema.parse(
      await (await api.request('/api/service-levels', { headers: persona('stakeholder') })).json(),
    );
    expect(page).toMatchObject({ total: 2, counts, openIncidents: 1 });
    // Worst first: Raw Shop has received nothing.
    expect(page.items.map((item) => [item.productId, item.status])).toEqual([
      ['jaffle-shop', 'breached'],
      ['raw-shop', 'noData'],
    ]);
    const jaffle = page.items[0];
    expect(jaffle?.slos.map((slo) => [slo.sloId, slo.status])).toEqual([
      ['latency', 'met'],
      ['availability', 'breached'],
      ['retention', 'declared'],
      [unique, 'breached'],
      [rowCount, 'met'],
    ]);
    expect(jaffle?.openIncidents).toBe(1);
    // The lowest budget is availability's, −65.67.
    expect(jaffle?.worstBudget).toBeCloseTo(-65.666667, 5);
    // Today's attainment is the mean of its SLOs' days, freshness, availability, uniqueness and
    // row count: (1 + 2/3 + 0 + 1) / 4 = 0.666666667; nothing before today.
    expect(jaffle?.attainmentSeries.at(-1)).toBe(0.666666667);
    expect(jaffle?.attainmentSeries.slice(0, -1).every((day) => day === null)).toBe(true);

    const overview = serviceLevelOverviewSchema.parse(
      await (
        await api.request('/api/service-levels/overview', { headers: persona('stakeholder') })
      ).json(),
    );
    expect(overview).toMatchObject({
      evaluatedAt: '2026-11-30T08:00:00.000Z',
      total: 2,
      counts,
      openIncidents: 1,
      // The incident of 04:58:19.877, detected at 05:00 and still open at 08:00.
      month: {
        count: 1,
        opened: 1,
        resolved: 0,
        meanTimeToDetectMinutes: 1.668717,
        meanTimeToResolveMinutes: null,
        downtimeMinutes: 181.668717,
      },
      previousMonth: { count: 0, opened: 0, resolved: 0, downtimeMinutes: 0 },
    });
    expect(
      overview.byTeam.map((team) => [team.name, team.counts.breached, team.counts.noData]),
    ).toEqual([
      ['Customer 360', 1, 0],
      ['Order Management', 0, 1],
    ]);
    // The week's attainment pools the rollups kept when Jaffle Shop was last evaluated, at
    // 06:05 when the failed run came in (the portfolio reads what was kept): fresh from
    // 03:00:58 to 06:05:00, 184 good minutes; availability 2 good, 1 bad; uniqueness 2 bad; row
    // count 1 good. (184 + 2 + 0 + 1) / (184 + 3 + 2 + 1) = 187 / 190 = 0.984211.
    expect(overview.weeks.at(-1)).toMatchObject({
      from: '2026-11-24T00:00:00.000Z',
      attainment: 0.984211,
      opened: 1,
      resolved: 0,
      downtimeMinutes: 181.668717,
    });
  });
});
