/**
 * Turns a contract's promises into SLOs Meshport can measure.
 *
 * Readings of ODCS v3.1 this file makes (the standard leaves them open):
 * - Property names are case-insensitive and take ODCS's short synonyms (`ly`, `fy`, `av`, …).
 *   `latency` and `freshness` are one promise (how old the data may be); `timeToResolve` is read
 *   as `timeToRepair`.
 * - Targets: `availability` states its own (`99.5` → 0.995, always a percentage, as ODCS's Data
 *   QoS table writes it); `errorRate` states a bound, so the target is 1 − rate (unit `%` or
 *   `percent` → a percentage; no unit → a fraction when ≤ 1, else a percentage). Every other SLO
 *   takes {@link serviceLevelDefaults}.
 * - Window: ODCS has no field for it. An entry may carry `customProperties` with a `window`
 *   (`7d`, `4 weeks`, or a number of days); not in the v3.1 schema, but kept when present. For
 *   `availability` and `errorRate`, whose `value` is the rate, `valueExt` is read as the window
 *   (`30d`, or a number of days). Elsewhere `valueExt` is ignored: ODCS's own example puts an
 *   unexplained `valueExt: 1` on `frequency`. Windows are whole days, 1 to 366.
 * - `frequency: continuous` (or streaming, real-time) has no refresh cycle to count, so it is
 *   declared. The stream's `latency` (seconds behind the source) is far below how often any job
 *   reports, so it is measured on lag checks instead (checks of dimension `timeliness`, as a
 *   stream monitor sends in OORS): its unit is events, each check good or bad.
 * - A value that cannot be read (`latency: soon`) makes the promise declared, not an error.
 * - Time to detect and repair are counted on the port's incidents; their state "now" is left
 *   unknown, so they never open incidents about incidents.
 * - A quality rule with neither `id` nor `name` gets a positional id (`orders.order_id#2`).
 *   Observations name rules by id or name, so such a rule stays without data until it is named.
 */
import type { CustomProperty } from '../standards/custom-properties';
import type { OdcsContract, OdcsQualityRule, OdcsSlaProperty } from '../standards/odcs';
import {
  collectQualityRules,
  describeQualityRule,
  qualityRuleKeys,
} from '../quality/quality-rules';
import { nonEmptyText, readNumber } from '../readable-values';
import { readDuration, type Duration, type DurationUnit } from '../sla/sla-durations';
import { describeSlaTerm } from '../sla/sla-terms';
import type { SliUnit, SloDefinition, SloKind } from './service-level-types';

/** Meshport's targets where a contract states none, and the other fixed choices of evaluation. */
export const serviceLevelDefaults = {
  targets: {
    freshness: 0.99,
    frequency: 0.99,
    timeOfAvailability: 0.95,
    quality: 0.95,
    timeToDetect: 0.9,
    timeToRepair: 0.9,
  },
  windowDays: 30,
  /** A gap up to 10 % longer than the promised interval is still on time: scheduler jitter. */
  frequencyTolerance: 0.1,
} as const;

const kindsByKey = new Map<string, SloKind>([
  ['latency', 'freshness'],
  ['ly', 'freshness'],
  ['freshness', 'freshness'],
  ['frequency', 'frequency'],
  ['fy', 'frequency'],
  ['timeofavailability', 'timeOfAvailability'],
  ['availability', 'availability'],
  ['av', 'availability'],
  ['uptime', 'availability'],
  ['errorrate', 'errorRate'],
  ['er', 'errorRate'],
  ['timetodetect', 'timeToDetect'],
  ['td', 'timeToDetect'],
  ['timetorepair', 'timeToRepair'],
  ['tr', 'timeToRepair'],
  ['timetoresolve', 'timeToRepair'],
]);

const unitsByKind: Record<SloKind, SliUnit> = {
  freshness: 'minutes',
  frequency: 'events',
  timeOfAvailability: 'days',
  availability: 'events',
  errorRate: 'events',
  quality: 'events',
  timeToDetect: 'events',
  timeToRepair: 'events',
};

