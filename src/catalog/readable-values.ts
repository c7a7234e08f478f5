/**
 * Small formatters that turn raw document values into text a reader sees. They are fixed to
 * English and UTC on purpose: the same contract must read the same on every machine, in every
 * test run and on the server, whatever the local time zone or locale is.
 */

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The trimmed text of a value that is a non-blank string; documents are untrusted input. */
export function nonEmptyText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** `1000000` → "1,000,000": en-US grouping, so numbers read the same for every user. */
export function formatNumber(value: number): string {
  return Number.isFinite(value) ? numberFormat.format(value) : String(value);
}

/** Reads a number written as a number or as numeric text (`4`, `"4"`, `" 99.9 "`). */
export function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || !/^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/.test(value))
    return undefined;
  return Number(value);
}

/**
 * Shows a value exactly as the document holds it. This is the fallback whenever a value cannot
 * be understood: the reader still sees what the author wrote instead of an error.
 */
export function formatRawValue(value: unknown): string {
  if (value === undefined) return 'not set';
  if (typeof value === 'string') return value.trim() === '' ? '(empty)' : value.trim();
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'invalid date' : value.toISOString();
  if (value === null || typeof value !== 'object') return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * `timeToDetect` → "Time to detect", `error_rate` → "Error rate", `RPO` → "RPO": property names
 * are written for machines, headings for people.
 */
export function humanizeName(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_.-]+/)
    .filter((word) => word !== '')
    .map((word) => (word.length > 1 && word === word.toUpperCase() ? word : word.toLowerCase()));
  const sentence = words.join(' ');
  return sentence === ''
    ? 'Unnamed property'
    : sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

const isoDateTime =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * Reads an ISO 8601 date or date-time. A date-time without an offset is taken as UTC rather than
 * local time (which is what `Date.parse` would do), and impossible dates such as 2023-02-30 are
 * rejected instead of rolling over into March.
 */
export function parseIsoDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string') return undefined;
  const match = isoDateTime.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day, hour = 0, minute = 0, second = 0] = match
    .slice(1, 7)
    .map((part) => (part === undefined ? undefined : Number(part)));
  if (year === undefined || month === undefined || day === undefined) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const offsetMinutes = parseOffsetMinutes(match[7]);
  if (offsetMinutes === undefined) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return undefined;
  if (date.getUTCDate() !== day) return undefined;
  date.setUTCHours(hour, minute - offsetMinutes, second, 0);
  return date;
}

/** `Z` → 0, `-08:00` → -480, `+0530` → 330; an impossible offset → undefined. */
export function parseOffsetMinutes(offset: string | undefined): number | undefined {
  if (offset === undefined || /^(z|utc|gmt)$/i.test(offset)) return 0;
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(offset);
  if (!match) return undefined;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? '0');
  if (hours > 14 || minutes > 59) return undefined;
  return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** "12 May 2022", the calendar day in UTC. */
export function formatUtcDate(date: Date): string {
  return `${date.getUTCDate()} ${monthNames[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
