import * as z from 'zod/mini';
import { errorResponseSchema } from '../../../src/catalog/api-schemas';
import { incidentMetrics } from '../../../src/catalog/service-levels/incident-metrics';
import type { SloKind, SloStatus } from '../../../src/catalog/service-levels/service-level-types';
import { sloKinds, sloStatuses } from '../../../src/catalog/service-levels/service-level-types';
import {
  productServiceLevelsSchema,
  serviceLevelOverviewSchema,
  serviceLevelPageSchema,
  undeclaredInputsSchema,
  type ServiceLevelOverview as ServiceLevelOverviewPayload,
} from '../../../src/catalog/service-level-schemas';
import type { ServiceLevelFilter, ServiceLevelOverview } from '../../store/observation-store';
import type { ApiContext } from '../api-context';
import { evaluateProduct, evaluateProducts } from '../service-levels/evaluate-products';
import { readAllCurrent } from '../../store/read-all-current';
import { idParams } from './documents';

const day = 86_400_000;
/** Products evaluated again per read of the mesh, when time alone made them late. */
const duePerRead = 200;
/** Products evaluated for the first time per read of the mesh. */
const unevaluatedPerRead = 500;
/** How often reads of the mesh look for products to evaluate. */
const catchUpEveryMs = 1000;

const list = () =>
  z._default(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(50)), []);

/** Which products: the portfolio's filters, shared by its pages and its overview. */
const filterShape = {
  domain: list(),
  team: list(),
  status: z._default(
    z.array(z.enum(sloStatuses as [SloStatus, ...SloStatus[]])).check(z.maxLength(5)),
    [],
  ),
  kind: z._default(z.array(z.enum(sloKinds as [SloKind, ...SloKind[]])).check(z.maxLength(8)), []),
};

export const serviceLevelFilterSchema = z.object(filterShape);

export const serviceLevelQuerySchema = z.object({
  ...filterShape,
  sort: z._default(z.enum(['status', 'name', 'budget']), 'status'),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(500)), 50),
  offset: z._default(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(1_000_000)), 0),
});

const filterOf = (
  query: z.infer<typeof serviceLevelFilterSchema>,
  at: Date,
): ServiceLevelFilter => ({
  domains: query.domain,
  teams: query.team,
  statuses: query.status,
  kinds: query.kind,
  now: at.toISOString(),
});

// The store's overview is what the API promises: the compiler says when the two drift apart.
const overviewPayload = (overview: ServiceLevelOverview): ServiceLevelOverviewPayload => overview;

/**
 * Service levels as kept: one product's SLOs evaluated now, with their daily series and
 * incidents; every product's summary for the portfolio and the catalog, and the portfolio's
 * overview, read from summaries, daily rollups and incidents so the whole mesh never costs a
 * scan of raw observations; and inputs seen but not declared.
 */