const secondsPer: Record<DurationUnit, number> = {
  millisecond: 0.001,
  second: 1,
  minute: 60,
  hour: 3600,
  day: 86_400,
  week: 7 * 86_400,
  month: 30 * 86_400,
  year: 365 * 86_400,
};

/** A duration in seconds; months count 30 days and years 365. */
export function durationSeconds({ amount, unit }: Duration): number {
  return amount * secondsPer[unit];
}

const recurrenceSeconds = new Map<string, number>([
  ['hourly', 3600],
  ['daily', 86_400],
  ['weekly', 7 * 86_400],
  ['monthly', 30 * 86_400],
  ['quarterly', 91 * 86_400],
  ['yearly', 365 * 86_400],
  ['annually', 365 * 86_400],
]);

const streamingWords = /^(continuous(ly)?|streaming|real[- ]?time)$/i;

function propertyKey(property: string): string {
  return property.toLowerCase().replace(/[\s_-]+/g, '');
}

function positiveSeconds(value: unknown, unit: unknown): number | undefined {
  const duration = readDuration(value, unit);
  const seconds = duration && durationSeconds(duration);
  return seconds !== undefined && seconds > 0 ? seconds : undefined;
}

function frequencySeconds(sla: OdcsSlaProperty): number | undefined {
  const seconds = positiveSeconds(sla.value, sla.unit);
  if (seconds !== undefined) return seconds;
  const word = typeof sla.value === 'string' ? sla.value.trim().toLowerCase() : '';
  return recurrenceSeconds.get(word);
}

const timeOfDay = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

