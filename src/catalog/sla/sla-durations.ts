import { formatNumber, readNumber } from '../readable-values';

/**
 * Durations in SLA terms. ODCS writes them as a number plus a free `unit` ("d, day, days for
 * days; y, yr, years for years, etc."), so every spelling authors use is mapped to one unit
 * before it is shown. `m` means minutes: months are `mo`, as SLA terms are far more often about
 * minutes than months.
 */
export type DurationUnit =
  'millisecond' | 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

export interface Duration {
  amount: number;
  unit: DurationUnit;
}

const unitSpellings: ReadonlyArray<readonly [DurationUnit, readonly string[]]> = [
  ['millisecond', ['ms', 'msec', 'msecs', 'millis', 'millisecond', 'milliseconds']],
  ['second', ['s', 'sec', 'secs', 'second', 'seconds']],
  ['minute', ['m', 'min', 'mins', 'minute', 'minutes']],
  ['hour', ['h', 'hr', 'hrs', 'hour', 'hours']],
  ['day', ['d', 'day', 'days']],
  ['week', ['w', 'wk', 'wks', 'week', 'weeks']],
  ['month', ['mo', 'mon', 'mos', 'month', 'months']],
  ['year', ['y', 'yr', 'yrs', 'year', 'years']],
];

// A Map, not an object literal: a unit such as "constructor" must not find a prototype member.
const unitsBySpelling = new Map<string, DurationUnit>(
  unitSpellings.flatMap(([unit, spellings]) => spellings.map((spelling) => [spelling, unit])),
);

/** `d`, `Days`, ` hr ` → the unit they mean; anything else → undefined. */
export function parseDurationUnit(unit: unknown): DurationUnit | undefined {
  return typeof unit === 'string' ? unitsBySpelling.get(unit.trim().toLowerCase()) : undefined;
}

/**
 * Reads `value` + `unit` as a duration. When there is no unit, a value such as "4d" or
 * "15 minutes" is accepted too, since authors write both. Negative amounts are not durations.
 */
export function readDuration(value: unknown, unit: unknown): Duration | undefined {
  const amount = readNumber(value);
  if (amount !== undefined) {
    const parsedUnit = parseDurationUnit(unit);
    return parsedUnit && amount >= 0 ? { amount, unit: parsedUnit } : undefined;
  }
  if (typeof value !== 'string' || (unit !== undefined && unit !== null && unit !== '')) {
    return undefined;
  }
  const match = /^\s*(\d+(?:\.\d+)?)\s*([A-Za-z]+)\s*$/.exec(value);
  return match ? readDuration(match[1], match[2]) : undefined;
}

/** `{ 1, day }` → "1 day", `{ 2, day }` → "2 days". */
export function formatDuration({ amount, unit }: Duration): string {
  return `${formatNumber(amount)} ${amount === 1 ? unit : `${unit}s`}`;
}

const everyOne: Record<DurationUnit, string> = {
  millisecond: 'every millisecond',
  second: 'every second',
  minute: 'every minute',
  hour: 'hourly',
  day: 'daily',
  week: 'weekly',
  month: 'monthly',
  year: 'yearly',
};

/** How often something happens: `{ 1, day }` → "daily", `{ 15, minute }` → "every 15 minutes". */
export function formatRecurrence(duration: Duration): string {
  return duration.amount === 1 ? everyOne[duration.unit] : `every ${formatDuration(duration)}`;
}
