/**
 * UTC days as the service levels count them. Every day is exactly 24 hours long (UTC has no
 * daylight saving), so a day is its index since 1970-01-01 and a `YYYY-MM-DD` key, nothing
 * more: the same observation lands on the same day on every machine.
 */

export const minuteMs = 60_000;
export const hourMs = 60 * minuteMs;
export const dayMs = 24 * hourMs;

/** Milliseconds since the epoch, or NaN for a time that cannot be read. */
export function toMs(iso: string): number {
  return Date.parse(iso);
}

/** The day index (days since 1970-01-01 UTC) that contains `ms`. */
export function dayIndexOf(ms: number): number {
  return Math.floor(ms / dayMs);
}

const dayKeys = new Map<number, string>();

/** `2024-05-12` for day index 19855 (remembered: evaluation asks for the same few days often). */
export function dayKeyOf(dayIndex: number): string {
  let key = dayKeys.get(dayIndex);
  if (key === undefined) {
    key = new Date(dayIndex * dayMs).toISOString().slice(0, 10);
    if (dayKeys.size >= 10_000) dayKeys.clear();
    dayKeys.set(dayIndex, key);
  }
  return key;
}

/** The day index of a `YYYY-MM-DD` key, or NaN when it is not one. */
export function dayIndexOfKey(day: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return Number.NaN;
  const ms = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(ms) ? Number.NaN : dayIndexOf(ms);
}

/** Consecutive day keys from `firstDay` to `lastDay` (both included); empty when reversed. */
export function dayKeysBetween(firstDay: number, lastDay: number): string[] {
  const keys: string[] = [];
  for (let day = firstDay; day <= lastDay; day += 1) keys.push(dayKeyOf(day));
  return keys;
}

export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}