/** "09:00-08:00" → 1020 (17:00 UTC); no zone is read as UTC, like the SLA terms read it. */
export function readMinuteOfDayUtc(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = timeOfDay.exec(value.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  const seconds = Number(match[3] ?? '0');
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const zone = match[4];
  let offset = 0;
  if (zone !== undefined && !/^(z|utc|gmt)$/i.test(zone)) {
    const parts = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
    if (!parts) return undefined;
    const zoneHours = Number(parts[2]);
    const zoneMinutes = Number(parts[3] ?? '0');
    if (zoneHours > 14 || zoneMinutes > 59) return undefined;
    offset = (parts[1] === '-' ? -1 : 1) * (zoneHours * 60 + zoneMinutes);
  }
  const minuteOfDay = hours * 60 + minutes - offset;
  return ((minuteOfDay % 1440) + 1440) % 1440;
}

/** 99.9 / 100 is 0.9990000000000001 in floating point; a target reads as written. */
const tidy = (value: number) => Math.round(value * 1e9) / 1e9;

const percentUnits = ['%', 'percent', 'percentage', 'pct'];

function unitOf(sla: OdcsSlaProperty): string {
  return typeof sla.unit === 'string' ? sla.unit.trim().toLowerCase() : '';
}

function numberOf(value: unknown): number | undefined {
  return readNumber(typeof value === 'string' ? value.trim().replace(/\s*%$/, '') : value);
}

function availabilityTarget(sla: OdcsSlaProperty): number | undefined {
  if (unitOf(sla) !== '' && !percentUnits.includes(unitOf(sla))) return undefined;
  const percent = numberOf(sla.value);
  return percent !== undefined && percent >= 0 && percent <= 100 ? tidy(percent / 100) : undefined;
}

function errorRateTarget(sla: OdcsSlaProperty): number | undefined {
  const unit = unitOf(sla);
  const rate = numberOf(sla.value);
  if (rate === undefined || rate < 0) return undefined;
  const percentSign = typeof sla.value === 'string' && sla.value.trim().endsWith('%');
  let fraction: number;
  if (percentUnits.includes(unit) || percentSign) fraction = rate / 100;
  else if (unit === '' || unit === 'fraction' || unit === 'ratio') {
    fraction = rate <= 1 ? rate : rate / 100;
  } else return undefined;
  return fraction <= 1 ? tidy(1 - fraction) : undefined;
}

function windowFrom(value: unknown): number | undefined {
  const days = readNumber(value);
  const seconds = days !== undefined ? days * 86_400 : positiveSeconds(value, undefined);
  if (seconds === undefined || seconds <= 0) return undefined;
  return Math.min(366, Math.max(1, Math.round(seconds / 86_400)));
}

function windowDaysOf(sla: OdcsSlaProperty, kind: SloKind): number {
  const custom: unknown = (sla as { customProperties?: unknown }).customProperties;
  if (Array.isArray(custom)) {
    const entry = (custom as CustomProperty[]).find(
      (item) => typeof item === 'object' && item !== null && item.property === 'window',
    );
    const days = entry && windowFrom(entry.value);
    if (days !== undefined) return days;
  }
  if (kind === 'availability' || kind === 'errorRate') {
    const days = windowFrom(sla.valueExt);
    if (days !== undefined) return days;
  }
  return serviceLevelDefaults.windowDays;
}

type DefaultTargetKind = keyof typeof serviceLevelDefaults.targets;

function byDefault(kind: DefaultTargetKind, threshold: SloDefinition['threshold']): Measured {
  return { kind, threshold, target: serviceLevelDefaults.targets[kind], targetSource: 'default' };
}

interface Measured {
  kind: SloKind;
  threshold: SloDefinition['threshold'];
  target: number;
  targetSource: SloDefinition['targetSource'];
  promise?: string;
}

function measure(sla: OdcsSlaProperty, kind: SloKind): Measured | undefined {
  switch (kind) {
    case 'freshness':
    case 'timeToDetect':
    case 'timeToRepair': {
      const seconds = positiveSeconds(sla.value, sla.unit);
      return seconds === undefined ? undefined : byDefault(kind, { seconds });
    }
    case 'frequency': {
      const seconds = frequencySeconds(sla);
      if (seconds !== undefined) return byDefault(kind, { seconds });
      // A stream has no refresh cycle to count: its latency entry is what is measured.
      return undefined;
    }
    case 'timeOfAvailability': {
      const minuteOfDayUtc = readMinuteOfDayUtc(sla.value);
      return minuteOfDayUtc === undefined ? undefined : byDefault(kind, { minuteOfDayUtc });
    }
    case 'availability':
    case 'errorRate': {
      const target = kind === 'availability' ? availabilityTarget(sla) : errorRateTarget(sla);
      return target === undefined
        ? undefined
        : { kind, threshold: {}, target, targetSource: 'contract' };
    }
    case 'quality':
      return undefined;
  }
}

/** Hands out ids unique within a port: the second `timeOfAvailability` becomes `…#2`. */
function idAllocator() {
  const taken = new Set<string>();
  return (wanted: string): string => {
    let id = wanted;
    for (let n = 2; taken.has(id); n += 1) id = `${wanted}#${n}`;
    taken.add(id);
    return id;
  };
}

function slaSlos(contract: OdcsContract, allocate: (id: string) => string): SloDefinition[] {
  const entries = (Array.isArray(contract.slaProperties) ? contract.slaProperties : []).filter(
    (entry): entry is OdcsSlaProperty =>
      typeof entry === 'object' && entry !== null && nonEmptyText(entry.property) !== undefined,
  );
  const streaming = entries.some(
    (entry) =>
      kindsByKey.get(propertyKey(entry.property)) === 'frequency' &&
      typeof entry.value === 'string' &&
      streamingWords.test(entry.value.trim()),
  );
  return entries.map((sla) => {
    const property = sla.property.trim();
    const term = describeSlaTerm(sla, contract.slaDefaultElement);
    const wantedKind = kindsByKey.get(propertyKey(property));
    const measured = wantedKind && measure(sla, wantedKind);
    const id = allocate(nonEmptyText(sla.id) ?? property);
    if (!measured || !wantedKind) {
      return {
        id,
        kind: null,
        property,
        label: term.label,
        promise: term.text,
        threshold: {},
        target: 0,
        targetSource: 'default',
        windowDays: serviceLevelDefaults.windowDays,
        unit: 'events',
      };
    }
    return {
      id,
      kind: measured.kind,
      property,
      label: term.label,
      promise: measured.promise ?? term.text,
      threshold: measured.threshold,
      target: measured.target,
      targetSource: measured.targetSource,
      windowDays: windowDaysOf(sla, wantedKind),
      // A stream's lag is seconds, far below how often any job reports: it is measured by
      // the lag checks of a monitor (checks of dimension timeliness), one event each.
      unit: streaming && measured.kind === 'freshness' ? 'events' : unitsByKind[measured.kind],
    };
  });
}

function qualitySlos(contract: OdcsContract, allocate: (id: string) => string): SloDefinition[] {
  const contractLevel: unknown = (contract as { quality?: unknown }).quality;
  const located = [
    ...(Array.isArray(contractLevel) ? (contractLevel as unknown[]) : [])
      .filter((rule): rule is OdcsQualityRule => typeof rule === 'object' && rule !== null)
      .map((rule) => ({ rule, location: 'contract', column: undefined })),
    ...collectQualityRules(contract).map(({ rule, object, column }) => ({
      rule,
      location: column === undefined ? object : `${object}.${column}`,
      column,
    })),
  ];
  const keys = qualityRuleKeys(contract);
  const seenAt = new Map<string, number>();
  return located.map(({ rule, location, column }) => {
    const n = (seenAt.get(location) ?? 0) + 1;
    seenAt.set(location, n);
    const ruleId =
      keys.get(rule) ?? nonEmptyText(rule.id) ?? nonEmptyText(rule.name) ?? `${location}#${n}`;
    const { text } = describeQualityRule(rule, column);
    return {
      id: allocate(`quality:${ruleId}`),
      kind: 'quality',
      property: 'quality',
      label: `Quality: ${nonEmptyText(rule.name) ?? text}`,
      promise: text,
      threshold: {},
      target: serviceLevelDefaults.targets.quality,
      targetSource: 'default',
      windowDays: serviceLevelDefaults.windowDays,
      unit: 'events',
      ruleId,
    };
  });
}

/**
 * Every promise of a port's contract as an SLO: its SLA properties in document order, then its
 * quality rules (contract, schema object, then column level). Promises Meshport cannot measure
 * stay in the list as declared (`kind: null`) so the page can still show them.
 */
export function definePortSlos(contract: OdcsContract): SloDefinition[] {
  const allocate = idAllocator();
  return withRefreshPeriod([...slaSlos(contract, allocate), ...qualitySlos(contract, allocate)]);
}

/**
 * A weekly product promising "available by 06:00" means a week's data by then, not a new load
 * each day: a time of availability takes the refresh period (the frequency, when a day or
 * longer) as the span before each deadline in which an update must land, in `threshold.seconds`.
 */
function withRefreshPeriod(slos: SloDefinition[]): SloDefinition[] {
  const period = slos.find((slo) => slo.kind === 'frequency')?.threshold.seconds;
  if (period === undefined || period <= 86_400) return slos;
  return slos.map((slo) =>
    slo.kind === 'timeOfAvailability'
      ? { ...slo, threshold: { ...slo.threshold, seconds: period } }
      : slo,
  );
}

/** How long a frequency SLO's gap may be, tolerance included, in milliseconds. */
export function allowedGapMs(slo: Pick<SloDefinition, 'kind' | 'threshold'>): number | undefined {
  const seconds = slo.threshold.seconds;
  if (seconds === undefined) return undefined;
  const tolerance = slo.kind === 'frequency' ? 1 + serviceLevelDefaults.frequencyTolerance : 1;
  return seconds * 1000 * tolerance;
}
