import type { OdcsSlaProperty } from '../standards/odcs';
import {
  formatNumber,
  formatRawValue,
  formatUtcDate,
  parseIsoDate,
  parseOffsetMinutes,
  readNumber,
} from '../readable-values';
import { formatDuration, formatRecurrence, readDuration } from './sla-durations';

/**
 * The SLA properties of the Data QoS table that ODCS recommends, each with the heading and the
 * sentence a consumer reads. A describer returns undefined when the value is not in a shape it
 * understands, so the caller can show the raw value instead.
 */
export interface KnownSlaProperty {
  label: string;
  /** The humanised property name, used when the value cannot be understood. */
  name: string;
  /** The sentence, or undefined when the value cannot be read this way. */
  describe: (sla: OdcsSlaProperty) => string | undefined;
}

const durationSentence =
  (sentence: (duration: string) => string) =>
  (sla: OdcsSlaProperty): string | undefined => {
    const duration = readDuration(sla.value, sla.unit);
    return duration && sentence(formatDuration(duration));
  };

const dateSentence =
  (sentence: (date: string) => string) =>
  (sla: OdcsSlaProperty): string | undefined => {
    const date = parseIsoDate(sla.value);
    return date && sentence(formatUtcDate(date));
  };

const recurrenceWords = /^(hourly|daily|weekly|monthly|quarterly|yearly|annually)$/i;

function describeFrequency(sla: OdcsSlaProperty): string | undefined {
  const duration = readDuration(sla.value, sla.unit);
  if (duration && duration.amount > 0) return `Refreshed ${formatRecurrence(duration)}`;
  const word = typeof sla.value === 'string' ? sla.value.trim() : '';
  // Streams have no refresh cycle: new data arrives all the time.
  if (/^(continuous(ly)?|streaming|real[- ]?time)$/i.test(word))
    return 'Updated continuously (streaming)';
  return recurrenceWords.test(word) ? `Refreshed ${word.toLowerCase()}` : undefined;
}

const timeOfDay = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

/** "09:00Z" → "09:00 UTC"; "09:00-08:00" → "09:00 (UTC−08:00)"; no zone is read as UTC. */
function describeTimeOfAvailability(sla: OdcsSlaProperty): string | undefined {
  if (typeof sla.value !== 'string') return undefined;
  const match = timeOfDay.exec(sla.value.trim());
  if (!match) return undefined;
  const [hours, minutes, seconds = 0] = [match[1], match[2], match[3]].map((part) =>
    part === undefined ? undefined : Number(part),
  );
  const offset = parseOffsetMinutes(match[4]);
  if (hours === undefined || minutes === undefined || offset === undefined) return undefined;
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const time = [hours, minutes, ...(seconds > 0 ? [seconds] : [])].map(twoDigits).join(':');
  if (offset === 0) return `Available by ${time} UTC`;
  const sign = offset < 0 ? '\u2212' : '+';
  const absolute = Math.abs(offset);
  const zone = `${twoDigits(Math.floor(absolute / 60))}:${twoDigits(absolute % 60)}`;
  return `Available by ${time} (UTC${sign}${zone})`;
}

function describeAvailability(sla: OdcsSlaProperty): string | undefined {
  const unit = typeof sla.unit === 'string' ? sla.unit.trim().toLowerCase() : '';
  if (!['', '%', 'percent', 'percentage', 'pct'].includes(unit)) return undefined;
  const text = typeof sla.value === 'string' ? sla.value.trim().replace(/\s*%$/, '') : sla.value;
  const percent = readNumber(text);
  if (percent === undefined || percent < 0 || percent > 100) return undefined;
  return `Available ${formatNumber(percent)}% of the time`;
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** "4 days", "99.9%", "500 GB", "fast": the value and unit as written, made readable. */
export function formatValueWithUnit(sla: OdcsSlaProperty): string {
  const duration = readDuration(sla.value, sla.unit);
  if (duration) return formatDuration(duration);
  const unit = typeof sla.unit === 'string' ? sla.unit.trim() : '';
  const amount = readNumber(sla.value);
  const value = amount === undefined ? formatRawValue(sla.value) : formatNumber(amount);
  if (unit === '') return value;
  return ['%', 'percent', 'percentage', 'pct'].includes(unit.toLowerCase())
    ? `${value}%`
    : `${value} ${unit}`;
}

/** "Error rate ≤ 0.1%": a numeric bound with its unit; other values are left to the caller. */
const boundSentence =
  (prefix: string) =>
  (sla: OdcsSlaProperty): string | undefined =>
    readNumber(sla.value) === undefined ? undefined : `${prefix} ${formatValueWithUnit(sla)}`;

const known: ReadonlyArray<readonly [readonly string[], KnownSlaProperty]> = [
  [['frequency', 'fy'], { label: 'Freshness', name: 'Frequency', describe: describeFrequency }],
  [
    ['latency', 'ly', 'freshness'],
    { label: 'Latency', name: 'Latency', describe: durationSentence((d) => `Latency ≤ ${d}`) },
  ],
  [
    ['retention', 're'],
    { label: 'Retention', name: 'Retention', describe: durationSentence((d) => `Kept for ${d}`) },
  ],
  [
    ['timeofavailability'],
    { label: 'Available by', name: 'Time of availability', describe: describeTimeOfAvailability },
  ],
  [
    ['generalavailability', 'ga'],
    {
      label: 'Available since',
      name: 'General availability',
      describe: dateSentence((date) => `Generally available since ${date}`),
    },
  ],
  [
    ['endofsupport', 'es'],
    {
      label: 'End of support',
      name: 'End of support',
      describe: dateSentence((date) => `Supported until ${date}`),
    },
  ],
  [
    ['endoflife', 'el'],
    {
      label: 'End of life',
      name: 'End of life',
      describe: dateSentence((date) => `End of life on ${date}`),
    },
  ],
  [
    ['availability', 'av', 'uptime'],
    { label: 'Availability', name: 'Availability', describe: describeAvailability },
  ],
  [
    ['timetodetect', 'td'],
    {
      label: 'Time to detect',
      name: 'Time to detect',
      describe: durationSentence((d) => `Issues detected within ${d}`),
    },
  ],
  [
    ['timetonotify', 'tn'],
    {
      label: 'Time to notify',
      name: 'Time to notify',
      describe: durationSentence((d) => `Consumers notified within ${d}`),
    },
  ],
  [
    ['timetorepair', 'tr'],
    {
      label: 'Time to repair',
      name: 'Time to repair',
      describe: durationSentence((d) => `Issues repaired within ${d}`),
    },
  ],
  [
    ['throughput', 'th'],
    {
      label: 'Throughput',
      name: 'Throughput',
      describe: boundSentence('Throughput ≥'),
    },
  ],
  [
    ['errorrate', 'er'],
    {
      label: 'Error rate',
      name: 'Error rate',
      describe: boundSentence('Error rate ≤'),
    },
  ],
];

// ODCS says property names are case-insensitive and lists two-letter synonyms for them.
const knownByKey = new Map<string, KnownSlaProperty>(
  known.flatMap(([keys, property]) => keys.map((key) => [key, property])),
);

/**
 * The SLA property `property` names, matched the way ODCS asks (case-insensitive, synonyms such
 * as `ga` or `ly` included); undefined for a property Meshport has no sentence for.
 */
export function findKnownSlaProperty(property: string): KnownSlaProperty | undefined {
  return knownByKey.get(property.toLowerCase().replace(/[\s_-]+/g, ''));
}
