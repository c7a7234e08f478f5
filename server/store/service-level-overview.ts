/**
 * The overview's periods and figures, shared by the stores: each store finds the products of a
 * filter its own way (a scan in memory, grouped queries in PostgreSQL) and hands over the same
 * three things, counted products, daily rollup totals and incident times, to be put together here.
 */
import { spanMetrics, type IncidentSpan } from '../../src/catalog/service-levels/incident-metrics';
import type { SloStatus } from '../../src/catalog/service-levels/service-level-types';
import { dayIndexOf, dayKeyOf, dayMs, toIso } from '../../src/catalog/service-levels/utc-days';
import type {
  IncidentFigures,
  ServiceLevelFilter,
  ServiceLevelGroup,
  ServiceLevelOverview,
} from './observation-store';

const overviewWeeks = 13;

interface Period {
  from: number;
  to: number;
}

export interface OverviewPeriods {
  now: number;
  month: Period;
  previousMonth: Period;
  /** Oldest first, each seven UTC days; the last ends at `now`. */
  weeks: Period[];
  /** The rollup days the weeks cover, `YYYY-MM-DD`, both included. */
  firstDay: string;
  lastDay: string;
  /** Incidents that matter are those of a period beginning here (`IncidentStore.listSince`). */
  incidentsFrom: string;
}

/** The periods of an overview as of `now`. */
export function overviewPeriods(now: string): OverviewPeriods {
  const at = Date.parse(now);
  const date = new Date(at);
  const monthStart = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
  // Date.UTC carries month -1 into December of the year before.
  const previousMonthStart = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - 1, 1);
  const today = dayIndexOf(at);
  const firstDay = today - overviewWeeks * 7 + 1;
  const weeks = Array.from({ length: overviewWeeks }, (_, index) => {
    const first = firstDay + index * 7;
    return { from: first * dayMs, to: index === overviewWeeks - 1 ? at : (first + 7) * dayMs };
  });
  return {
    now: at,
    month: { from: monthStart, to: at },
    previousMonth: { from: previousMonthStart, to: monthStart },
    weeks,
    firstDay: dayKeyOf(firstDay),
    lastDay: dayKeyOf(today),
    incidentsFrom: toIso(Math.min(previousMonthStart, firstDay * dayMs)),
  };
}

/** Products of one domain, team and status (as of now), among those of the filter's scope. */
export interface ProductCount {
  domain: string | null;
  team: string | null;
  status: SloStatus;
  products: number;
  openIncidents: number;
}

/** Good and bad summed over one day's rollups of the matched products. */
export interface DayTotal {
  day: string;
  good: number;
  bad: number;
}

export interface OverviewParts {
  periods: OverviewPeriods;
  /** Grouped over every product the filter matches but for its statuses. */
  counts: readonly ProductCount[];
  /** Over the matched products, any days (those outside the weeks are left out). */
  days: readonly DayTotal[];
  /** The matched products' incidents since `periods.incidentsFrom`, their times read once. */
  incidents: readonly IncidentSpan[];
}

const emptyCounts = (): Record<SloStatus, number> => ({
  met: 0,
  atRisk: 0,
  breached: 0,
  noData: 0,
  declared: 0,
});

/** Sums agree to the last digit whatever order a store added them in. */
const tidy = (value: number) => Math.round(value * 1e6) / 1e6;

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Worst first: most breached, then most at risk, then by name, products without one last. */
function worstFirst(a: ServiceLevelGroup, b: ServiceLevelGroup): number {
  return (
    b.counts.breached - a.counts.breached ||
    b.counts.atRisk - a.counts.atRisk ||
    Number(a.name === null) - Number(b.name === null) ||
    byCodePoint(a.name ?? '', b.name ?? '')
  );
}

function figures(incidents: readonly IncidentSpan[], period: Period, now: number): IncidentFigures {
  return {
    from: toIso(period.from),
    to: toIso(period.to),
    ...spanMetrics(incidents, { ...period, now }),
  };
}

/** Whether a product of this status is among the matched ones. */
export function statusWanted(filter: ServiceLevelFilter): (status: SloStatus) => boolean {
  const wanted = filter.statuses?.length ? new Set(filter.statuses) : null;
  return (status) => !wanted || wanted.has(status);
}

/** The overview, from what a store found for the filter. */
export function assembleOverview(
  filter: ServiceLevelFilter,
  { periods, counts, days, incidents }: OverviewParts,
): ServiceLevelOverview {
  const wanted = statusWanted(filter);
  const totals = emptyCounts();
  let total = 0;
  let openIncidents = 0;
  const domains = new Map<string | null, ServiceLevelGroup>();
  const teams = new Map<string | null, ServiceLevelGroup>();
  const addTo = (
    groups: Map<string | null, ServiceLevelGroup>,
    name: string | null,
    count: ProductCount,
  ) => {
    let group = groups.get(name);
    if (!group)
      groups.set(name, (group = { name, total: 0, counts: emptyCounts(), openIncidents: 0 }));
    group.total += count.products;
    group.counts[count.status] += count.products;
    group.openIncidents += count.openIncidents;
  };
  for (const count of counts) {
    totals[count.status] += count.products;
    if (!wanted(count.status)) continue;
    total += count.products;
    openIncidents += count.openIncidents;
    addTo(domains, count.domain, count);
    addTo(teams, count.team, count);
  }

  const byDay = new Map(days.map((entry) => [entry.day, entry]));
  const weeks = periods.weeks.map((week) => {
    let good = 0;
    let bad = 0;
    for (let day = week.from; day < week.to; day += dayMs) {
      const entry = byDay.get(dayKeyOf(dayIndexOf(day)));
      good += entry?.good ?? 0;
      bad += entry?.bad ?? 0;
    }
    const { downtimeMinutes, opened, resolved } = spanMetrics(incidents, {
      ...week,
      now: periods.now,
    });
    return {
      from: toIso(week.from),
      to: toIso(week.to),
      attainment: good + bad > 0 ? tidy(good / (good + bad)) : null,
      downtimeMinutes,
      opened,
      resolved,
    };
  });

  return {
    evaluatedAt: toIso(periods.now),
    total,
    counts: totals,
    openIncidents,
    month: figures(incidents, periods.month, periods.now),
    previousMonth: figures(incidents, periods.previousMonth, periods.now),
    byDomain: [...domains.values()].sort(worstFirst),
    byTeam: [...teams.values()].sort(worstFirst),
    weeks,
  };
}
