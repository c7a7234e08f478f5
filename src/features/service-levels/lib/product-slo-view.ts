/**
 * How one product's service levels are read: which SLOs go where on the page, and the words for
 * what the API gives as figures and codes. Pure functions, so the page stays a picture of them.
 */
import type {
  IncidentPayload,
  ProductServiceLevels,
  SloEvaluationPayload,
} from '@/catalog/service-level-schemas';
import type { SloStatus } from '@/catalog/service-levels/service-level-types';
import { formatAge } from '@/lib/format-age';
import { formatShare } from './service-level-words';

type Port = ProductServiceLevels['ports'][number];
type LastObservation = NonNullable<SloEvaluationPayload['lastObservation']>;
type Day = SloEvaluationPayload['daily'][number];

const minuteMs = 60_000;

const moment = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
const utcDay = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** A moment as the portal writes it elsewhere ("May 3, 2024, 6:30 AM"), in the reader's zone. */
export function formatMoment(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : moment.format(date);
}

/** A `YYYY-MM-DD` day of the API (UTC) as "May 3". */
export function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : utcDay.format(date);
}

/** Minutes from one moment to another, never negative; null when either is unreadable. */
export function minutesBetween(from: string, to: string): number | null {
  const span = new Date(to).getTime() - new Date(from).getTime();
  return Number.isFinite(span) ? Math.max(0, span) / minuteMs : null;
}

/** Who sent an observation, in words: the tool and its own name for the job, run or producer. */
export function sourceWords({
  source,
  sourceName,
}: Pick<LastObservation, 'source' | 'sourceName'>) {
  const tool = {
    openlineage: 'OpenLineage job',
    'datacontract-cli': 'datacontract-cli run',
    oors: 'OORS producer',
  }[source];
  return sourceName ? `${tool} ${sourceName}` : tool;
}

/** A run wrote the data or failed to; a check passed or failed. `error` and `skip` never count. */
export function observationStatusWords(
  status: LastObservation['status'],
  isCheck: boolean,
): string {
  switch (status) {
    case 'pass':
      return isCheck ? 'Passed' : 'Succeeded';
    case 'fail':
      return 'Failed';
    case 'warn':
      return 'Warned';
    case 'error':
      return 'Could not run';
    case 'skip':
      return 'Skipped';
  }
}

/** A 100 % target allows no miss at all, so its budget is all or nothing. */
export const allowsNoMiss = (slo: Pick<SloEvaluationPayload, 'target'>) => slo.target >= 1;

/** The target and where it comes from, so a reader knows whether the owner promised it. */
export function targetWords(slo: SloEvaluationPayload): string {
  const source =
    slo.targetSource === 'contract'
      ? 'from the contract'
      : 'Meshport’s default, the contract states none';
  const share = allowsNoMiss(slo) ? '100 %, no miss allowed' : formatShare(slo.target);
  return `${share} over ${slo.windowDays} days (${source})`;
}

/** How fast the error budget goes, in words, relative to `now` (the evaluation time). */
export function burnWords(slo: SloEvaluationPayload, now: Date): string {
  const budget = slo.errorBudgetRemaining;
  if (budget === null) return 'Nothing observed yet, so no budget is spent';
  if (allowsNoMiss(slo))
    return budget <= 0
      ? 'Spent: a 100 % target has no budget, and there was a miss in the window'
      : 'No budget to burn: a 100 % target allows no miss';
  if (budget <= 0) return 'Its budget is spent';
  if (slo.budgetRunsOutAt) {
    const at = new Date(slo.budgetRunsOutAt);
    return at.getTime() <= now.getTime()
      ? 'At this rate the budget runs out now'
      : `At this rate the budget runs out ${formatAge(slo.budgetRunsOutAt, now)}`;
  }
  return 'Not burning its budget';
}

/** What an SLO counts, for "12 good, 1 bad runs". */
export function unitWords(unit: SloEvaluationPayload['unit']): string {
  return { minutes: 'minutes', events: 'runs or checks', days: 'days' }[unit];
}

/** Whether anything was observed for this SLO: the window has counts or a last observation. */
export const hasData = (slo: SloEvaluationPayload) =>
  slo.good + slo.bad > 0 || slo.lastObservation !== null;

/** Whether the product has been observed at all; a new one has neither data nor incidents. */
export function hasObservations(levels: ProductServiceLevels): boolean {
  return (
    levels.incidents.length > 0 ||
    levels.ports.some((port) => port.slos.some((slo) => hasData(slo)))
  );
}

const isQuality = (slo: SloEvaluationPayload) => slo.kind === 'quality';

/**
 * A port's SLOs by where the page shows them: measured promises with their timeline, quality
 * checks (listed together for the product), and promises Meshport cannot measure.
 */
