import type { SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type {
  Observation,
  ObservationKind,
  ObservationSource,
  ObservationStatus,
  PortRef,
} from '../../../src/catalog/observations/observation';
import type {
  DailyRollup,
  ServiceLevelSummary,
  SloStatus,
} from '../../../src/catalog/service-levels/service-level-types';
import type {
  ObservationStore,
  ObservedEdge,
  ServiceLevelFilter,
  ServiceLevelPage,
  ServiceLevelQuery,
  StoredObservation,
  UnmatchedGroup,
} from '../observation-store';
import { portfolioStatusOrder } from '../service-level-order';
import type { OverviewParts, OverviewPeriods } from '../service-level-overview';
import { assembleOverview, overviewPeriods } from '../service-level-overview';
import type { Database } from './database';
import { rows } from './database';
import { cached, LruCache } from './lru-cache';
import { touchingSince } from './postgres-incident-store';

/** Rows per INSERT: each column travels as one array, so a chunk is one round trip. */
const chunkSize = 1000;

type Timestamp = string | Date;
const toIso = (value: Timestamp) => new Date(value).toISOString();

interface ObservationRow {
  key: string;
  product_id: string;
  port_name: string;
  contract_id: string | null;
  kind: ObservationKind;
  status: ObservationStatus;
  observed_at: Timestamp;
  received_at: Timestamp;
  source: ObservationSource;
  source_name: string;
  run_id: string | null;
  rule_id: string | null;
  check_name: string | null;
  dimension: string | null;
  message: string | null;
  value: number | string | null;
}

const toObservation = (row: ObservationRow): StoredObservation => ({
  key: row.key,
  productId: row.product_id,
  portName: row.port_name,
  contractId: row.contract_id,
  kind: row.kind,
  status: row.status,
  observedAt: toIso(row.observed_at),
  source: row.source,
  sourceName: row.source_name,
  runId: row.run_id,
  ruleId: row.rule_id,
  checkName: row.check_name,
  dimension: row.dimension,
  message: row.message,
  value: row.value === null ? null : Number(row.value),
  receivedAt: toIso(row.received_at),
});

interface EdgeRow {
  reader_product_id: string;
  source_product_id: string;
  source_port_name: string;
  source_contract_id: string | null;
  dataset_namespace: string;
  dataset_name: string;
  job_name: string;
  first_seen_at: Timestamp;
  last_seen_at: Timestamp;
}

const toEdge = (row: EdgeRow): ObservedEdge => ({
  readerProductId: row.reader_product_id,
  sourceProductId: row.source_product_id,
  sourcePortName: row.source_port_name,
  sourceContractId: row.source_contract_id,
  dataset: { namespace: row.dataset_namespace, name: row.dataset_name },
  jobName: row.job_name,
  firstSeenAt: toIso(row.first_seen_at),
  lastSeenAt: toIso(row.last_seen_at),
});

const edgeOrder = sql`ORDER BY reader_product_id COLLATE "C", source_product_id COLLATE "C",
  source_port_name COLLATE "C"`;

interface UnmatchedRow {
  source: ObservationSource;
  reference: string;
  reason: string;
  source_name: string;
  observed_at: Timestamp;
  count: number;
  first_received_at: Timestamp;
  last_received_at: Timestamp;
}

/** One array parameter: a column of an `unnest`, so many rows cost one statement. */
const column = (values: readonly unknown[], type: string) =>
  sql`${sql.param(values)}::${sql.raw(type)}[]`;

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += chunkSize)
    result.push(items.slice(start, start + chunkSize));
  return result;
}

const later = (a: string, b: string) => Date.parse(a) >= Date.parse(b);

const statusRank = (status: SloStatus) => portfolioStatusOrder.indexOf(status);
const rankedStatus = (rank: number): SloStatus => portfolioStatusOrder[Number(rank)] ?? 'noData';

/** The portfolio's order within one status, or by budget, over columns read `from` a table. */
function pageOrder(query: ServiceLevelQuery, from = ''): SQL {
  const column = (name: string) => sql.raw(`${from}${name}`);
  const byName = sql`${column('sort_name')} COLLATE "C", ${column('product_id')} COLLATE "C"`;
  return query.sort === 'budget'
    ? sql`${column('worst_budget')} ASC NULLS LAST, ${byName}`
    : byName;
}

