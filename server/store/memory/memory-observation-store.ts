import type { PortRef } from '../../../src/catalog/observations/observation';
import { incidentSpans } from '../../../src/catalog/service-levels/incident-metrics';
import type {
  DailyRollup,
  ServiceLevelSummary,
  SloStatus,
} from '../../../src/catalog/service-levels/service-level-types';
import type {
  IncidentStore,
  ObservationStore,
  ObservedEdge,
  ServiceLevelFilter,
  StoredObservation,
  UnmatchedGroup,
} from '../observation-store';
import { effectiveStatus, portfolioStatusOrder } from '../service-level-order';
import type { DayTotal, ProductCount } from '../service-level-overview';
import { assembleOverview, overviewPeriods, statusWanted } from '../service-level-overview';

/** Code point order, as PostgreSQL's "C" collation sorts. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const time = (iso: string) => Date.parse(iso);
const portKey = (port: PortRef) => `${port.productId}\u0000${port.portName}`;

const emptyCounts = (): Record<SloStatus, number> => ({
  met: 0,
  atRisk: 0,
  breached: 0,
  noData: 0,
  declared: 0,
});

/** Whether a summary meets the filter's domains, teams and kinds (statuses are the caller's). */
function inScope(filter: ServiceLevelFilter): (summary: ServiceLevelSummary) => boolean {
  const domains = filter.domains?.length ? new Set(filter.domains) : null;
  const teams = filter.teams?.length ? new Set(filter.teams) : null;
  const kinds = filter.kinds?.length ? new Set(filter.kinds) : null;
  return (summary) =>
    (!domains || (summary.domain !== null && domains.has(summary.domain))) &&
    (!teams || (summary.team !== null && teams.has(summary.team))) &&
    (!kinds || summary.slos.some((slo) => slo.kind !== null && kinds.has(slo.kind)));
}

/**
 * Observations and what is evaluated from them, in memory, for the browser host and tests. The
 * overview reads the products' incidents from `incidents`.
 */
/** The memory store's observations, with a synchronous status read for searching the catalog. */
export interface MemoryObservationStore extends ObservationStore {
  /** As `statusesOf`, for one product at `nowMs`, without a copy: undefined without a summary. */
  statusNow(productId: string, nowMs: number): SloStatus | undefined;
}

