import type { OdcsSlaProperty } from '../standards/odcs';
import { parseIsoDate, readNumber } from '../readable-values';
import type { DurationUnit } from '../sla/sla-durations';
import { readDuration } from '../sla/sla-durations';
import { findKnownSlaProperty } from '../sla/sla-known-properties';

const milliseconds: Record<DurationUnit, number> = {
  millisecond: 1,
  second: 1_000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
  month: 30 * 86_400_000,
  year: 365 * 86_400_000,
};

const asDuration = (sla: OdcsSlaProperty) => {
  const duration = readDuration(sla.value, sla.unit);
  return duration && duration.amount * milliseconds[duration.unit];
};
const asDate = (sla: OdcsSlaProperty) => parseIsoDate(sla.value)?.getTime();
const asPercent = (sla: OdcsSlaProperty) =>
  readNumber(typeof sla.value === 'string' ? sla.value.replace(/\s*%$/, '') : sla.value);
const asTimeOfDay = (sla: OdcsSlaProperty) => {
  const match = typeof sla.value === 'string' ? /^(\d{1,2}):(\d{2})/.exec(sla.value.trim()) : null;
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
};

/** For each promise: how to read it, and whether a larger reading is the weaker promise. */
const promises: Record<
  string,
  [read: (sla: OdcsSlaProperty) => number | undefined, largerIsWeaker: boolean]
> = {
  Latency: [asDuration, true],
  Frequency: [asDuration, true],
  'Time to detect': [asDuration, true],
  'Time to notify': [asDuration, true],
  'Time to repair': [asDuration, true],
  'Time of availability': [asTimeOfDay, true],
  'General availability': [asDate, true],
  Retention: [asDuration, false],
  Availability: [asPercent, false],
  'End of support': [asDate, false],
  'End of life': [asDate, false],
  Throughput: [asPercent, false],
  'Error rate': [asPercent, true],
};

/**
 * Whether the new SLA entry promises less than the old one: a longer latency, a lower
 * availability, a shorter retention, an earlier end of support. An entry removed promises
 * nothing, which is weaker too. Values that cannot be read are not judged.
 */
export function weakensPromise(before: unknown, after: unknown): boolean {
  if (!before || typeof before !== 'object') return false;
  if (!after || typeof after !== 'object') return true;
  const old = before as OdcsSlaProperty;
  const known = findKnownSlaProperty(String(old.property ?? ''));
  const rule = known && promises[known.name];
  if (!rule) return false;
  const [read, largerIsWeaker] = rule;
  const a = read(old);
  const b = read(after as OdcsSlaProperty);
  if (a === undefined || b === undefined || a === b) return false;
  return largerIsWeaker ? b > a : b < a;
}