/**
 * The page's products, with their status as of `now` (its rank). Sorted by status, each status
 * is read in name order from the (status_rank, sort_name) index, at most offset + limit rows
 * each, and the parts merged: no sort of the whole mesh. Breached as of now is what was
 * evaluated breached plus what passed its deadline since (few: those are evaluated again).
 */
function pageSql(query: ServiceLevelQuery, filters: SQL, wanted: ReadonlySet<SloStatus>): SQL {
  const now = sql`${query.now}::timestamptz`;
  const effectiveRank = sql`CASE WHEN deadline <= ${now} THEN 0 ELSE status_rank END`;
  const columns = sql`product_id, sort_name, worst_budget`;
  const window = sql`LIMIT ${query.limit} OFFSET ${query.offset}`;
  if (query.sort !== 'status') {
    const statusFilter =
      wanted.size < portfolioStatusOrder.length
        ? sql`AND ${effectiveRank} = ANY(${column([...wanted].map(statusRank), 'int')})`
        : sql``;
    return sql`SELECT ${columns}, ${effectiveRank} AS rank FROM service_level_summaries
      WHERE ${filters} ${statusFilter} ORDER BY ${pageOrder(query)} ${window}`;
  }
  const enough = query.offset + query.limit;
  const part = (rank: number, condition: SQL) =>
    sql`(SELECT ${columns}, ${rank}::int AS rank FROM service_level_summaries
      WHERE ${filters} AND ${condition} ORDER BY ${pageOrder(query)} LIMIT ${enough})`;
  const parts: SQL[] = [];
  portfolioStatusOrder.forEach((status, rank) => {
    if (!wanted.has(status)) return;
    if (rank === 0) {
      parts.push(part(0, sql`status_rank = 0`));
      parts.push(part(0, sql`status_rank <> 0 AND deadline <= ${now}`));
    } else {
      parts.push(
        part(rank, sql`status_rank = ${rank} AND (deadline IS NULL OR deadline > ${now})`),
      );
    }
  });
  if (parts.length === 0)
    return sql`SELECT ${columns}, 0 AS rank FROM service_level_summaries WHERE FALSE`;
  return sql`SELECT * FROM (${sql.join(parts, sql` UNION ALL `)}) parts
    ORDER BY rank, ${pageOrder(query)} ${window}`;
}

/** Filters of the portfolio, but not its status filter: what `counts` are over. */
function summaryFilters(query: ServiceLevelFilter): SQL {
  const conditions: SQL[] = [sql`TRUE`];
  if (query.domains?.length) conditions.push(sql`domain = ANY(${column(query.domains, 'text')})`);
  if (query.teams?.length) conditions.push(sql`team = ANY(${column(query.teams, 'text')})`);
  if (query.kinds?.length) conditions.push(sql`kinds && ${column(query.kinds, 'text')}`);
  return sql.join(conditions, sql` AND `);
}

/** The kinds of a summary's SLOs, once each, in one order. */
const kindsOf = (summary: ServiceLevelSummary) =>
  [...new Set(summary.slos.flatMap((slo) => (slo.kind === null ? [] : [slo.kind])))].sort();

/**
 * What an overview was read from, kept for a filter: as the data was when `state` was read, at
 * the request time `at`, in `took` milliseconds.
 */
interface KeptParts {
  state: string;
  at: number;
  took: number;
  parts: Omit<OverviewParts, 'periods'>;
}

/**
 * Kept parts are good for as long as the data they were read from stays the same. Once it
 * changed, they are still answered, for a minute at most, and read again when they are older
 * than ten times their last reading took: however fast pipelines report, a filter in use costs
 * at most a tenth of the time in readings (every rollup of its products, seconds on a mesh of
 * 50,000), and a change shows within ten readings' time. A reading under 100 ms is waited for
 * rather than done behind the earlier answer, so on a small mesh a change shows at once.
 */
const overviewMaxAgeMs = 60_000;
const readingShare = 10;
const defaultWaitUnderMs = 100;

const emptyCounts = (): Record<SloStatus, number> => ({
  met: 0,
  atRisk: 0,
  breached: 0,
  noData: 0,
  declared: 0,
});