export function splitPortSlos(port: Port) {
  return {
    measured: port.slos.filter((slo) => slo.kind !== null && !isQuality(slo)),
    quality: port.slos.filter(isQuality),
    declared: port.slos.filter((slo) => slo.kind === null),
  };
}

const statusRank: Record<SloStatus, number> = {
  breached: 0,
  atRisk: 1,
  met: 2,
  noData: 3,
  declared: 4,
};

export interface QualityCheck {
  portName: string;
  slo: SloEvaluationPayload;
}

/** Every quality check of the product, failing first, then at risk, met and not yet run. */
export function qualityChecks(levels: ProductServiceLevels): QualityCheck[] {
  return levels.ports
    .flatMap((port) => splitPortSlos(port).quality.map((slo) => ({ portName: port.portName, slo })))
    .sort(
      (a, b) =>
        statusRank[a.slo.status] - statusRank[b.slo.status] ||
        Number(b.slo.current === 'bad') - Number(a.slo.current === 'bad') ||
        a.slo.label.localeCompare(b.slo.label),
    );
}

/** "Quality: No null values in id" reads "No null values in id" under a Quality heading. */
export const checkName = (label: string) => label.replace(/^Quality:\s*/, '');

/** One day of a check's history: all passed, some failed, all failed, or not checked. */
export type DayVerdict = 'passed' | 'mixed' | 'failed' | 'none';

export function dayVerdict(day: Pick<Day, 'good' | 'bad'>): DayVerdict {
  if (day.good + day.bad === 0) return 'none';
  if (day.bad === 0) return 'passed';
  return day.good === 0 ? 'failed' : 'mixed';
}

/** "28 of 30 days passed, 1 had failures, 1 without a check": the strip of days in words. */
export function historyWords(daily: readonly Pick<Day, 'good' | 'bad'>[]): string {
  const counts = { passed: 0, mixed: 0, failed: 0, none: 0 };
  for (const day of daily) counts[dayVerdict(day)] += 1;
  const parts = [`${counts.passed} of ${daily.length} days passed`];
  const failing = counts.mixed + counts.failed;
  if (failing) parts.push(`${failing} had failures`);
  if (counts.none) parts.push(`${counts.none} without a check`);
  return parts.join(', ');
}

/**
 * The daily series in a sentence, for those who do not see the chart: how many days kept the
 * target, and the worst day.
 */
export function timelineWords(slo: Pick<SloEvaluationPayload, 'daily' | 'target'>): string {
  const known = slo.daily.filter((day) => day.attainment !== null);
  const days = slo.daily.length;
  if (known.length === 0) return `No data on any of the last ${days} days.`;
  const kept = known.filter((day) => (day.attainment ?? 0) >= slo.target).length;
  const worst = known.reduce((low, day) =>
    (day.attainment ?? 1) < (low.attainment ?? 1) ? day : low,
  );
  const parts = [`${kept} of ${days} days at or above the ${formatShare(slo.target)} target`];
  if (known.length < days) parts.push(`${days - known.length} without data`);
  const lowest =
    kept === known.length
      ? ''
      : `; lowest ${formatShare(worst.attainment)} on ${formatDay(worst.day)}`;
  return `${parts.join(', ')}${lowest}.`;
}

/** Open and acknowledged incidents, newest first, then the resolved, last resolved first. */
export function orderIncidents(incidents: readonly IncidentPayload[]) {
  const newest = (a: string | null, b: string | null) => (b ?? '').localeCompare(a ?? '');
  return {
    open: incidents
      .filter((incident) => incident.status !== 'resolved')
      .sort((a, b) => newest(a.detectedAt, b.detectedAt)),
    past: incidents
      .filter((incident) => incident.status === 'resolved')
      .sort((a, b) => newest(a.resolvedAt, b.resolvedAt)),
  };
}

/** What an incident is about: "orders · Freshness", the port alone, or the whole product. */
export function incidentSubject(incident: IncidentPayload, levels: ProductServiceLevels): string {
  if (!incident.portName) return 'The whole product';
  const port = levels.ports.find((entry) => entry.portName === incident.portName);
  const slo = port?.slos.find((entry) => entry.sloId === incident.sloId);
  const about = slo?.label ?? incident.sloId;
  return about ? `${incident.portName} · ${about}` : incident.portName;
}

/** The number of SLOs per status, in the order the page names them ("3 met, 1 breached"). */
export function statusCounts(levels: ProductServiceLevels): [SloStatus, number][] {
  const counts = new Map<SloStatus, number>();
  for (const port of levels.ports)
    for (const slo of port.slos) counts.set(slo.status, (counts.get(slo.status) ?? 0) + 1);
  return (Object.keys(statusRank) as SloStatus[])
    .filter((status) => counts.has(status))
    .map((status) => [status, counts.get(status) ?? 0]);
}