export function createMemoryObservationStore(
  incidents: Pick<IncidentStore, 'listSince'>,
): MemoryObservationStore {
  const observations = new Map<string, StoredObservation>();
  /** Per port, its observations' keys, kept in observed order on read. */
  const byPort = new Map<string, Set<string>>();
  /** Per run, per port, when it was last remembered (each port is pruned on its own). */
  const runs = new Map<string, Map<string, { port: PortRef; rememberedAt: string }>>();
  const unmatched = new Map<string, UnmatchedGroup>();
  const reads = new Map<string, ObservedEdge>();
  const rollups = new Map<string, Map<string, DailyRollup>>();
  const summaries = new Map<string, ServiceLevelSummary>();
  /** Each summary's status and deadline (epoch ms), read by every catalog search. */
  const standing = new Map<string, { status: SloStatus; deadline: number | null }>();
  function statusNow(productId: string, nowMs: number): SloStatus | undefined {
    const found = standing.get(productId);
    if (!found) return undefined;
    return found.deadline !== null && found.deadline <= nowMs ? 'breached' : found.status;
  }

  const byObserved = (a: StoredObservation, b: StoredObservation) =>
    time(a.observedAt) - time(b.observedAt) || byCodePoint(a.key, b.key);
  const byEdge = (a: ObservedEdge, b: ObservedEdge) =>
    byCodePoint(a.readerProductId, b.readerProductId) ||
    byCodePoint(a.sourceProductId, b.sourceProductId) ||
    byCodePoint(a.sourcePortName, b.sourcePortName);
  const sortName = (summary: ServiceLevelSummary) => summary.name.toLowerCase();
  const byName = (a: ServiceLevelSummary, b: ServiceLevelSummary) =>
    byCodePoint(sortName(a), sortName(b)) || byCodePoint(a.productId, b.productId);

  return {
    async append(items, receivedAt) {
      let added = 0;
      for (const item of items) {
        if (observations.has(item.key)) continue;
        observations.set(item.key, { ...structuredClone(item), receivedAt });
        let keys = byPort.get(portKey(item));
        if (!keys) byPort.set(portKey(item), (keys = new Set()));
        keys.add(item.key);
        added += 1;
      }
      return { added, duplicates: items.length - added };
    },

    async latestObservedAt(source) {
      let latest: StoredObservation | null = null;
      for (const observation of observations.values()) {
        if (observation.source !== source) continue;
        if (!latest || time(observation.observedAt) > time(latest.observedAt)) latest = observation;
      }
      return latest?.observedAt ?? null;
    },

    async listForPort(port, from, to) {
      const found: StoredObservation[] = [];
      for (const key of byPort.get(portKey(port)) ?? []) {
        const observation = observations.get(key);
        if (!observation) continue;
        const at = time(observation.observedAt);
        if (at < time(from) || (to !== undefined && at >= time(to))) continue;
        found.push(structuredClone(observation));
      }
      return found.sort(byObserved);
    },

    async prune(before) {
      let removed = 0;
      for (const [key, observation] of observations) {
        if (time(observation.observedAt) >= time(before)) continue;
        observations.delete(key);
        byPort.get(portKey(observation))?.delete(key);
        removed += 1;
      }
      for (const [runId, run] of runs) {
        for (const [key, entry] of run) {
          if (time(entry.rememberedAt) < time(before)) run.delete(key);
        }
        if (run.size === 0) runs.delete(runId);
      }
      return removed;
    },

    async rememberRunPorts(remembered, at) {
      for (const [runId, ports] of remembered) {
        if (ports.length === 0) continue;
        let run = runs.get(runId);
        if (!run) runs.set(runId, (run = new Map()));
        for (const { productId, portName } of ports) {
          const key = portKey({ productId, portName });
          const known = run.get(key);
          if (known && time(known.rememberedAt) >= time(at)) continue;
          run.set(key, { port: { productId, portName }, rememberedAt: at });
        }
      }
    },

    async runPorts(runIds) {
      const found = new Map<string, PortRef[]>();
      for (const runId of runIds) {
        const run = runs.get(runId);
        if (!run || run.size === 0) continue;
        found.set(
          runId,
          [...run.values()]
            .map(({ port }) => ({ ...port }))
            .sort(
              (a, b) =>
                byCodePoint(a.productId, b.productId) || byCodePoint(a.portName, b.portName),
            ),
        );
      }
      return found;
    },

    async addUnmatched(items, receivedAt) {
      for (const item of items) {
        const key = `${item.source}\u0000${item.reference}\u0000${item.reason}`;
        const group = unmatched.get(key);
        if (!group) {
          unmatched.set(key, {
            ...structuredClone(item),
            count: 1,
            firstReceivedAt: receivedAt,
            lastReceivedAt: receivedAt,
          });
          continue;
        }
        group.count += 1;
        if (time(receivedAt) >= time(group.lastReceivedAt)) {
          group.lastReceivedAt = receivedAt;
          group.observedAt = item.observedAt;
          group.sourceName = item.sourceName;
        }
        if (time(receivedAt) < time(group.firstReceivedAt)) group.firstReceivedAt = receivedAt;
      }
    },

    async listUnmatched(limit) {
      return [...unmatched.values()]
        .sort(
          (a, b) =>
            time(b.lastReceivedAt) - time(a.lastReceivedAt) ||
            byCodePoint(a.source, b.source) ||
            byCodePoint(a.reference, b.reference) ||
            byCodePoint(a.reason, b.reason),
        )
        .slice(0, limit)
        .map((group) => structuredClone(group));
    },

    async pruneUnmatched(before) {
      let removed = 0;
      for (const [key, group] of unmatched) {
        if (time(group.lastReceivedAt) >= time(before)) continue;
        unmatched.delete(key);
        removed += 1;
      }
      return removed;
    },

    async recordReads(items) {
      for (const read of items) {
        const key = `${read.readerProductId}\u0000${portKey(read.source)}`;
        const edge = reads.get(key);
        const latest = {
          sourceContractId: read.source.contractId,
          dataset: { namespace: read.dataset.namespace, name: read.dataset.name },
          jobName: read.jobName,
        };
        if (!edge) {
          reads.set(key, {
            readerProductId: read.readerProductId,
            sourceProductId: read.source.productId,
            sourcePortName: read.source.portName,
            ...latest,
            firstSeenAt: read.observedAt,
            lastSeenAt: read.observedAt,
          });
          continue;
        }
        if (time(read.observedAt) >= time(edge.lastSeenAt)) {
          Object.assign(edge, latest, { lastSeenAt: read.observedAt });
        }
        if (time(read.observedAt) < time(edge.firstSeenAt)) edge.firstSeenAt = read.observedAt;
      }
    },

    async listReads(productId, side) {
      return [...reads.values()]
        .filter((edge) =>
          side === 'reader'
            ? edge.readerProductId === productId
            : edge.sourceProductId === productId,
        )
        .sort(byEdge)
        .map((edge) => structuredClone(edge));
    },

    async listReadsAmong(productIds) {
      const wanted = new Set(productIds);
      return [...reads.values()]
        .filter((edge) => wanted.has(edge.readerProductId) && wanted.has(edge.sourceProductId))
        .sort(byEdge)
        .map((edge) => structuredClone(edge));
    },

    async replaceRollups(port, fromDay, items) {
      const kept = new Map<string, DailyRollup>();
      for (const [key, rollup] of rollups.get(portKey(port)) ?? []) {
        if (rollup.day < fromDay) kept.set(key, rollup);
      }
      for (const { sloId, day, good, bad } of items) {
        // Days before `fromDay` are not being replaced: what is kept for them stays.
        if (day < fromDay) continue;
        kept.set(`${sloId}\u0000${day}`, { ...port, sloId, day, good, bad });
      }
      rollups.set(portKey(port), kept);
    },

    async listRollups(port, fromDay) {
      return [...(rollups.get(portKey(port))?.values() ?? [])]
        .filter((rollup) => rollup.day >= fromDay)
        .sort((a, b) => byCodePoint(a.sloId, b.sloId) || byCodePoint(a.day, b.day))
        .map((rollup) => ({
          productId: port.productId,
          portName: port.portName,
          sloId: rollup.sloId,
          day: rollup.day,
          good: rollup.good,
          bad: rollup.bad,
        }));
    },

    async saveSummary(summary) {
      summaries.set(summary.productId, structuredClone(summary));
      standing.set(summary.productId, {
        status: summary.status,
        deadline: summary.deadline === null ? null : Date.parse(summary.deadline),
      });
    },

    statusNow,

    async getSummary(productId) {
      const summary = summaries.get(productId);
      return summary ? structuredClone(summary) : null;
    },

    async statusesOf(productIds, now) {
      const nowMs = Date.parse(now);
      const statuses = new Map<string, SloStatus>();
      for (const id of productIds) {
        const status = statusNow(id, nowMs);
        if (status) statuses.set(id, status);
      }
      return statuses;
    },

    async listSummaries(query) {
      const scoped = inScope(query);
      const wanted = statusWanted(query);
      const counts = emptyCounts();
      let openIncidents = 0;
      const matched: { summary: ServiceLevelSummary; status: SloStatus }[] = [];
      for (const summary of summaries.values()) {
        if (!scoped(summary)) continue;
        const status = effectiveStatus(summary, query.now);
        counts[status] += 1;
        openIncidents += summary.openIncidents;
        if (wanted(status)) matched.push({ summary, status });
      }
      const rank = (status: SloStatus) => portfolioStatusOrder.indexOf(status);
      const budget = (summary: ServiceLevelSummary) =>
        summary.worstBudget ?? Number.POSITIVE_INFINITY;
      matched.sort((a, b) => {
        if (query.sort === 'status')
          return rank(a.status) - rank(b.status) || byName(a.summary, b.summary);
        if (query.sort === 'budget') {
          const nulls =
            Number(a.summary.worstBudget === null) - Number(b.summary.worstBudget === null);
          return nulls || budget(a.summary) - budget(b.summary) || byName(a.summary, b.summary);
        }
        return byName(a.summary, b.summary);
      });
      return {
        total: matched.length,
        counts,
        openIncidents,
        items: matched
          .slice(query.offset, query.offset + query.limit)
          .map(({ summary, status }) => ({ ...structuredClone(summary), status })),
      };
    },

    async overview(filter) {
      const periods = overviewPeriods(filter.now);
      const scoped = inScope(filter);
      const wanted = statusWanted(filter);
      const counts = new Map<string, ProductCount>();
      const matched = new Set<string>();
      for (const summary of summaries.values()) {
        if (!scoped(summary)) continue;
        const status = effectiveStatus(summary, filter.now);
        if (wanted(status)) matched.add(summary.productId);
        const key = JSON.stringify([summary.domain, summary.team, status]);
        let count = counts.get(key);
        if (!count) {
          const { domain, team } = summary;
          counts.set(key, (count = { domain, team, status, products: 0, openIncidents: 0 }));
        }
        count.products += 1;
        count.openIncidents += summary.openIncidents;
      }
      const days = new Map<string, DayTotal>();
      for (const port of rollups.values()) {
        for (const { productId, day, good, bad } of port.values()) {
          if (!matched.has(productId) || day < periods.firstDay || day > periods.lastDay) continue;
          let total = days.get(day);
          if (!total) days.set(day, (total = { day, good: 0, bad: 0 }));
          total.good += good;
          total.bad += bad;
        }
      }
      const since = await incidents.listSince(periods.incidentsFrom);
      return assembleOverview(filter, {
        periods,
        counts: [...counts.values()],
        days: [...days.values()],
        incidents: incidentSpans(since.filter((incident) => matched.has(incident.productId))),
      });
    },

    async listDue(now, limit) {
      return [...summaries.values()]
        .filter(
          (summary) =>
            summary.deadline !== null &&
            time(summary.deadline) <= time(now) &&
            time(summary.evaluatedAt) < time(summary.deadline),
        )
        .sort(
          (a, b) =>
            time(a.deadline ?? now) - time(b.deadline ?? now) ||
            byCodePoint(a.productId, b.productId),
        )
        .slice(0, limit)
        .map((summary) => summary.productId);
    },
  };
}