/** Observations and what is evaluated from them, in PostgreSQL. */
/** A map's values ordered by key (code points), so every writer locks rows in one order. */
function inKeyOrder<T>(map: ReadonlyMap<string, T>): T[] {
  return [...map.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((key) => map.get(key) as T);
}

export function createPostgresObservationStore(
  { db }: Database,
  /** `overviewWaitUnderMs`: 0 to see a reading behind an earlier answer on a small mesh too. */
  { overviewWaitUnderMs = defaultWaitUnderMs }: { overviewWaitUnderMs?: number } = {},
): ObservationStore {
  /**
   * Portfolio pages, kept by the listing's revision and the next deadline to pass: a dashboard
   * asks the same pages over and over, and a save on any replica or a deadline passing makes
   * every kept page unreachable at once.
   */
  const pages = new LruCache<Promise<ServiceLevelPage>>(200);
  /** What overviews were read from, by filter set: a few hundred kilobytes each at most. */
  const overviews = new LruCache<KeptParts>(50);
  /** Readings under way, by key: requests meanwhile share them. */
  const reading = new Map<string, Promise<KeptParts>>();

  /** Products, rollups and incidents of the overview: three grouped queries. */
  async function readParts(
    filter: ServiceLevelFilter,
    periods: OverviewPeriods,
  ): Promise<KeptParts['parts']> {
    const scope = summaryFilters(filter);
    const rank = sql`CASE WHEN deadline <= ${filter.now}::timestamptz THEN 0 ELSE status_rank END`;
    const matched = filter.statuses?.length
      ? sql`${scope} AND ${rank} = ANY(${column(filter.statuses.map(statusRank), 'int')})`
      : scope;
    const products = sql`SELECT product_id FROM service_level_summaries WHERE ${matched}`;
    const [counts, days, incidents] = await Promise.all([
      rows<{
        domain: string | null;
        team: string | null;
        rank: number;
        products: number;
        open_incidents: number;
      }>(
        db,
        sql`SELECT domain, team, ${rank} AS rank, count(*)::int AS products,
              coalesce(sum(open_incidents), 0)::int AS open_incidents
            FROM service_level_summaries WHERE ${scope} GROUP BY 1, 2, 3`,
      ),
      // Only the rollups: raw observations are never read for the mesh.
      rows<{ day: string; good: number; bad: number }>(
        db,
        sql`SELECT day::text AS day, sum(good) AS good, sum(bad) AS bad FROM slo_rollups
            WHERE day BETWEEN ${periods.firstDay}::date AND ${periods.lastDay}::date
              AND product_id IN (${products})
            GROUP BY day`,
      ),
      rows<{ started_at: Timestamp; detected_at: Timestamp; resolved_at: Timestamp | null }>(
        db,
        sql`SELECT started_at, detected_at, resolved_at FROM incidents
            WHERE ${touchingSince(periods.incidentsFrom)} AND product_id IN (${products})`,
      ),
    ]);
    return {
      counts: counts.map((row) => ({
        domain: row.domain,
        team: row.team,
        status: rankedStatus(row.rank),
        products: Number(row.products),
        openIncidents: Number(row.open_incidents),
      })),
      days: days.map((row) => ({ day: row.day, good: Number(row.good), bad: Number(row.bad) })),
      incidents: incidents.map((row) => ({
        started: new Date(row.started_at).getTime(),
        detected: new Date(row.detected_at).getTime(),
        resolved: row.resolved_at === null ? Number.NaN : new Date(row.resolved_at).getTime(),
      })),
    };
  }

  /** Reads the parts and keeps them (a newer reading is not replaced by an older one). */
  function readAndKeep(
    key: string,
    state: string,
    filter: ServiceLevelFilter,
    periods: OverviewPeriods,
  ): Promise<KeptParts> {
    const running = reading.get(key);
    if (running) return running;
    const started = performance.now();
    const read = readParts(filter, periods)
      .then((parts) => {
        const kept = { state, at: periods.now, took: performance.now() - started, parts };
        const previous = overviews.get(key);
        if (!previous || previous.at <= kept.at) overviews.set(key, kept);
        return kept;
      })
      .finally(() => reading.delete(key));
    reading.set(key, read);
    // Read behind an earlier answer, a failure is the next request's to see.
    read.catch(() => undefined);
    return read;
  }

  async function readSummaries(query: ServiceLevelQuery): Promise<ServiceLevelPage> {
    const filters = summaryFilters(query);
    const now = sql`${query.now}::timestamptz`;
    const wanted = new Set(query.statuses?.length ? query.statuses : portfolioStatusOrder);
    const [grouped, page] = await Promise.all([
      rows<{ rank: number; count: number; open_incidents: number }>(
        db,
        sql`SELECT CASE WHEN deadline <= ${now} THEN 0 ELSE status_rank END AS rank,
                count(*)::int AS count, coalesce(sum(open_incidents), 0)::int AS open_incidents
              FROM service_level_summaries WHERE ${filters} GROUP BY 1`,
      ),
      rows<{ summary: ServiceLevelSummary; rank: number }>(
        db,
        sql`SELECT d.summary, page.rank FROM (${pageSql(query, filters, wanted)}) page
              JOIN service_level_summary_documents d USING (product_id)
              ORDER BY ${query.sort === 'status' ? sql`page.rank, ` : sql``}${pageOrder(query, 'page.')}`,
      ),
    ]);
    const counts = emptyCounts();
    let openIncidents = 0;
    for (const row of grouped) {
      counts[rankedStatus(row.rank)] = Number(row.count);
      openIncidents += Number(row.open_incidents);
    }
    return {
      total: [...wanted].reduce((sum, chosen) => sum + counts[chosen], 0),
      counts,
      openIncidents,
      items: page.map((row) => ({ ...row.summary, status: rankedStatus(row.rank) })),
    };
  }

  return {
    async append(observations, receivedAt) {
      const unique = new Map<string, Observation>();
      for (const observation of observations)
        if (!unique.has(observation.key)) unique.set(observation.key, observation);
      if (unique.size === 0) return { added: 0, duplicates: observations.length };
      const added = await db.transaction(async (tx) => {
        let count = 0;
        // Rows in key order: concurrent writers then take their locks in the same order, never a deadlock.
        for (const chunk of chunks(inKeyOrder(unique))) {
          const pick = <T>(read: (observation: Observation) => T) => chunk.map(read);
          const inserted = await rows<{ key: string }>(
            tx,
            sql`INSERT INTO observations (key, product_id, port_name, contract_id, kind, status,
                  observed_at, source, source_name, run_id, rule_id, check_name, dimension,
                  message, value, received_at)
                SELECT *, ${receivedAt}::timestamptz FROM unnest(
                  ${column(
                    pick((o) => o.key),
                    'text',
                  )}, ${column(
                    pick((o) => o.productId),
                    'text',
                  )},
                  ${column(
                    pick((o) => o.portName),
                    'text',
                  )}, ${column(
                    pick((o) => o.contractId),
                    'text',
                  )},
                  ${column(
                    pick((o) => o.kind),
                    'text',
                  )}, ${column(
                    pick((o) => o.status),
                    'text',
                  )},
                  ${column(
                    pick((o) => o.observedAt),
                    'timestamptz',
                  )}, ${column(
                    pick((o) => o.source),
                    'text',
                  )},
                  ${column(
                    pick((o) => o.sourceName),
                    'text',
                  )}, ${column(
                    pick((o) => o.runId),
                    'text',
                  )},
                  ${column(
                    pick((o) => o.ruleId),
                    'text',
                  )}, ${column(
                    pick((o) => o.checkName),
                    'text',
                  )},
                  ${column(
                    pick((o) => o.dimension),
                    'text',
                  )}, ${column(
                    pick((o) => o.message),
                    'text',
                  )},
                  ${column(
                    pick((o) => o.value),
                    'float8',
                  )})
                ON CONFLICT (key) DO NOTHING
                RETURNING key`,
          );
          count += inserted.length;
        }
        return count;
      });
      return { added, duplicates: observations.length - added };
    },

    async latestObservedAt(source) {
      const [row] = await rows<{ latest: string | Date | null }>(
        db,
        sql`SELECT max(observed_at) AS latest FROM observations WHERE source = ${source}`,
      );
      return row?.latest ? new Date(row.latest).toISOString() : null;
    },

    async listForPort(port, from, to) {
      const found = await rows<ObservationRow>(
        db,
        sql`SELECT * FROM observations
            WHERE product_id = ${port.productId} AND port_name = ${port.portName}
              AND observed_at >= ${from}::timestamptz
              ${to === undefined ? sql`` : sql`AND observed_at < ${to}::timestamptz`}
            ORDER BY observed_at, key COLLATE "C"`,
      );
      return found.map(toObservation);
    },

    async prune(before) {
      const [deleted] = await rows<{ count: number }>(
        db,
        sql`WITH deleted AS (
              DELETE FROM observations WHERE observed_at < ${before}::timestamptz RETURNING 1)
            SELECT count(*)::int AS count FROM deleted`,
      );
      await db.execute(
        sql`DELETE FROM observation_runs WHERE remembered_at < ${before}::timestamptz`,
      );
      return deleted?.count ?? 0;
    },

    async rememberRunPorts(runs, at) {
      const unique = new Map<string, { runId: string } & PortRef>();
      for (const [runId, ports] of runs)
        for (const { productId, portName } of ports)
          unique.set(`${runId}\u0000${productId}\u0000${portName}`, { runId, productId, portName });
      // Rows in key order, as every writer takes them: concurrent deliveries never deadlock.
      for (const chunk of chunks(inKeyOrder(unique))) {
        await db.execute(
          sql`INSERT INTO observation_runs (run_id, product_id, port_name, remembered_at)
              SELECT run_id, product_id, port_name, ${at}::timestamptz FROM unnest(
                ${column(
                  chunk.map((run) => run.runId),
                  'text',
                )}, ${column(
                  chunk.map((run) => run.productId),
                  'text',
                )}, ${column(
                  chunk.map((run) => run.portName),
                  'text',
                )}) AS runs (run_id, product_id, port_name)
              ON CONFLICT (run_id, product_id, port_name) DO UPDATE
                SET remembered_at = GREATEST(observation_runs.remembered_at, excluded.remembered_at)`,
        );
      }
    },

    async runPorts(runIds) {
      const found = new Map<string, PortRef[]>();
      if (runIds.length === 0) return found;
      const remembered = await rows<{ run_id: string; product_id: string; port_name: string }>(
        db,
        sql`SELECT run_id, product_id, port_name FROM observation_runs
            WHERE run_id = ANY(${column(runIds, 'text')})
            ORDER BY run_id, product_id COLLATE "C", port_name COLLATE "C"`,
      );
      for (const row of remembered) {
        let ports = found.get(row.run_id);
        if (!ports) found.set(row.run_id, (ports = []));
        ports.push({ productId: row.product_id, portName: row.port_name });
      }
      return found;
    },

    async addUnmatched(items, receivedAt) {
      const groups = new Map<string, { item: (typeof items)[number]; count: number }>();
      for (const item of items) {
        const key = `${item.source}\u0000${item.reference}\u0000${item.reason}`;
        // The latest of one delivery describes the group, as one by one would.
        groups.set(key, { item, count: (groups.get(key)?.count ?? 0) + 1 });
      }
      for (const chunk of chunks(inKeyOrder(groups))) {
        const pick = (read: (item: (typeof items)[number]) => string) =>
          column(
            chunk.map((group) => read(group.item)),
            'text',
          );
        await db.execute(
          sql`INSERT INTO unmatched_observations AS u (source, reference, reason, source_name,
                observed_at, count, first_received_at, last_received_at)
              SELECT source, reference, reason, source_name, observed_at::timestamptz, count,
                ${receivedAt}::timestamptz, ${receivedAt}::timestamptz
              FROM unnest(${pick((item) => item.source)}, ${pick((item) => item.reference)},
                ${pick((item) => item.reason)}, ${pick((item) => item.sourceName)},
                ${pick((item) => item.observedAt)}, ${column(
                  chunk.map((group) => group.count),
                  'int',
                )})
                AS items (source, reference, reason, source_name, observed_at, count)
              ON CONFLICT (source, reference, reason) DO UPDATE SET
                count = u.count + excluded.count,
                first_received_at = LEAST(u.first_received_at, excluded.first_received_at),
                last_received_at = GREATEST(u.last_received_at, excluded.last_received_at),
                source_name = CASE WHEN excluded.last_received_at >= u.last_received_at
                  THEN excluded.source_name ELSE u.source_name END,
                observed_at = CASE WHEN excluded.last_received_at >= u.last_received_at
                  THEN excluded.observed_at ELSE u.observed_at END`,
        );
      }
    },

    async listUnmatched(limit) {
      const found = await rows<UnmatchedRow>(
        db,
        sql`SELECT * FROM unmatched_observations
            ORDER BY last_received_at DESC, source COLLATE "C", reference COLLATE "C",
              reason COLLATE "C"
            LIMIT ${limit}`,
      );
      return found.map((row): UnmatchedGroup => ({
        source: row.source,
        reference: row.reference,
        reason: row.reason,
        observedAt: toIso(row.observed_at),
        sourceName: row.source_name,
        count: Number(row.count),
        firstReceivedAt: toIso(row.first_received_at),
        lastReceivedAt: toIso(row.last_received_at),
      }));
    },

    async pruneUnmatched(before) {
      const [deleted] = await rows<{ count: number }>(
        db,
        sql`WITH deleted AS (
              DELETE FROM unmatched_observations WHERE last_received_at < ${before}::timestamptz
              RETURNING 1)
            SELECT count(*)::int AS count FROM deleted`,
      );
      return deleted?.count ?? 0;
    },

    async recordReads(reads) {
      const edges = new Map<string, ObservedEdge>();
      for (const read of reads) {
        const key = `${read.readerProductId}\u0000${read.source.productId}\u0000${read.source.portName}`;
        const known = edges.get(key);
        const seen: ObservedEdge = {
          readerProductId: read.readerProductId,
          sourceProductId: read.source.productId,
          sourcePortName: read.source.portName,
          sourceContractId: read.source.contractId,
          dataset: read.dataset,
          jobName: read.jobName,
          firstSeenAt: read.observedAt,
          lastSeenAt: read.observedAt,
        };
        if (!known) edges.set(key, seen);
        else
          edges.set(key, {
            ...(later(read.observedAt, known.lastSeenAt) ? seen : known),
            firstSeenAt: later(read.observedAt, known.firstSeenAt)
              ? known.firstSeenAt
              : read.observedAt,
            lastSeenAt: later(read.observedAt, known.lastSeenAt)
              ? read.observedAt
              : known.lastSeenAt,
          });
      }
      for (const chunk of chunks(inKeyOrder(edges))) {
        const pick = (read: (edge: ObservedEdge) => string | null, type = 'text') =>
          column(chunk.map(read), type);
        await db.execute(
          sql`INSERT INTO observed_reads AS r (reader_product_id, source_product_id,
                source_port_name, source_contract_id, dataset_namespace, dataset_name, job_name,
                first_seen_at, last_seen_at)
              SELECT * FROM unnest(${pick((edge) => edge.readerProductId)},
                ${pick((edge) => edge.sourceProductId)}, ${pick((edge) => edge.sourcePortName)},
                ${pick((edge) => edge.sourceContractId)}, ${pick((edge) => edge.dataset.namespace)},
                ${pick((edge) => edge.dataset.name)}, ${pick((edge) => edge.jobName)},
                ${pick((edge) => edge.firstSeenAt, 'timestamptz')},
                ${pick((edge) => edge.lastSeenAt, 'timestamptz')})
              ON CONFLICT (reader_product_id, source_product_id, source_port_name) DO UPDATE SET
                first_seen_at = LEAST(r.first_seen_at, excluded.first_seen_at),
                last_seen_at = GREATEST(r.last_seen_at, excluded.last_seen_at),
                source_contract_id = CASE WHEN excluded.last_seen_at >= r.last_seen_at
                  THEN excluded.source_contract_id ELSE r.source_contract_id END,
                dataset_namespace = CASE WHEN excluded.last_seen_at >= r.last_seen_at
                  THEN excluded.dataset_namespace ELSE r.dataset_namespace END,
                dataset_name = CASE WHEN excluded.last_seen_at >= r.last_seen_at
                  THEN excluded.dataset_name ELSE r.dataset_name END,
                job_name = CASE WHEN excluded.last_seen_at >= r.last_seen_at
                  THEN excluded.job_name ELSE r.job_name END`,
        );
      }
    },

    async listReads(productId, side) {
      const found = await rows<EdgeRow>(
        db,
        side === 'reader'
          ? sql`SELECT * FROM observed_reads WHERE reader_product_id = ${productId} ${edgeOrder}`
          : sql`SELECT * FROM observed_reads WHERE source_product_id = ${productId} ${edgeOrder}`,
      );
      return found.map(toEdge);
    },

    async listReadsAmong(productIds) {
      if (productIds.length === 0) return [];
      const ids = column(productIds, 'text');
      const found = await rows<EdgeRow>(
        db,
        sql`SELECT * FROM observed_reads
            WHERE reader_product_id = ANY(${ids}) AND source_product_id = ANY(${ids}) ${edgeOrder}`,
      );
      return found.map(toEdge);
    },

    async replaceRollups(port, fromDay, rollups) {
      const replacing = new Map<string, DailyRollup>();
      // Days before `fromDay` are not being replaced: what is kept for them stays.
      for (const rollup of rollups)
        if (rollup.day >= fromDay) replacing.set(`${rollup.sloId}\u0000${rollup.day}`, rollup);
      const chosen = inKeyOrder(replacing);
      // One statement, writing only what changed: an evaluation mostly moves today's rollups,
      // and rewriting a month of unchanged rows would cost a new row version of each.
      await db.execute(
        sql`WITH incoming AS (
              SELECT * FROM unnest(${column(
                chosen.map((rollup) => rollup.sloId),
                'text',
              )}, ${column(
                chosen.map((rollup) => rollup.day),
                'date',
              )}, ${column(
                chosen.map((rollup) => rollup.good),
                'float8',
              )}, ${column(
                chosen.map((rollup) => rollup.bad),
                'float8',
              )}) AS r (slo_id, day, good, bad)),
            removed AS (
              DELETE FROM slo_rollups s
              WHERE s.product_id = ${port.productId} AND s.port_name = ${port.portName}
                AND s.day >= ${fromDay}::date
                AND NOT EXISTS (SELECT 1 FROM incoming i WHERE i.slo_id = s.slo_id AND i.day = s.day)
              RETURNING 1),
            written AS (
              INSERT INTO slo_rollups (product_id, port_name, slo_id, day, good, bad)
              SELECT ${port.productId}, ${port.portName}, slo_id, day, good, bad FROM incoming
              ON CONFLICT (product_id, port_name, slo_id, day) DO UPDATE
                SET good = excluded.good, bad = excluded.bad
                WHERE slo_rollups.good <> excluded.good OR slo_rollups.bad <> excluded.bad
              RETURNING 1)
            -- A change tells kept overviews they are out of date (see overview).
            SELECT nextval('service_level_change')
            WHERE EXISTS (SELECT 1 FROM removed) OR EXISTS (SELECT 1 FROM written)`,
      );
    },

    async listRollups(port, fromDay) {
      const found = await rows<{ slo_id: string; day: string; good: number; bad: number }>(
        db,
        sql`SELECT slo_id, day::text AS day, good, bad FROM slo_rollups
            WHERE product_id = ${port.productId} AND port_name = ${port.portName}
              AND day >= ${fromDay}::date
            ORDER BY slo_id COLLATE "C", day`,
      );
      return found.map((row) => ({
        productId: port.productId,
        portName: port.portName,
        sloId: row.slo_id,
        day: row.day,
        good: Number(row.good),
        bad: Number(row.bad),
      }));
    },

    async saveSummary(summary) {
      // One statement: the listing row and the summary change together.
      await db.execute(
        sql`WITH listing AS (
              INSERT INTO service_level_summaries (product_id, sort_name, domain, team, status,
                status_rank, deadline, worst_budget, open_incidents, kinds, evaluated_at)
              VALUES (${summary.productId}, ${summary.name.toLowerCase()}, ${summary.domain},
                ${summary.team}, ${summary.status}, ${statusRank(summary.status)},
                ${summary.deadline}::timestamptz,
                ${summary.worstBudget}::float8, ${summary.openIncidents},
                ${column(kindsOf(summary), 'text')}, ${summary.evaluatedAt}::timestamptz)
              ON CONFLICT (product_id) DO UPDATE SET sort_name = excluded.sort_name,
                domain = excluded.domain, team = excluded.team, status = excluded.status,
                status_rank = excluded.status_rank, deadline = excluded.deadline, worst_budget = excluded.worst_budget,
                open_incidents = excluded.open_incidents, kinds = excluded.kinds,
                evaluated_at = excluded.evaluated_at, revision = excluded.revision
              RETURNING product_id)
            INSERT INTO service_level_summary_documents (product_id, summary)
            SELECT product_id, ${JSON.stringify(summary)}::jsonb FROM listing
            ON CONFLICT (product_id) DO UPDATE SET summary = excluded.summary`,
      );
    },

    async getSummary(productId) {
      const [row] = await rows<{ summary: ServiceLevelSummary }>(
        db,
        sql`SELECT summary FROM service_level_summary_documents WHERE product_id = ${productId}`,
      );
      return row?.summary ?? null;
    },

    async statusesOf(productIds, now) {
      if (productIds.length === 0) return new Map();
      const found = await rows<{ product_id: string; status: SloStatus }>(
        db,
        sql`SELECT product_id,
              CASE WHEN deadline <= ${now}::timestamptz THEN 'breached' ELSE status END AS status
            FROM service_level_summaries WHERE product_id = ANY(${column(productIds, 'text')})`,
      );
      return new Map(found.map((row) => [row.product_id, row.status]));
    },

    async listSummaries(query) {
      // The listing changes with a save (its revision) or when a deadline passes (the next one).
      const [state] = await rows<{ revision: string | null; next: Timestamp | null }>(
        db,
        sql`SELECT (SELECT max(revision) FROM service_level_summaries)::text AS revision,
              (SELECT min(deadline) FROM service_level_summaries
                WHERE evaluated_at < deadline AND deadline > ${query.now}::timestamptz) AS next`,
      );
      const { now: _now, ...asked } = query;
      const key = JSON.stringify([
        state?.revision ?? '0',
        state?.next ? toIso(state.next) : null,
        asked,
      ]);
      return cached(pages, key, () => readSummaries(query));
    },

    async overview(filter) {
      const periods = overviewPeriods(filter.now);
      // What the parts are read from changes with a summary saved (the listing's revision), a
      // deadline passing (the next one), and rollups or incidents written (the change sequence).
      const [found] = await rows<{
        revision: string | null;
        next: Timestamp | null;
        change: string | null;
      }>(
        db,
        sql`SELECT (SELECT max(revision) FROM service_level_summaries)::text AS revision,
              (SELECT min(deadline) FROM service_level_summaries
                WHERE evaluated_at < deadline AND deadline > ${filter.now}::timestamptz) AS next,
              (SELECT CASE WHEN is_called THEN last_value END FROM service_level_change)::text
                AS change`,
      );
      const state = JSON.stringify([
        found?.revision ?? null,
        found?.next ? toIso(found.next) : null,
        found?.change ?? null,
      ]);
      // The parts cover the days and incidents of the periods, which move once a day.
      const { now: _now, ...asked } = filter;
      const key = JSON.stringify([asked, periods.firstDay, periods.incidentsFrom]);
      const kept = overviews.get(key);
      const age = kept ? periods.now - kept.at : Number.NaN;
      let chosen: KeptParts;
      if (kept && kept.state === state) chosen = kept;
      else if (kept && age >= 0 && age < overviewMaxAgeMs) {
        const again =
          age >= kept.took * readingShare ? readAndKeep(key, state, filter, periods) : undefined;
        chosen = again && kept.took < overviewWaitUnderMs ? await again : kept;
      } else chosen = await readAndKeep(key, state, filter, periods);
      // The times (open incidents' downtime, the month so far, the last week) are as of now.
      return assembleOverview(filter, { periods, ...chosen.parts });
    },

    async listDue(now, limit) {
      const due = await rows<{ product_id: string }>(
        db,
        sql`SELECT product_id FROM service_level_summaries
            WHERE deadline <= ${now}::timestamptz AND evaluated_at < deadline
            ORDER BY deadline, product_id COLLATE "C" LIMIT ${limit}`,
      );
      return due.map((row) => row.product_id);
    },
  };
}
