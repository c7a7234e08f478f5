/**
 * What an SLO counts, before it is counted per day or per burn-rate window: good and bad events
 * at a time, or good and bad stretches of time (freshness, counted in minutes). The daily
 * rollups and the burn rates both read these, so a day and the last hour count alike.
 *
 * Everything is linear in the observations once they are sorted: a freshness SLO is a handful
 * of stretches per update, never a loop over minutes.
 */
import type { Observation } from '../observations/observation';
import { allowedGapMs } from './define-slos';
import type { Incident, SloDefinition } from './service-level-types';
import { dayIndexOf, dayMs, minuteMs, toMs } from './utc-days';

/** One good or bad event (a run, a check, a gap, a day's deadline, an incident). */
export interface SliEvent {
  at: number;
  good: boolean;
}

/** A stretch of good or bad time, `[start, end)` in milliseconds. */
export interface SliSpan {
  start: number;
  end: number;
  good: boolean;
}

export interface SliSamples {
  events: SliEvent[];
  spans: SliSpan[];
}

export interface TimedObservation {
  at: number;
  observation: Observation;
}

/** Observations by time, oldest first, without unreadable times or times after `now`. */
export function sortObservations(
  observations: readonly Observation[],
  nowMs: number,
): TimedObservation[] {
  const timed = observations
    .map((observation) => ({ at: toMs(observation.observedAt), observation }))
    .filter(({ at }) => !Number.isNaN(at) && at <= nowMs);
  // They usually come oldest first already; checking is cheaper than sorting.
  const inOrder = timed.every(
    (item, index) => index === 0 || (timed[index - 1]?.at ?? 0) <= item.at,
  );
  return inOrder ? timed : timed.sort((a, b) => a.at - b.at);
}

export const isSuccessfulUpdate = ({ observation }: TimedObservation) =>
  observation.kind === 'update' && observation.status === 'pass';

/** The distinct times of successful updates, oldest first. */
export function successfulUpdateTimes(sorted: readonly TimedObservation[]): number[] {
  const times: number[] = [];
  for (const item of sorted) {
    if (isSuccessfulUpdate(item) && times[times.length - 1] !== item.at) times.push(item.at);
  }
  return times;
}

/**
 * Whether an observation counts for the SLO and how: true good, false bad, undefined ignored.
 * Only the event kinds that are read straight off observations have an answer.
 */
export function observationVerdict(
  slo: Pick<SloDefinition, 'kind' | 'ruleId' | 'unit'>,
  observation: Observation,
): boolean | undefined {
  const { kind, status } = observation;
  switch (slo.kind) {
    case 'freshness':
      // A stream's latency, measured by lag checks (see `definePortSlos`).
      if (slo.unit !== 'events' || kind !== 'check' || observation.dimension !== 'timeliness')
        return undefined;
      return status === 'pass' || status === 'warn' ? true : status === 'fail' ? false : undefined;
    case 'availability':
      if (kind !== 'update') return undefined;
      return status === 'pass' ? true : status === 'fail' ? false : undefined;
    case 'errorRate':
      return status === 'pass' || status === 'warn' ? true : status === 'fail' ? false : undefined;
    case 'quality':
      if (kind !== 'check' || observation.ruleId !== slo.ruleId) return undefined;
      return status === 'pass' || status === 'warn' ? true : status === 'fail' ? false : undefined;
    default:
      return undefined;
  }
}

/** The deadline of day `dayIndex` for a time-of-availability SLO. */
export function deadlineOfDay(dayIndex: number, minuteOfDayUtc: number): number {
  return dayIndex * dayMs + minuteOfDayUtc * minuteMs;
}

/**
 * The first deadline that `lastUpdate` no longer covers: a deadline is met by an update in the
 * period before it (`(deadline − period, deadline]`, a day unless the port is refreshed less
 * often), so that is the first deadline at or after `lastUpdate + period`.
 */
export function firstUncoveredDeadline(
  lastUpdate: number,
  minuteOfDayUtc: number,
  periodMs = dayMs,
): number {
  const earliest = lastUpdate + periodMs;
  const sameDay = deadlineOfDay(dayIndexOf(earliest), minuteOfDayUtc);
  return sameDay >= earliest ? sameDay : sameDay + dayMs;
}

function freshnessSpans(updates: readonly number[], thresholdMs: number, nowMs: number) {
  const spans: SliSpan[] = [];
  updates.forEach((start, index) => {
    const end = Math.min(updates[index + 1] ?? nowMs, nowMs);
    if (end <= start) return;
    const goodEnd = Math.min(end, start + thresholdMs);
    spans.push({ start, end: goodEnd, good: true });
    if (goodEnd < end) spans.push({ start: goodEnd, end, good: false });
  });
  return spans;
}

