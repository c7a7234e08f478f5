/** The behaviour every observation, incident and ingestion token store must have. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Observation, ObservedRead } from '../../src/catalog/observations/observation';
import type {
  NewIncident,
  ServiceLevelSummary,
  SloKind,
  SloStatus,
} from '../../src/catalog/service-levels/service-level-types';
import type { CatalogStore } from './catalog-store';
import type {
  IncidentFigures,
  IncidentStore,
  IngestionTokenStore,
  ObservationStore,
  ServiceLevelFilter,
  ServiceLevelOverview,
  ServiceLevelQuery,
} from './observation-store';

const alex = { id: 'alex', name: 'Alex' };
const base = Date.UTC(2026, 10, 21, 10);
/** An ISO time `minutes` after the tests' start, as every store gives it back. */
const at = (minutes: number) => new Date(base + minutes * 60_000).toISOString();

const orders = { productId: 'orders', portName: 'lines' };

function observation(key: string, minutes: number, fields: Partial<Observation> = {}): Observation {
  return {
    ...orders,
    key,
    contractId: 'orders.lines',
    kind: 'update',
    status: 'pass',
    observedAt: at(minutes),
    source: 'openlineage',
    sourceName: 'airflow/load_orders',
    runId: `run-${key}`,
    ruleId: null,
    checkName: null,
    dimension: null,
    message: null,
    value: null,
    ...fields,
  };
}

export function summary(
  productId: string,
  fields: Partial<ServiceLevelSummary> = {},
): ServiceLevelSummary {
  return {
    productId,
    name: productId,
    domain: 'sales',
    team: 'Order Management',
    status: 'met',
    counts: { met: 1, atRisk: 0, breached: 0, noData: 0, declared: 0 },
    slos: [
      {
        portName: 'lines',
        sloId: 'latency',
        kind: 'freshness',
        label: 'Freshness',
        status: 'met',
        errorBudgetRemaining: 0.5,
      },
    ],
    worstBudget: 0.5,
    attainmentSeries: [1, null, 0.98],
    openIncidents: 0,
    deadline: null,
    evaluatedAt: at(0),
    ...fields,
  };
}

/** One SLO of a summary, by its kind (null: a declared promise). */
function slo(kind: SloKind | null, sloId: string = kind ?? 'retention') {
  return {
    portName: 'lines',
    sloId,
    kind,
    label: sloId,
    status: 'met' as const,
    errorBudgetRemaining: 0.5,
  };
}

const counted = (counts: Partial<Record<SloStatus, number>> = {}): Record<SloStatus, number> => ({
  met: 0,
  atRisk: 0,
  breached: 0,
  noData: 0,
  declared: 0,
  ...counts,
});

function incident(fields: Partial<NewIncident> = {}): NewIncident {
  return {
    ...orders,
    sloId: 'latency',
    origin: 'automatic',
    title: 'Orders lines are late',
    startedAt: at(0),
    detectedAt: at(5),
    team: 'Order Management',
    ...fields,
  };
}