export function registerServiceLevelRoutes({ routes, store, now, evaluations }: ApiContext): void {
  /**
   * Products never evaluated (loaded before any observation, or by a tool writing to the store)
   * get their first summary here, a bounded number per read, so the mesh lists every product,
   * with no data where nothing was observed.
   */
  // Products appear only by imports, which move the revision: with none since, nothing is missing.
  let completeAt: string | undefined;
  async function evaluateUnevaluated(at: Date) {
    const revision = await store.catalogRevision();
    if (revision === completeAt) return;
    const [{ products }, { total }] = await Promise.all([
      store.countDocuments(),
      store.observations.listSummaries({
        now: at.toISOString(),
        sort: 'name',
        limit: 1,
        offset: 0,
      }),
    ]);
    if (total >= products) {
      completeAt = revision;
      return;
    }
    const missing: string[] = [];
    for (const product of await readAllCurrent(store, 'product')) {
      if (!(await store.observations.getSummary(product.id))) missing.push(product.id);
      if (missing.length >= unevaluatedPerRead) break;
    }
    await evaluateProducts(store, missing, at);
  }

  const serialized = new WeakMap<object, string>();

  /**
   * Products never evaluated, and products that went late since they were last evaluated with
   * nothing received, are evaluated by reads of the mesh: at most once a second, shared by the
   * reads meanwhile (the listing shows a product late from its deadline on, evaluated or not).
   */
  let caughtUpAt = Number.NEGATIVE_INFINITY;
  let catchingUp: Promise<void> | undefined;
  function catchUp(at: Date): Promise<void> {
    if (catchingUp) return catchingUp;
    const time = at.getTime();
    if (time >= caughtUpAt && time - caughtUpAt < catchUpEveryMs) return Promise.resolve();
    catchingUp = (async () => {
      await evaluateUnevaluated(at);
      await evaluateProducts(
        store,
        await store.observations.listDue(at.toISOString(), duePerRead),
        at,
      );
    })().finally(() => {
      caughtUpAt = time;
      catchingUp = undefined;
    });
    return catchingUp;
  }

  routes.add(
    {
      method: 'get',
      path: '/data-products/{id}/service-levels',
      operationId: 'getProductServiceLevels',
      summary: "A product's service levels: per output port and SLO, how it is kept",
      description:
        'Status, attainment over the window, error budget remaining, burn rates, the last observation and a daily series, evaluated at the time of the request from the observations pipelines sent; with the incidents and their time to detect and resolve over 30 days.',
      tags: ['Service levels'],
      params: idParams,
      responses: {
        200: { description: 'Evaluated now.', schema: productServiceLevelsSchema },
        404: { description: 'No such product.', schema: errorResponseSchema },
      },
    },
    async (c, { params }) => {
      await evaluations.current();
      const at = now();
      const evaluation = await evaluateProduct(store, params.id, at);
      if (!evaluation) {
        return c.json({ message: `There is no data product with id ${params.id}` }, 404);
      }
      const summary = await store.observations.getSummary(params.id);
      const from = new Date(at.getTime() - 30 * day);
      return c.json({
        productId: params.id,
        status: summary?.status ?? 'declared',
        evaluatedAt: at.toISOString(),
        ports: evaluation.ports,
        incidents: evaluation.incidents,
        metrics: {
          from: from.toISOString(),
          to: at.toISOString(),
          ...incidentMetrics(evaluation.incidents, { from, to: at, now: at }),
        },
      });
    },
  );

  // Before any route below /service-levels/ that takes a path parameter, which would take
  // `overview` for one.
  routes.add(
    {
      method: 'get',
      path: '/service-levels/overview',
      operationId: 'getServiceLevelOverview',
      summary:
        'The portfolio for stakeholders: how the filtered products stand, by domain and team, this month and over 13 weeks',
      description:
        'Over the products the filters match (domain, team, status and SLO kind, each repeatable; as in the listing, `counts` ignore the status filter and everything else follows it): the number of products, per status, and their open incidents; the same per domain and per team, most breached first, then most at risk, then by name (null for products without one); the incidents of this UTC month so far and of the whole month before (how many, opened, resolved, mean time to detect and to resolve, data downtime = Σ (time to detect + time to resolve)); and 13 weeks of whole UTC days ending now, oldest first, each with attainment = Σ good / Σ (good + bad) over the daily rollups of every SLO of the products (null without any), data downtime, incidents opened and resolved. Computed from summaries, daily rollups and incidents, never from raw observations. Its times are those of the request (`evaluatedAt`); the data may have been read up to a minute before, once it changed since: on PostgreSQL what a filter set reads is kept, and read again behind the kept answer at most once per ten times a reading takes (at once on a small mesh, within about half a minute on 50,000 products).',
      tags: ['Service levels'],
      query: serviceLevelFilterSchema,
      responses: {
        200: { description: 'The overview.', schema: serviceLevelOverviewSchema },
        400: { description: 'A query parameter is invalid.', schema: errorResponseSchema },
      },
    },
    async (c, { query }) => {
      await evaluations.current();
      const at = now();
      await catchUp(at);
      return c.json(overviewPayload(await store.observations.overview(filterOf(query, at))));
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/service-levels',
      operationId: 'listServiceLevels',
      summary: "Every product's service levels in brief, worst first",
      description:
        'Filtered by domain, team, status and SLO kind (each repeatable; a product has a kind when one of its SLOs has it), sorted by status (worst first), name or remaining error budget, a page at a time, with the number of products per status and the open incidents over the filtered set (ignoring the status filter).',
      tags: ['Service levels'],
      query: serviceLevelQuerySchema,
      responses: {
        200: { description: 'One page.', schema: serviceLevelPageSchema },
        400: { description: 'A query parameter is invalid.', schema: errorResponseSchema },
      },
    },
    async (c, { query }) => {
      await evaluations.current();
      const at = now();
      await catchUp(at);
      const page = await store.observations.listSummaries({
        ...filterOf(query, at),
        sort: query.sort,
        limit: query.limit,
        offset: query.offset,
      });
      // A kept page is the same object each time it is read: it is written out once.
      let body = serialized.get(page);
      if (body === undefined) serialized.set(page, (body = JSON.stringify(page)));
      return c.body(body, 200, { 'Content-Type': 'application/json' });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/data-products/{id}/undeclared-inputs',
      operationId: 'getUndeclaredInputs',
      summary: 'Ports of other products this product is seen reading, without declaring them',
      description:
        "From OpenLineage: a job that writes this product's port read a dataset of another product's port, and this product has no input port for that contract.",
      tags: ['Service levels', 'Lineage'],
      params: idParams,
      responses: {
        200: { description: 'Newest first.', schema: undeclaredInputsSchema },
        404: { description: 'No such product.', schema: errorResponseSchema },
      },
    },
    async (c, { params }) => {
      await evaluations.current();
      const product = await store.getDocument('product', params.id);
      if (!product)
        return c.json({ message: `There is no data product with id ${params.id}` }, 404);
      const declared = new Set((product.document.inputPorts ?? []).map((port) => port.contractId));
      const reads = (await store.observations.listReads(params.id, 'reader')).filter(
        (read) => !read.sourceContractId || !declared.has(read.sourceContractId),
      );
      const sources = new Map(
        (
          await store.getCurrentDocuments(
            'product',
            reads.map((read) => read.sourceProductId),
          )
        ).map((doc) => [doc.id, doc.document.name ?? doc.id]),
      );
      return c.json({
        items: reads
          .sort((a, b) => b.lastSeenAt.localeCompare(a.lastSeenAt))
          .map((read) => ({
            productId: read.sourceProductId,
            productName: sources.get(read.sourceProductId) ?? read.sourceProductId,
            portName: read.sourcePortName,
            contractId: read.sourceContractId,
            dataset: read.dataset,
            jobName: read.jobName,
            firstSeenAt: read.firstSeenAt,
            lastSeenAt: read.lastSeenAt,
          })),
      });
    },
  );
}