function frequencyEvents(updates: readonly number[], allowedMs: number, nowMs: number) {
  const events: SliEvent[] = [];
  for (let index = 1; index < updates.length; index += 1) {
    const at = updates[index] ?? 0;
    events.push({ at, good: at - (updates[index - 1] ?? at) <= allowedMs });
  }
  const last = updates[updates.length - 1];
  if (last !== undefined && nowMs - last > allowedMs) events.push({ at: nowMs, good: false });
  return events;
}

/** One event per passed deadline from the first update ever seen on (one at the deadline counts). */
function deadlineEvents(
  updates: readonly number[],
  minuteOfDayUtc: number,
  nowMs: number,
  periodMs: number,
) {
  const events: SliEvent[] = [];
  const first = updates[0];
  if (first === undefined) return events;
  let day = dayIndexOf(first);
  if (deadlineOfDay(day, minuteOfDayUtc) < first) day += 1;
  let next = 0;
  for (let deadline = deadlineOfDay(day, minuteOfDayUtc); deadline <= nowMs; deadline += dayMs) {
    while ((updates[next + 1] ?? Infinity) <= deadline) next += 1;
    const latest = updates[next] ?? -Infinity;
    events.push({ at: deadline, good: latest <= deadline && latest > deadline - periodMs });
  }
  return events;
}

function incidentEvents(slo: SloDefinition, incidents: readonly Incident[], nowMs: number) {
  const thresholdMs = (slo.threshold.seconds ?? 0) * 1000;
  const events: SliEvent[] = [];
  for (const incident of incidents) {
    const started = toMs(incident.startedAt);
    const detected = toMs(incident.detectedAt);
    const resolved = incident.resolvedAt === null ? Number.NaN : toMs(incident.resolvedAt);
    if (slo.kind === 'timeToDetect' && detected <= nowMs) {
      events.push({ at: detected, good: detected - started <= thresholdMs });
    } else if (slo.kind === 'timeToRepair' && resolved <= nowMs) {
      events.push({ at: resolved, good: resolved - detected <= thresholdMs });
    }
  }
  return events.filter(({ at }) => !Number.isNaN(at)).sort((a, b) => a.at - b.at);
}

/** One event per run or check the SLO counts, good or bad. */
function verdictEvents(slo: SloDefinition, sorted: readonly TimedObservation[]): SliSamples {
  const events: SliEvent[] = [];
  for (const { at, observation } of sorted) {
    const good = observationVerdict(slo, observation);
    if (good !== undefined) events.push({ at, good });
  }
  return { events, spans: [] };
}

/**
 * The SLO's events and stretches up to `nowMs`, from observations sorted by
 * {@link sortObservations} (and the port's incidents, for time to detect and repair).
 */
export function sliSamples(
  slo: SloDefinition,
  sorted: readonly TimedObservation[],
  incidents: readonly Incident[],
  nowMs: number,
  updates: readonly number[] = successfulUpdateTimes(sorted),
): SliSamples {
  const none: SliSamples = { events: [], spans: [] };
  switch (slo.kind) {
    case null:
      return none;
    case 'freshness': {
      if (slo.unit === 'events') return verdictEvents(slo, sorted);
      const thresholdMs = allowedGapMs(slo);
      if (thresholdMs === undefined) return none;
      return { events: [], spans: freshnessSpans(updates, thresholdMs, nowMs) };
    }
    case 'frequency': {
      const allowedMs = allowedGapMs(slo);
      if (allowedMs === undefined) return none;
      return { events: frequencyEvents(updates, allowedMs, nowMs), spans: [] };
    }
    case 'timeOfAvailability': {
      const minute = slo.threshold.minuteOfDayUtc;
      if (minute === undefined) return none;
      const periodMs = Math.max(dayMs, (slo.threshold.seconds ?? 0) * 1000);
      return { events: deadlineEvents(updates, minute, nowMs, periodMs), spans: [] };
    }
    case 'timeToDetect':
    case 'timeToRepair':
      return { events: incidentEvents(slo, incidents, nowMs), spans: [] };
    default:
      return verdictEvents(slo, sorted);
  }
}

/** Good and bad in `(from, to]` for events, `[from, to)` for stretches (in minutes). */
export function countBetween(samples: SliSamples, from: number, to: number) {
  let good = 0;
  let bad = 0;
  for (const event of samples.events) {
    if (event.at <= from || event.at > to) continue;
    if (event.good) good += 1;
    else bad += 1;
  }
  for (const span of samples.spans) {
    const length = Math.min(span.end, to) - Math.max(span.start, from);
    if (length <= 0) continue;
    if (span.good) good += length / minuteMs;
    else bad += length / minuteMs;
  }
  return { good, bad };
}
