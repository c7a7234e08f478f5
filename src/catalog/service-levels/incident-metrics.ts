/**
 * The incident figures a stakeholder reads for a period: how many, how fast they were noticed
 * and repaired, and data downtime (the time the data was bad and people knew or not: time to
 * detect plus time to resolve, summed over incidents).
 */
import type { Incident } from './service-level-types';
import { minuteMs, toMs } from './utc-days';

export interface IncidentMetrics {
  /** Incidents whose bad time overlaps the period (open ones until now). */
  count: number;
  /** Detected in the period. */
  opened: number;
  /** Resolved in the period. */
  resolved: number;
  /** Over the incidents detected in the period: detectedAt − startedAt; null for none. */
  meanTimeToDetectMinutes: number | null;
  /** Over the incidents resolved in the period: resolvedAt − detectedAt; null for none. */
  meanTimeToResolveMinutes: number | null;
  /**
   * Σ (time to detect + time to resolve) = Σ (resolvedAt − startedAt), incidents still open
   * counted up to now, only the part inside the period.
   */
  downtimeMinutes: number;
}

/** What the figures read of an incident. */
export type IncidentTimes = Pick<Incident, 'startedAt' | 'detectedAt' | 'resolvedAt'>;

export interface IncidentPeriod {
  /** The period is `[from, to)`. */
  from: Date | string;
  to: Date | string;
  now: Date | string;
}

const tidy = (value: number) => Math.round(value * 1e6) / 1e6;
const mean = (values: readonly number[]) =>
  values.length === 0 ? null : tidy(values.reduce((sum, value) => sum + value, 0) / values.length);

/** An incident's times in milliseconds; `resolved` is NaN while it is not resolved. */
export interface IncidentSpan {
  started: number;
  detected: number;
  resolved: number;
}

/** The spans of incidents whose start and detection can be read (others are left out). */
export function incidentSpans(incidents: readonly IncidentTimes[]): IncidentSpan[] {
  const spans: IncidentSpan[] = [];
  for (const incident of incidents) {
    const started = toMs(incident.startedAt);
    const detected = toMs(incident.detectedAt);
    const resolved = incident.resolvedAt === null ? Number.NaN : toMs(incident.resolvedAt);
    if (!Number.isNaN(started) && !Number.isNaN(detected))
      spans.push({ started, detected, resolved });
  }
  return spans;
}

/**
 * Figures for spans in `[from, to)` (milliseconds): for many periods over the same incidents,
 * which are then read once.
 */
export function spanMetrics(
  spans: readonly IncidentSpan[],
  period: { from: number; to: number; now: number },
): IncidentMetrics {
  const { from, to, now } = period;
  const inPeriod = (at: number) => at >= from && at < to;
  let count = 0;
  let downtimeMs = 0;
  const detectMinutes: number[] = [];
  const resolveMinutes: number[] = [];
  for (const { started, detected, resolved } of spans) {
    const end = Number.isNaN(resolved) ? Math.max(now, started) : resolved;
    const overlap = Math.min(end, to) - Math.max(started, from);
    if (overlap > 0 || (inPeriod(started) && end === started)) count += 1;
    if (overlap > 0) downtimeMs += overlap;
    if (inPeriod(detected)) detectMinutes.push(Math.max(0, detected - started) / minuteMs);
    if (!Number.isNaN(resolved) && inPeriod(resolved)) {
      resolveMinutes.push(Math.max(0, resolved - detected) / minuteMs);
    }
  }
  return {
    count,
    opened: detectMinutes.length,
    resolved: resolveMinutes.length,
    meanTimeToDetectMinutes: mean(detectMinutes),
    meanTimeToResolveMinutes: mean(resolveMinutes),
    downtimeMinutes: tidy(downtimeMs / minuteMs),
  };
}

/** Figures for the incidents in `[from, to)`, in any order; unreadable times are left out. */
export function incidentMetrics(
  incidents: readonly IncidentTimes[],
  period: IncidentPeriod,
): IncidentMetrics {
  return spanMetrics(incidentSpans(incidents), {
    from: new Date(period.from).getTime(),
    to: new Date(period.to).getTime(),
    now: new Date(period.now).getTime(),
  });
}