export function describeObservationStores(name: string, createStore: () => Promise<CatalogStore>) {
  describe(`${name} service-level stores`, () => {
    let store: CatalogStore;
    beforeEach(async () => {
      store = await createStore();
      return () => store.close();
    });

    describe(`${name} observation store`, () => {
      let observations: ObservationStore;
      beforeEach(() => {
        observations = store.observations;
      });

      it('keeps each key once, within one append and across appends', async () => {
        expect(
          await observations.append(
            [observation('a', 1), observation('b', 2), observation('a', 3, { status: 'fail' })],
            at(10),
          ),
        ).toEqual({ added: 2, duplicates: 1 });
        expect(
          await observations.append([observation('b', 2), observation('c', 4)], at(11)),
        ).toEqual({ added: 1, duplicates: 1 });
        expect(await observations.append([], at(12))).toEqual({ added: 0, duplicates: 0 });
        expect(await observations.listForPort(orders, at(0))).toEqual([
          { ...observation('a', 1), receivedAt: at(10) },
          { ...observation('b', 2), receivedAt: at(10) },
          { ...observation('c', 4), receivedAt: at(11) },
        ]);
      });

      it('knows the most recent observation of each source, whatever order they came in', async () => {
        expect(await observations.latestObservedAt('openlineage')).toBeNull();
        await observations.append([observation('late', 9), observation('early', 1)], at(10));
        await observations.append(
          [observation('oors', 12, { source: 'oors', kind: 'check' })],
          at(13),
        );
        expect(await observations.latestObservedAt('openlineage')).toBe(at(9));
        expect(await observations.latestObservedAt('oors')).toBe(at(12));
        expect(await observations.latestObservedAt('datacontract-cli')).toBeNull();
      });

      it('reads a port oldest first, whatever order they came in, within its bounds', async () => {
        const check = observation('check', 7, {
          kind: 'check',
          status: 'warn',
          source: 'oors',
          ruleId: 'orders_unique',
          checkName: 'orders unique',
          dimension: 'uniqueness',
          message: 'Two orders share an id',
          value: 2.5,
          runId: null,
          contractId: null,
        });
        await observations.append([observation('late', 9), check], at(20));
        await observations.append([observation('early', 1), observation('edge', 5)], at(21));
        await observations.append([observation('other', 6, { portName: 'totals' })], at(21));
        const keys = async (from: string, to?: string) =>
          (await observations.listForPort(orders, from, to)).map((entry) => entry.key);
        expect(await keys(at(0))).toEqual(['early', 'edge', 'check', 'late']);
        expect(await keys(at(5), at(9))).toEqual(['edge', 'check']);
        expect(await keys(at(10))).toEqual([]);
        expect((await observations.listForPort(orders, at(7), at(8)))[0]).toEqual({
          ...check,
          receivedAt: at(20),
        });
      });

      it('appends thousands at once', async () => {
        const many = Array.from({ length: 2500 }, (_, index) => observation(`k${index}`, index));
        expect(await observations.append(many, at(0))).toEqual({ added: 2500, duplicates: 0 });
        expect(await observations.append(many.slice(2000), at(1))).toEqual({
          added: 0,
          duplicates: 500,
        });
        expect(await observations.listForPort(orders, at(0))).toHaveLength(2500);
      });

      it('prunes observations, and runs, from before a time', async () => {
        await observations.append(
          [observation('old', 1), observation('edge', 5), observation('new', 9)],
          at(10),
        );
        await observations.rememberRunPorts(new Map([['old-run', [orders]]]), at(1));
        await observations.rememberRunPorts(new Map([['new-run', [orders]]]), at(9));
        expect(await observations.prune(at(5))).toBe(1);
        expect((await observations.listForPort(orders, at(0))).map((entry) => entry.key)).toEqual([
          'edge',
          'new',
        ]);
        expect([...(await observations.runPorts(['old-run', 'new-run'])).keys()]).toEqual([
          'new-run',
        ]);
        expect(await observations.prune(at(5))).toBe(0);
      });

      it('remembers the ports of runs, adding to them when remembered again', async () => {
        const totals = { productId: 'orders', portName: 'totals' };
        const stock = { productId: 'inventory', portName: 'stock' };
        await observations.rememberRunPorts(new Map([['r1', [orders]]]), at(1));
        await observations.rememberRunPorts(
          new Map([
            ['r1', [totals, orders, stock]],
            ['r2', [stock, stock]],
            ['r3', []],
          ]),
          at(2),
        );
        const ports = await observations.runPorts(['r1', 'r2', 'r3', 'unknown']);
        expect(Object.fromEntries(ports)).toEqual({
          r1: [stock, orders, totals],
          r2: [stock],
        });
        expect((await observations.runPorts([])).size).toBe(0);
      });

      it('groups what matched nothing, the most recently received first', async () => {
        const item = (reference: string, minutes: number, sourceName = 'airflow/job') => ({
          source: 'openlineage' as const,
          reference,
          reason: 'No output port has this dataset',
          observedAt: at(minutes),
          sourceName,
        });
        await observations.addUnmatched(
          [item('db/a', 1), item('db/b', 2), item('db/a', 3)],
          at(10),
        );
        await observations.addUnmatched([item('db/c', 4)], at(20));
        await observations.addUnmatched([item('db/a', 5, 'airflow/other')], at(30));
        await observations.addUnmatched([{ ...item('db/a', 6), reason: 'Another reason' }], at(15));
        expect(await observations.listUnmatched(10)).toEqual([
          {
            ...item('db/a', 5, 'airflow/other'),
            count: 3,
            firstReceivedAt: at(10),
            lastReceivedAt: at(30),
          },
          { ...item('db/c', 4), count: 1, firstReceivedAt: at(20), lastReceivedAt: at(20) },
          {
            ...item('db/a', 6),
            reason: 'Another reason',
            count: 1,
            firstReceivedAt: at(15),
            lastReceivedAt: at(15),
          },
          { ...item('db/b', 2), count: 1, firstReceivedAt: at(10), lastReceivedAt: at(10) },
        ]);
        expect((await observations.listUnmatched(2)).map((group) => group.reference)).toEqual([
          'db/a',
          'db/c',
        ]);
        expect(await observations.pruneUnmatched(at(16))).toBe(2);
        expect((await observations.listUnmatched(10)).map((group) => group.reference)).toEqual([
          'db/a',
          'db/c',
        ]);
      });

      it('records reads once per reader and port, with when they were first and last seen', async () => {
        const read = (
          reader: string,
          source: string,
          minutes: number,
          jobName = 'job',
        ): ObservedRead => ({
          readerProductId: reader,
          source: { productId: source, portName: 'out', contractId: `${source}.out` },
          dataset: { namespace: 'postgres://db:5432', name: `shop.${source}` },
          jobName,
          observedAt: at(minutes),
        });
        await observations.recordReads([read('sales', 'orders', 5), read('sales', 'orders', 2)]);
        await observations.recordReads([
          read('sales', 'orders', 9, 'newer job'),
          read('sales', 'orders', 1, 'older job'),
          read('orders', 'customers', 3),
          read('finance', 'sales', 4),
        ]);
        const edge = {
          readerProductId: 'sales',
          sourceProductId: 'orders',
          sourcePortName: 'out',
          sourceContractId: 'orders.out',
          dataset: { namespace: 'postgres://db:5432', name: 'shop.orders' },
          jobName: 'newer job',
          firstSeenAt: at(1),
          lastSeenAt: at(9),
        };
        expect(await observations.listReads('sales', 'reader')).toEqual([edge]);
        expect(await observations.listReads('orders', 'source')).toEqual([edge]);
        expect(
          (await observations.listReads('orders', 'reader')).map((entry) => entry.sourceProductId),
        ).toEqual(['customers']);
        expect(
          (await observations.listReadsAmong(['orders', 'sales', 'finance'])).map(
            (entry) => `${entry.readerProductId}<-${entry.sourceProductId}`,
          ),
        ).toEqual(['finance<-sales', 'sales<-orders']);
        expect(await observations.listReadsAmong([])).toEqual([]);
      });

      it('replaces rollups from a day on, keeping earlier days', async () => {
        const rollup = (sloId: string, day: string, good: number, bad = 0) => ({
          ...orders,
          sloId,
          day,
          good,
          bad,
        });
        await observations.replaceRollups(orders, '2026-11-01', [
          rollup('latency', '2026-11-01', 100),
          rollup('latency', '2026-11-02', 90, 10),
          rollup('latency', '2026-11-03', 80, 20),
          rollup('availability', '2026-11-02', 1440),
        ]);
        await observations.replaceRollups(
          { productId: 'orders', portName: 'totals' },
          '2026-11-01',
          [
            {
              productId: 'orders',
              portName: 'totals',
              sloId: 'latency',
              day: '2026-11-02',
              good: 1,
              bad: 0,
            },
          ],
        );
        await observations.replaceRollups(orders, '2026-11-02', [
          rollup('latency', '2026-11-03', 70.5, 29.5),
          rollup('quality:unique', '2026-11-04', 3, 1),
        ]);
        expect(await observations.listRollups(orders, '2026-11-01')).toEqual([
          rollup('latency', '2026-11-01', 100),
          rollup('latency', '2026-11-03', 70.5, 29.5),
          rollup('quality:unique', '2026-11-04', 3, 1),
        ]);
        expect(await observations.listRollups(orders, '2026-11-04')).toEqual([
          rollup('quality:unique', '2026-11-04', 3, 1),
        ]);
        expect(
          await observations.listRollups({ productId: 'orders', portName: 'totals' }, '2026-11-01'),
        ).toHaveLength(1);
      });

      describe('summaries', () => {
        const query = (fields: Partial<ServiceLevelQuery> = {}): ServiceLevelQuery => ({
          now: at(60),
          sort: 'status',
          limit: 50,
          offset: 0,
          ...fields,
        });
        const ids = (items: ServiceLevelSummary[]) => items.map((item) => item.productId);

        beforeEach(async () => {
          const saved: ServiceLevelSummary[] = [
            summary('orders', {
              name: 'Orders',
              status: 'met',
              worstBudget: 0.8,
              openIncidents: 0,
            }),
            summary('returns', {
              name: 'returns',
              status: 'atRisk',
              worstBudget: 0.1,
              openIncidents: 1,
            }),
            // Met when evaluated, but nothing arrived by its deadline: breached now.
            summary('stock', {
              name: 'Stock',
              domain: 'supply',
              team: 'Logistics',
              status: 'met',
              worstBudget: 0.6,
              deadline: at(30),
              openIncidents: 2,
            }),
            summary('carriers', {
              name: 'Carriers',
              domain: 'supply',
              team: 'Logistics',
              status: 'noData',
              worstBudget: null,
              deadline: at(90),
            }),
            summary('invoices', {
              name: 'Invoices',
              domain: 'finance',
              team: 'Finance',
              status: 'breached',
              worstBudget: -0.2,
              openIncidents: 4,
            }),
            summary('glossary', {
              name: 'glossary',
              domain: null,
              team: null,
              status: 'declared',
              worstBudget: null,
            }),
          ];
          for (const entry of saved) await store.observations.saveSummary(entry);
        });

        it('saves, replaces and reads one', async () => {
          expect(await observations.getSummary('orders')).toEqual(
            summary('orders', { name: 'Orders', worstBudget: 0.8 }),
          );
          await observations.saveSummary(summary('orders', { name: 'Orders', status: 'breached' }));
          expect((await observations.getSummary('orders'))?.status).toBe('breached');
          expect(await observations.getSummary('missing')).toBeNull();
        });

        it('sorts by status worst first, by name, and by budget with no data last', async () => {
          const page = await observations.listSummaries(query());
          expect(ids(page.items)).toEqual([
            'invoices',
            'stock',
            'returns',
            'carriers',
            'orders',
            'glossary',
          ]);
          expect(page.items.find((item) => item.productId === 'stock')?.status).toBe('breached');
          expect(ids((await observations.listSummaries(query({ sort: 'name' }))).items)).toEqual([
            'carriers',
            'glossary',
            'invoices',
            'orders',
            'returns',
            'stock',
          ]);
          expect(ids((await observations.listSummaries(query({ sort: 'budget' }))).items)).toEqual([
            'invoices',
            'returns',
            'stock',
            'orders',
            'carriers',
            'glossary',
          ]);
        });

        it('counts by the status as of now, over the filters but not the status filter', async () => {
          const everything = await observations.listSummaries(query());
          expect(everything).toMatchObject({
            total: 6,
            counts: { breached: 2, atRisk: 1, noData: 1, met: 1, declared: 1 },
            openIncidents: 7,
          });
          const earlier = await observations.listSummaries(query({ now: at(29) }));
          expect(earlier.counts).toEqual({
            breached: 1,
            atRisk: 1,
            noData: 1,
            met: 2,
            declared: 1,
          });

          const breachedSupply = await observations.listSummaries(
            query({ domains: ['supply', 'finance'], statuses: ['breached'] }),
          );
          expect(breachedSupply).toMatchObject({
            total: 2,
            counts: { breached: 2, atRisk: 0, noData: 1, met: 0, declared: 0 },
            openIncidents: 6,
          });
          expect(ids(breachedSupply.items)).toEqual(['invoices', 'stock']);

          const logistics = await observations.listSummaries(
            query({ teams: ['Logistics'], statuses: ['met', 'noData'], now: at(29) }),
          );
          expect(ids(logistics.items)).toEqual(['carriers', 'stock']);
          expect(logistics.items.map((item) => item.status)).toEqual(['noData', 'met']);
          expect(logistics.total).toBe(2);
        });

        it('pages, with the total of every page', async () => {
          const second = await observations.listSummaries(
            query({ sort: 'name', limit: 2, offset: 2 }),
          );
          expect(ids(second.items)).toEqual(['invoices', 'orders']);
          expect(second.total).toBe(6);
          const byStatus = await observations.listSummaries(query({ limit: 2, offset: 1 }));
          expect(ids(byStatus.items)).toEqual(['stock', 'returns']);
          expect(byStatus.items.map((item) => item.status)).toEqual(['breached', 'atRisk']);
          const someStatuses = await observations.listSummaries(
            query({ statuses: ['met', 'breached'], limit: 2, offset: 1 }),
          );
          expect(ids(someStatuses.items)).toEqual(['stock', 'orders']);
          expect(someStatuses.total).toBe(3);
          const byBudget = await observations.listSummaries(
            query({ sort: 'budget', statuses: ['breached', 'noData'], limit: 2, offset: 1 }),
          );
          expect(ids(byBudget.items)).toEqual(['stock', 'carriers']);
          const beyond = await observations.listSummaries(query({ limit: 2, offset: 10 }));
          expect(beyond.items).toEqual([]);
          expect(beyond.total).toBe(6);
        });

        it('answers a page asked again anew after any save, and once a deadline passes', async () => {
          const statusOf = (page: { items: ServiceLevelSummary[] }, id: string) =>
            page.items.find((item) => item.productId === id)?.status;
          const first = await observations.listSummaries(query({ now: at(89) }));
          expect(statusOf(first, 'carriers')).toBe('noData');
          expect(await observations.listSummaries(query({ now: at(89) }))).toEqual(first);
          await observations.saveSummary(summary('orders', { name: 'Orders', status: 'breached' }));
          const saved = await observations.listSummaries(query({ now: at(89) }));
          expect(statusOf(saved, 'orders')).toBe('breached');
          expect(saved.counts.breached).toBe(first.counts.breached + 1);
          // Nothing saved, but carriers' deadline has passed: late now.
          const late = await observations.listSummaries(query({ now: at(90) }));
          expect(statusOf(late, 'carriers')).toBe('breached');
        });

        it('reads many products’ statuses at once, as of a time, leaving out those without a summary', async () => {
          const statuses = await observations.statusesOf(
            ['orders', 'stock', 'carriers', 'unknown'],
            at(60),
          );
          expect(Object.fromEntries(statuses)).toEqual({
            orders: 'met',
            stock: 'breached',
            carriers: 'noData',
          });
          expect((await observations.statusesOf(['carriers'], at(90))).get('carriers')).toBe(
            'breached',
          );
          expect((await observations.statusesOf([], at(60))).size).toBe(0);
        });

        it('lists products past their deadline that were evaluated before it', async () => {
          expect(await observations.listDue(at(60), 10)).toEqual(['stock']);
          expect(await observations.listDue(at(120), 10)).toEqual(['stock', 'carriers']);
          expect(await observations.listDue(at(120), 1)).toEqual(['stock']);
          expect(await observations.listDue(at(29), 10)).toEqual([]);
          await observations.saveSummary(
            summary('stock', {
              name: 'Stock',
              status: 'breached',
              deadline: at(30),
              evaluatedAt: at(31),
            }),
          );
          expect(await observations.listDue(at(120), 10)).toEqual(['carriers']);
        });

        it('filters by SLO kind: a product with at least one SLO of a kind asked for', async () => {
          // Every product above has a freshness SLO; Invoices now has none, Glossary only a declared one.
          await observations.saveSummary(
            summary('invoices', {
              name: 'Invoices',
              domain: 'finance',
              team: 'Finance',
              status: 'breached',
              worstBudget: -0.2,
              openIncidents: 4,
              slos: [slo('quality', 'quality:unique'), slo('availability'), slo('quality', 'q2')],
            }),
          );
          await observations.saveSummary(
            summary('glossary', {
              name: 'glossary',
              domain: null,
              team: null,
              status: 'declared',
              worstBudget: null,
              slos: [slo(null)],
            }),
          );
          const quality = await observations.listSummaries(query({ kinds: ['quality'] }));
          expect(ids(quality.items)).toEqual(['invoices']);
          expect(quality).toMatchObject({
            total: 1,
            counts: counted({ breached: 1 }),
            openIncidents: 4,
          });
          const byName = async (fields: Partial<ServiceLevelQuery>) =>
            ids((await observations.listSummaries(query({ sort: 'name', ...fields }))).items);
          expect(await byName({ kinds: ['freshness'] })).toEqual([
            'carriers',
            'orders',
            'returns',
            'stock',
          ]);
          expect(await byName({ kinds: ['availability', 'freshness'] })).toEqual([
            'carriers',
            'invoices',
            'orders',
            'returns',
            'stock',
          ]);
          expect(await byName({ kinds: ['timeToRepair'] })).toEqual([]);
          expect(
            await byName({ kinds: ['freshness'], domains: ['supply'], statuses: ['breached'] }),
          ).toEqual(['stock']);
        });

        describe('overview', () => {
          // 2026-11-21T11:00Z: the 13 weeks run from 2026-08-23, the last from 2026-11-15.
          const now = at(60);
          const later = (seconds: number) =>
            new Date(Date.parse(now) + seconds * 1000).toISOString();
          const day = (iso: string) => `${iso}T00:00:00.000Z`;
          const rollup = (
            productId: string,
            portName: string,
            on: string,
            good: number,
            bad: number,
          ) => ({
            productId,
            portName,
            sloId: 'latency',
            day: on,
            good,
            bad,
          });
          const none = { count: 0, opened: 0, resolved: 0, downtimeMinutes: 0 };
          const figures = (
            from: string,
            to: string,
            fields: Partial<IncidentFigures> = {},
          ): IncidentFigures => ({
            from,
            to,
            ...none,
            meanTimeToDetectMinutes: null,
            meanTimeToResolveMinutes: null,
            ...fields,
          });
          /** The 13 weeks with nothing in them, but for `changes` (by week, 0 the oldest). */
          const weeks = (changes: Record<number, Partial<ServiceLevelOverview['weeks'][number]>>) =>
            Array.from({ length: 13 }, (_, index) => ({
              from: new Date(Date.parse(day('2026-08-23')) + index * 7 * 86_400_000).toISOString(),
              to:
                index === 12
                  ? now
                  : new Date(
                      Date.parse(day('2026-08-23')) + (index + 1) * 7 * 86_400_000,
                    ).toISOString(),
              attainment: null,
              downtimeMinutes: 0,
              opened: 0,
              resolved: 0,
              ...changes[index],
            }));
          const overview = (fields: Partial<ServiceLevelFilter> = {}) =>
            observations.overview({ now, ...fields });

          async function resolved(fields: Partial<NewIncident>, resolvedAt: string) {
            const { incident: opened } = await store.incidents.open(incident(fields));
            await store.incidents.change(opened.id, { type: 'resolve', at: resolvedAt, by: null });
          }

          beforeEach(async () => {
            await observations.replaceRollups(orders, '2026-08-01', [
              // The day before the 13 weeks: left out.
              rollup('orders', 'lines', '2026-08-22', 0, 100),
              rollup('orders', 'lines', '2026-11-10', 100, 0),
              rollup('orders', 'lines', '2026-11-20', 90, 10),
            ]);
            await observations.replaceRollups(
              { productId: 'stock', portName: 'levels' },
              '2026-11-01',
              [rollup('stock', 'levels', '2026-11-21', 50, 50)],
            );
            await observations.replaceRollups(
              { productId: 'invoices', portName: 'ledger' },
              '2026-09-01',
              [rollup('invoices', 'ledger', '2026-10-01', 30, 10)],
            );
            // Over the turn of the month: 26 hours in October, one in November.
            await resolved(
              { startedAt: '2026-10-30T22:00:00.000Z', detectedAt: '2026-10-30T23:00:00.000Z' },
              '2026-11-01T01:00:00.000Z',
            );
            await resolved(
              {
                productId: 'stock',
                portName: 'levels',
                startedAt: '2026-11-05T00:00:00.000Z',
                detectedAt: '2026-11-05T00:30:00.000Z',
              },
              '2026-11-05T02:00:00.000Z',
            );
            // Over long before.
            await resolved(
              {
                sloId: 'availability',
                startedAt: '2026-06-01T00:00:00.000Z',
                detectedAt: '2026-06-01T01:00:00.000Z',
              },
              '2026-06-02T00:00:00.000Z',
            );
            // Still open: bad up to now.
            await store.incidents.open(
              incident({
                productId: 'invoices',
                portName: 'ledger',
                startedAt: at(0),
                detectedAt: at(5),
              }),
            );
          });

          it('counts, groups worst first, compares this month with the last, and shows 13 weeks', async () => {
            expect(await overview()).toEqual({
              evaluatedAt: now,
              total: 6,
              counts: counted({ breached: 2, atRisk: 1, noData: 1, met: 1, declared: 1 }),
              openIncidents: 7,
              // Downtime 60 + 120 + 60 minutes; detected 30 and 5 minutes after the start;
              // resolved 26 hours and 90 minutes after detection.
              month: figures(day('2026-11-01'), now, {
                count: 3,
                opened: 2,
                resolved: 2,
                meanTimeToDetectMinutes: 17.5,
                meanTimeToResolveMinutes: 825,
                downtimeMinutes: 240,
              }),
              previousMonth: figures(day('2026-10-01'), day('2026-11-01'), {
                count: 1,
                opened: 1,
                meanTimeToDetectMinutes: 60,
                downtimeMinutes: 1560,
              }),
              byDomain: [
                { name: 'finance', total: 1, counts: counted({ breached: 1 }), openIncidents: 4 },
                {
                  name: 'supply',
                  total: 2,
                  counts: counted({ breached: 1, noData: 1 }),
                  openIncidents: 2,
                },
                {
                  name: 'sales',
                  total: 2,
                  counts: counted({ atRisk: 1, met: 1 }),
                  openIncidents: 1,
                },
                { name: null, total: 1, counts: counted({ declared: 1 }), openIncidents: 0 },
              ],
              byTeam: [
                { name: 'Finance', total: 1, counts: counted({ breached: 1 }), openIncidents: 4 },
                {
                  name: 'Logistics',
                  total: 2,
                  counts: counted({ breached: 1, noData: 1 }),
                  openIncidents: 2,
                },
                {
                  name: 'Order Management',
                  total: 2,
                  counts: counted({ atRisk: 1, met: 1 }),
                  openIncidents: 1,
                },
                { name: null, total: 1, counts: counted({ declared: 1 }), openIncidents: 0 },
              ],
              weeks: weeks({
                5: { attainment: 0.75 },
                9: { downtimeMinutes: 1560, opened: 1 },
                10: { downtimeMinutes: 180, opened: 1, resolved: 2 },
                11: { attainment: 1 },
                // Orders 90 good and 10 bad, Stock 50 and 50.
                12: { attainment: 0.7, downtimeMinutes: 60, opened: 1 },
              }),
            });
          });

          it('narrows everything but the counts to the filters', async () => {
            const supply = await overview({ domains: ['supply'] });
            expect(supply).toMatchObject({
              total: 2,
              counts: counted({ breached: 1, noData: 1 }),
              openIncidents: 2,
              month: figures(day('2026-11-01'), now, {
                count: 1,
                opened: 1,
                resolved: 1,
                meanTimeToDetectMinutes: 30,
                meanTimeToResolveMinutes: 90,
                downtimeMinutes: 120,
              }),
              previousMonth: figures(day('2026-10-01'), day('2026-11-01')),
            });
            expect(supply.byDomain.map((group) => group.name)).toEqual(['supply']);
            expect(supply.byTeam.map((group) => group.name)).toEqual(['Logistics']);
            expect(supply.weeks).toEqual(
              weeks({
                10: { downtimeMinutes: 120, opened: 1, resolved: 1 },
                12: { attainment: 0.5 },
              }),
            );

            const breached = await overview({ statuses: ['breached'] });
            expect(breached).toMatchObject({
              total: 2,
              counts: counted({ breached: 2, atRisk: 1, noData: 1, met: 1, declared: 1 }),
              openIncidents: 6,
              month: { count: 2, opened: 2, resolved: 1, downtimeMinutes: 180 },
              byDomain: [
                { name: 'finance', total: 1, counts: counted({ breached: 1 }), openIncidents: 4 },
                { name: 'supply', total: 1, counts: counted({ breached: 1 }), openIncidents: 2 },
              ],
            });
            expect(breached.weeks[5]?.attainment).toBe(0.75);
            expect(breached.weeks[12]).toMatchObject({ attainment: 0.5, downtimeMinutes: 60 });

            await observations.saveSummary(
              summary('invoices', {
                name: 'Invoices',
                domain: 'finance',
                team: 'Finance',
                status: 'breached',
                openIncidents: 4,
                slos: [slo('quality', 'quality:unique')],
              }),
            );
            // Asked later than a kept answer could be.
            const quality = await overview({
              now: later(120),
              teams: ['Finance', 'Logistics'],
              kinds: ['quality'],
            });
            expect(quality).toMatchObject({
              total: 1,
              counts: counted({ breached: 1 }),
              month: { count: 1, opened: 1, meanTimeToDetectMinutes: 5, downtimeMinutes: 62 },
              byTeam: [{ name: 'Finance', total: 1 }],
            });
            expect(quality.weeks.map((week) => week.attainment)).toEqual(
              weeks({ 5: { attainment: 0.75 } }).map((week) => week.attainment),
            );
            expect((await overview({ now: later(120), kinds: ['timeToDetect'] })).total).toBe(0);
          });

          it('shows a change within a minute, its times always as of now', async () => {
            expect((await overview()).evaluatedAt).toBe(now);
            expect((await overview({ now: later(30) })).month.downtimeMinutes).toBe(240.5);
            // Each change, asked about until it shows: a store may read it anew behind an earlier answer.
            const shows = (seconds: number, check: (overview: ServiceLevelOverview) => void) =>
              vi.waitFor(async () => check(await overview({ now: later(seconds) })), {
                timeout: 10_000,
                interval: 20,
              });
            await observations.replaceRollups(orders, '2026-11-21', [
              rollup('orders', 'lines', '2026-11-21', 0, 100),
            ]);
            // Orders 90 + 0 good and 10 + 100 bad, Stock 50 and 50.
            await shows(35, (overview) =>
              expect(overview.weeks[12]?.attainment).toBeCloseTo(140 / 300, 6),
            );
            await store.incidents.open(incident({ startedAt: at(50), detectedAt: at(55) }));
            await shows(40, (overview) => expect(overview.month.opened).toBe(3));
            await observations.saveSummary(
              summary('orders', { name: 'Orders', status: 'breached' }),
            );
            await shows(45, (overview) => expect(overview.counts.breached).toBe(3));
          });
        });
      });

      it('gives an overview of nothing on an empty mesh', async () => {
        const empty = await observations.overview({ now: at(0) });
        expect(empty).toMatchObject({
          evaluatedAt: at(0),
          total: 0,
          counts: counted(),
          openIncidents: 0,
          month: { count: 0, meanTimeToDetectMinutes: null, meanTimeToResolveMinutes: null },
          previousMonth: { count: 0, downtimeMinutes: 0 },
          byDomain: [],
          byTeam: [],
        });
        expect(empty.weeks).toHaveLength(13);
        expect(empty.weeks.every((week) => week.attainment === null && week.opened === 0)).toBe(
          true,
        );
      });
    });

    describe(`${name} incident store`, () => {
      let incidents: IncidentStore;
      beforeEach(() => {
        incidents = store.incidents;
      });

      it('opens one automatic incident per port and SLO while it is unresolved, even at once', async () => {
        const results = await Promise.all(
          Array.from({ length: 8 }, () => incidents.open(incident())),
        );
        expect(results.filter((result) => result.created)).toHaveLength(1);
        const first = results.find((result) => result.created)?.incident;
        expect(new Set(results.map((result) => result.incident.id))).toEqual(new Set([first?.id]));
        expect(first).toEqual({
          ...incident(),
          id: expect.any(String),
          status: 'open',
          acknowledgedAt: null,
          acknowledgedBy: null,
          resolvedAt: null,
          resolvedBy: null,
          notes: [],
        });
        expect(await incidents.get(first?.id ?? '')).toEqual(first);

        const other = await incidents.open(incident({ sloId: 'availability' }));
        expect(other.created).toBe(true);
        await incidents.change(first?.id ?? '', { type: 'resolve', at: at(30), by: null });
        const again = await incidents.open(incident({ startedAt: at(40), detectedAt: at(41) }));
        expect(again.created).toBe(true);
        expect(again.incident.id).not.toBe(first?.id);
      });

      it('lists the incidents of a period that began at a time: unresolved, or since then', async () => {
        const open = async (fields: Partial<NewIncident>, resolvedAt?: string) => {
          const { incident: opened } = await incidents.open(incident(fields));
          if (resolvedAt)
            await incidents.change(opened.id, { type: 'resolve', at: resolvedAt, by: null });
          return opened.id;
        };
        await open({ sloId: 'before', startedAt: at(-100), detectedAt: at(-90) }, at(-80));
        const unresolved = await open({
          sloId: 'unresolved',
          startedAt: at(-200),
          detectedAt: at(-190),
        });
        const resolvedSince = await open(
          { sloId: 'resolved', startedAt: at(-50), detectedAt: at(-40) },
          at(10),
        );
        const startedSince = await open({
          sloId: 'started',
          startedAt: at(20),
          detectedAt: at(21),
        });
        expect((await incidents.listSince(at(0))).map((entry) => entry.id)).toEqual([
          startedSince,
          resolvedSince,
          unresolved,
        ]);
        expect(await incidents.listSince(at(30))).toHaveLength(2);
      });

      it('opens manual incidents independently', async () => {
        const manual = incident({ origin: 'manual', portName: null, sloId: null });
        const [a, b] = await Promise.all([incidents.open(manual), incidents.open(manual)]);
        expect(a?.created && b?.created).toBe(true);
        expect(a?.incident.id).not.toBe(b?.incident.id);
        expect((await incidents.open(incident())).created).toBe(true);
      });

      it('lists by product and status, the latest started first', async () => {
        const first = await incidents.open(incident({ startedAt: at(1) }));
        await incidents.open(incident({ sloId: 'availability', startedAt: at(3) }));
        await incidents.open(incident({ productId: 'stock', startedAt: at(2) }));
        await incidents.change(first.incident.id, { type: 'acknowledge', at: at(4), by: alex });
        const listed = async (query: Parameters<IncidentStore['list']>[0]) =>
          (await incidents.list(query)).map((entry) => `${entry.productId}:${entry.sloId}`);
        expect(await listed({ limit: 10 })).toEqual([
          'orders:availability',
          'stock:latency',
          'orders:latency',
        ]);
        expect(await listed({ productId: 'orders', limit: 10 })).toEqual([
          'orders:availability',
          'orders:latency',
        ]);
        expect(await listed({ statuses: ['acknowledged'], limit: 10 })).toEqual(['orders:latency']);
        expect(await listed({ statuses: ['open', 'resolved'], limit: 1 })).toEqual([
          'orders:availability',
        ]);
      });

      it('acknowledges, notes and resolves; a resolved incident is closed', async () => {
        const { incident: opened } = await incidents.open(incident());
        const acknowledged = await incidents.change(opened.id, {
          type: 'acknowledge',
          at: at(10),
          by: alex,
        });
        expect(acknowledged).toMatchObject({
          status: 'acknowledged',
          acknowledgedAt: at(10),
          acknowledgedBy: alex,
        });
        const noted = await incidents.change(opened.id, {
          type: 'note',
          at: at(11),
          by: alex,
          text: 'Looking into the loader',
        });
        expect(noted).toMatchObject({
          status: 'acknowledged',
          notes: [{ at: at(11), author: alex, text: 'Looking into the loader' }],
        });
        const resolved = await incidents.change(opened.id, {
          type: 'resolve',
          at: at(20),
          by: alex,
        });
        expect(resolved).toMatchObject({
          status: 'resolved',
          resolvedAt: at(20),
          resolvedBy: alex,
        });
        expect(await incidents.get(opened.id)).toEqual(resolved);

        for (const change of [
          { type: 'acknowledge', at: at(30), by: alex },
          { type: 'note', at: at(30), by: alex, text: 'Too late' },
          { type: 'resolve', at: at(30), by: null },
        ] as const) {
          expect(await incidents.change(opened.id, change)).toBe('closed');
        }
        expect(await incidents.get(opened.id)).toEqual(resolved);
        expect(
          await incidents.change('missing', { type: 'resolve', at: at(1), by: null }),
        ).toBeNull();
        expect(await incidents.get('missing')).toBeNull();
      });

      it('resolves by itself, with nobody named', async () => {
        const { incident: opened } = await incidents.open(incident());
        expect(
          await incidents.change(opened.id, { type: 'resolve', at: at(9), by: null }),
        ).toMatchObject({
          status: 'resolved',
          resolvedAt: at(9),
          resolvedBy: null,
          acknowledgedAt: null,
        });
      });
    });

    describe(`${name} ingestion token store`, () => {
      let tokens: IngestionTokenStore;
      beforeEach(() => {
        tokens = store.ingestionTokens;
      });

      const token = (id: string, team: string, minutes: number) => ({
        id,
        team,
        name: `${team} pipelines`,
        prefix: `mp_${id}`,
        createdAt: at(minutes),
        createdBy: alex,
      });

      it('creates, lists by team whatever the case, or all, the newest first', async () => {
        expect(await tokens.create(token('t1', 'Order Management', 1), 'hash-1')).toEqual({
          ...token('t1', 'Order Management', 1),
          lastUsedAt: null,
          revokedAt: null,
        });
        await tokens.create(token('t2', 'Logistics', 2), 'hash-2');
        await tokens.create(token('t3', 'order management', 3), 'hash-3');
        const ids = (list: { id: string }[]) => list.map((entry) => entry.id);
        expect(ids(await tokens.list(['ORDER MANAGEMENT']))).toEqual(['t3', 't1']);
        expect(ids(await tokens.list(['logistics', 'Finance']))).toEqual(['t2']);
        expect(ids(await tokens.list([]))).toEqual([]);
        expect(ids(await tokens.list('all'))).toEqual(['t3', 't2', 't1']);
        expect((await tokens.get('t2'))?.team).toBe('Logistics');
        expect(await tokens.get('missing')).toBeNull();
      });

      it('finds a token by its secret hash, revoked or not', async () => {
        await tokens.create(token('t1', 'Logistics', 1), 'hash-1');
        expect((await tokens.findByHash('hash-1'))?.id).toBe('t1');
        expect(await tokens.findByHash('hash-2')).toBeNull();
        await tokens.revoke('t1', at(5));
        expect(await tokens.findByHash('hash-1')).toMatchObject({ id: 't1', revokedAt: at(5) });
        await expect(tokens.create(token('t2', 'Logistics', 2), 'hash-1')).rejects.toThrow();
      });

      it('revokes once, keeping the first time, and records use', async () => {
        await tokens.create(token('t1', 'Logistics', 1), 'hash-1');
        expect(await tokens.revoke('t1', at(5))).toMatchObject({ revokedAt: at(5) });
        expect(await tokens.revoke('t1', at(9))).toMatchObject({ revokedAt: at(5) });
        expect(await tokens.revoke('missing', at(9))).toBeNull();
        await tokens.touch('t1', at(7));
        expect((await tokens.get('t1'))?.lastUsedAt).toBe(at(7));
        await tokens.touch('t1', at(8));
        expect((await tokens.get('t1'))?.lastUsedAt).toBe(at(8));
        await tokens.touch('missing', at(8));
      });
    });
  });
}
