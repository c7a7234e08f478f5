/**
 * Daily rollups: per SLO and UTC day, how many good and bad minutes or events the port had.
 * They are what the window sums, so the evaluation never rereads 30 days of raw observations.
 *
 * A frequency SLO's open gap (no update for longer than promised, up to now) counts once as bad
 * on today; recomputing from `fromDay` later replaces it with the gap's final count on the day
 * the gap ends, so a gap is never counted twice.
 */
import type { Observation } from '../observations/observation';
import type { DailyRollup, Incident, SloDefinition } from './service-level-types';
import {
  sliSamples,
  sortObservations,
  successfulUpdateTimes,
  type SliSamples,
} from './sli-samples';
import { dayIndexOf, dayIndexOfKey, dayKeyOf, dayMs, minuteMs } from './utc-days';

export interface RollUpOptions {
  /** The first day to roll up, `YYYY-MM-DD` (UTC). */
  fromDay: string;
  now: Date | string;
  /** Named on each rollup; when left out, taken from the observations or incidents. */
  productId?: string;
  portName?: string;
}

function bucket(samples: SliSamples, firstDay: number, lastDay: number, nowMs: number) {
  const size = lastDay - firstDay + 1;
  const good = new Array<number>(size).fill(0);
  const bad = new Array<number>(size).fill(0);
  for (const event of samples.events) {
    const index = dayIndexOf(event.at) - firstDay;
    if (index < 0 || index >= size) continue;
    if (event.good) good[index] = (good[index] ?? 0) + 1;
    else bad[index] = (bad[index] ?? 0) + 1;
  }
  if (samples.spans.length === 0) return { good, bad };
  // Stretches are summed in milliseconds and turned into whole minutes once per day, so that a
  // day's good and bad minutes add up to the minutes counted, not to a sum of roundings.
  const goodMs = new Array<number>(size).fill(0);
  const totalMs = new Array<number>(size).fill(0);
  const windowStart = firstDay * dayMs;
  const windowEnd = Math.min((lastDay + 1) * dayMs, nowMs);
  for (const span of samples.spans) {
    let start = Math.max(span.start, windowStart);
    const end = Math.min(span.end, windowEnd);
    while (start < end) {
      const day = dayIndexOf(start);
      const stop = Math.min(end, (day + 1) * dayMs);
      const index = day - firstDay;
      totalMs[index] = (totalMs[index] ?? 0) + stop - start;
      if (span.good) goodMs[index] = (goodMs[index] ?? 0) + stop - start;
      start = stop;
    }
  }
  for (let index = 0; index < size; index += 1) {
    const total = Math.round((totalMs[index] ?? 0) / minuteMs);
    const goodMinutes = Math.min(total, Math.round((goodMs[index] ?? 0) / minuteMs));
    good[index] = (good[index] ?? 0) + goodMinutes;
    bad[index] = (bad[index] ?? 0) + total - goodMinutes;
  }
  return { good, bad };
}

/**
 * One rollup per SLO per UTC day from `fromDay` to the day of `now`, days without anything
 * counted included (good 0, bad 0). `observations` should reach back before `fromDay` by a
 * lead-in (the longest threshold), so the first day knows the update before it; their order
 * does not matter. Declared SLOs get no rollups. Empty when `fromDay` is after today.
 */
export function rollUpPort(
  slos: readonly SloDefinition[],
  observations: readonly Observation[],
  incidents: readonly Incident[],
  options: RollUpOptions,
): DailyRollup[] {
  const nowMs = new Date(options.now).getTime();
  const firstDay = dayIndexOfKey(options.fromDay);
  const lastDay = dayIndexOf(nowMs);
  if (Number.isNaN(firstDay) || Number.isNaN(nowMs) || firstDay > lastDay) return [];
  const productId =
    options.productId ?? observations[0]?.productId ?? incidents[0]?.productId ?? '';
  const portName = options.portName ?? observations[0]?.portName ?? incidents[0]?.portName ?? '';
  const sorted = sortObservations(observations, nowMs);
  const updates = successfulUpdateTimes(sorted);
  const rollups: DailyRollup[] = [];
  for (const slo of slos) {
    if (slo.kind === null) continue;
    const samples = sliSamples(slo, sorted, incidents, nowMs, updates);
    const { good, bad } = bucket(samples, firstDay, lastDay, nowMs);
    for (let index = 0; index <= lastDay - firstDay; index += 1) {
      rollups.push({
        productId,
        portName,
        sloId: slo.id,
        day: dayKeyOf(firstDay + index),
        good: good[index] ?? 0,
        bad: bad[index] ?? 0,
      });
    }
  }
  return rollups;
}
