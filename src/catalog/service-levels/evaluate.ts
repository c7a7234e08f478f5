/**
 * A port's SLOs as a stakeholder reads them: attainment and error budget over the window (from
 * the daily rollups), burn rates and the state right now (from the last days' raw observations).
 *
 * Burn rates follow the multiwindow, multi-burn-rate alerting of the Google SRE workbook: a
 * pair is alarming when both its long and its short window spend the budget faster than the
 * pair's threshold (14.4× over 1 h and 5 min, 6× over 6 h and 30 min, 1× over 3 days and 6 h).
 * A rate of 1 spends exactly the whole budget over the window.
 */
import type { Observation } from '../observations/observation';
import { allowedGapMs } from './define-slos';
import type {
  BurnRate,
  DailyRollup,
  Incident,
  LastObservation,
  PortServiceLevels,
  SloDefinition,
  SloEvaluation,
  SloStatus,
} from './service-level-types';
import {
  countBetween,
  firstUncoveredDeadline,
  observationVerdict,
  sliSamples,
  sortObservations,
  successfulUpdateTimes,
  type SliSamples,
  type TimedObservation,
} from './sli-samples';
import { dayIndexOf, dayKeysBetween, dayMs, hourMs, minuteMs, toIso } from './utc-days';

export interface EvaluatePortInput {
  portName: string;
  contractId: string | null;
  slos: readonly SloDefinition[];
  /** The port's rollups over (at least) the window. */
  rollups: readonly DailyRollup[];
  /** The port's raw observations of the last 3 days plus a lead-in (the longest threshold). */
  recent: readonly Observation[];
  /** The port's incidents, for time to detect and repair. */
  incidents: readonly Incident[];
  now: Date | string;
}

/** The multiwindow pairs: long window, short window, threshold. */
export const burnRatePairs = [
  { window: '1h', longMs: hourMs, shortMs: 5 * minuteMs, threshold: 14.4 },
  { window: '6h', longMs: 6 * hourMs, shortMs: 30 * minuteMs, threshold: 6 },
  { window: '3d', longMs: 3 * dayMs, shortMs: 6 * hourMs, threshold: 1 },
] as const;

/** Floating point noise off (0.1 + 0.2), so a rate exactly at a threshold compares as equal. */
const tidy = (value: number) => Math.round(value * 1e9) / 1e9;

/**
 * `1 − bad / ((1 − target) × (good + bad))`: the share of the allowed bad still unspent, below 0
 * once overspent; null without data. A 100 % target allows no bad at all, so its budget is all
 * or nothing: 1 while nothing is bad, 0 (spent) from the first bad minute or event. That keeps
 * it finite (no division by zero, no −Infinity in JSON) and never NaN.
 */
export function errorBudgetRemaining(good: number, bad: number, target: number): number | null {
  const valid = good + bad;
  if (valid <= 0) return null;
  const allowed = (1 - target) * valid;
  if (allowed <= 0) return bad > 0 ? 0 : 1;
  return tidy(1 - bad / allowed);
}

/**
 * How fast the budget burns: the error ratio over the allowed one (`(bad / valid) / (1 −
 * target)`); null without data. With a 100 % target there is no budget to burn: 0 while nothing
 * is bad, else null (the budget is already spent, which breaches the SLO on its own).
 */
export function burnRate(good: number, bad: number, target: number): number | null {
  const valid = good + bad;
  if (valid <= 0) return null;
  if (target >= 1) return bad > 0 ? null : 0;
  return tidy(bad / valid / (1 - target));
}

function burnRates(slo: SloDefinition, samples: SliSamples, nowMs: number): BurnRate[] {
  const rateOver = (ms: number) => {
    const { good, bad } = countBetween(samples, nowMs - ms, nowMs);
    return burnRate(good, bad, slo.target);
  };
  return burnRatePairs.map(({ window, longMs, shortMs, threshold }) => ({
    window,
    rate: rateOver(longMs),
    shortRate: rateOver(shortMs),
    threshold,
  }));
}

interface CurrentState {
  current: SloEvaluation['current'];
  badSince: number | null;
  recoveredAt: number | null;
  deadline: number | null;
  lastGoodAt: number | null;
}

const unknownState: CurrentState = {
  current: 'unknown',
  badSince: null,
  recoveredAt: null,
  deadline: null,
  lastGoodAt: null,
};

/** Freshness, frequency and time of availability: what the last successful update allows. */
function updateState(
  slo: SloDefinition,
  updates: readonly number[],
  samples: SliSamples,
  nowMs: number,
  hasWindowData: boolean,
): CurrentState {
  const last = updates[updates.length - 1];
  // Nothing in the last days, though the window has seen the port: it has gone quiet. When it
  // went bad is out of sight, so `badSince` stays null (an incident then starts when detected).
  if (last === undefined) return hasWindowData ? { ...unknownState, current: 'bad' } : unknownState;
  let deadline: number;
  let recoveredAt: number | null = null;
  if (slo.kind === 'timeOfAvailability') {
    const minute = slo.threshold.minuteOfDayUtc ?? 0;
    deadline = firstUncoveredDeadline(
      last,
      minute,
      Math.max(dayMs, (slo.threshold.seconds ?? 0) * 1000),
    );
    const missed = samples.events.findLast((event) => !event.good);
    if (missed) recoveredAt = updates.find((at) => at > missed.at) ?? null;
  } else {
    const allowed = allowedGapMs(slo) ?? 0;
    deadline = last + allowed;
    for (let index = updates.length - 1; index > 0 && recoveredAt === null; index -= 1) {
      const at = updates[index] ?? 0;
      if (at - (updates[index - 1] ?? at) > allowed) recoveredAt = at;
    }
  }
  const bad = slo.kind === 'timeOfAvailability' ? deadline <= nowMs : nowMs > deadline;
  return {
    current: bad ? 'bad' : 'good',
    badSince: bad ? deadline : null,
    recoveredAt: bad ? null : recoveredAt,
    deadline,
    lastGoodAt: last,
  };
}

/**
 * Availability, error rate and quality: the last counted run or check, and its streak. Checks
 * that could not run (`error`, `skip`) say nothing about the data, so they neither break nor
 * end a streak.
 */
function verdictState(slo: SloDefinition, sorted: readonly TimedObservation[]): CurrentState {
  const verdicts = sorted.flatMap(({ at, observation }) => {
    const good = observationVerdict(slo, observation);
    return good === undefined ? [] : [{ at, good }];
  });
  const last = verdicts[verdicts.length - 1];
  if (!last) return unknownState;
  const lastGoodAt = verdicts.findLast((verdict) => verdict.good)?.at ?? null;
  const lastBadIndex = verdicts.findLastIndex((verdict) => !verdict.good);
  if (!last.good) {
    let first = lastBadIndex;
    while (first > 0 && verdicts[first - 1]?.good === false) first -= 1;
    return {
      current: 'bad',
      badSince: verdicts[first]?.at ?? last.at,
      recoveredAt: null,
      deadline: null,
      lastGoodAt,
    };
  }
  const recovered = lastBadIndex >= 0 ? verdicts[lastBadIndex + 1] : undefined;
  return {
    current: 'good',
    badSince: null,
    recoveredAt: recovered?.at ?? null,
    deadline: null,
    lastGoodAt,
  };
}

function lastObservationOf(
  slo: SloDefinition,
  sorted: readonly TimedObservation[],
): LastObservation | null {
  const relevant = (observation: Observation): boolean => {
    switch (slo.kind) {
      case 'freshness':
        return slo.unit === 'events'
          ? observation.kind === 'check' && observation.dimension === 'timeliness'
          : observation.kind === 'update';
      case 'frequency':
      case 'timeOfAvailability':
      case 'availability':
        return observation.kind === 'update';
      case 'quality':
        return observation.kind === 'check' && observation.ruleId === slo.ruleId;
      case 'errorRate':
        return true;
      default:
        return false;
    }
  };
  const found = sorted.findLast(({ observation }) => relevant(observation))?.observation;
  if (!found) return null;
  const { observedAt, status, source, sourceName, message } = found;
  return { observedAt, status, source, sourceName, message };
}

function statusOf(
  evaluation: Pick<SloEvaluation, 'kind' | 'current' | 'errorBudgetRemaining' | 'burnRates'>,
  hasData: boolean,
): SloStatus {
  if (evaluation.kind === null) return 'declared';
  if (!hasData) return 'noData';
  if (evaluation.current === 'bad') return 'breached';
  if (evaluation.errorBudgetRemaining !== null && evaluation.errorBudgetRemaining <= 0)
    return 'breached';
  const burning = evaluation.burnRates.some(
    ({ rate, shortRate, threshold }) =>
      rate !== null && shortRate !== null && rate > threshold && shortRate > threshold,
  );
  return burning ? 'atRisk' : 'met';
}

const statusRank: Record<SloStatus, number> = {
  breached: 4,
  atRisk: 3,
  met: 2,
  noData: 1,
  declared: 0,
};

/** breached > atRisk > met > noData > declared; `declared` for none at all. */
export function worstStatus(statuses: Iterable<SloStatus>): SloStatus {
  let worst: SloStatus = 'declared';
  for (const status of statuses) if (statusRank[status] > statusRank[worst]) worst = status;
  return worst;
}

const isoOrNull = (ms: number | null) => (ms === null ? null : toIso(ms));

/** Evaluates one SLO; see {@link evaluatePort}. */
export function evaluateSlo(
  slo: SloDefinition,
  context: {
    rollupsByKey: ReadonlyMap<string, DailyRollup>;
    sorted: readonly TimedObservation[];
    updates: readonly number[];
    incidents: readonly Incident[];
    nowMs: number;
  },
): SloEvaluation {
  const { rollupsByKey, sorted, updates, incidents, nowMs } = context;
  const today = dayIndexOf(nowMs);
  const days = dayKeysBetween(today - Math.max(0, slo.windowDays) + 1, today);
  const daily = days.map((day) => {
    const rollup = rollupsByKey.get(`${slo.id}\u0000${day}`);
    const good = rollup?.good ?? 0;
    const bad = rollup?.bad ?? 0;
    return { day, good, bad, attainment: good + bad > 0 ? tidy(good / (good + bad)) : null };
  });
  const good = daily.reduce((sum, day) => sum + day.good, 0);
  const bad = daily.reduce((sum, day) => sum + day.bad, 0);
  const samples = sliSamples(slo, sorted, incidents, nowMs, updates);
  const measurable = slo.kind !== null;
  const state: CurrentState = !measurable
    ? unknownState
    : (slo.kind === 'freshness' && slo.unit !== 'events') ||
        slo.kind === 'frequency' ||
        slo.kind === 'timeOfAvailability'
      ? updateState(slo, updates, samples, nowMs, good + bad > 0)
      : slo.kind === 'timeToDetect' || slo.kind === 'timeToRepair'
        ? unknownState
        : verdictState(slo, sorted);
  const budget = measurable ? errorBudgetRemaining(good, bad, slo.target) : null;
  const rates = measurable ? burnRates(slo, samples, nowMs) : [];
  const sixHours = rates.find((rate) => rate.window === '6h')?.rate ?? null;
  const budgetRunsOutAt =
    budget !== null && budget > 0 && sixHours !== null && sixHours > 0
      ? toIso(nowMs + (budget * slo.windowDays * dayMs) / sixHours)
      : null;
  const hasData =
    good + bad > 0 ||
    state.current !== 'unknown' ||
    samples.events.length > 0 ||
    samples.spans.length > 0;
  const evaluation: SloEvaluation = {
    sloId: slo.id,
    kind: slo.kind,
    property: slo.property,
    label: slo.label,
    promise: slo.promise,
    status: 'noData',
    target: slo.target,
    targetSource: slo.targetSource,
    windowDays: slo.windowDays,
    unit: slo.unit,
    ...(slo.ruleId === undefined ? {} : { ruleId: slo.ruleId }),
    good,
    bad,
    attainment: good + bad > 0 ? tidy(good / (good + bad)) : null,
    errorBudgetRemaining: budget,
    burnRates: rates,
    budgetRunsOutAt,
    current: state.current,
    badSince: isoOrNull(state.badSince),
    deadline: isoOrNull(state.deadline),
    recoveredAt: isoOrNull(state.recoveredAt),
    lastGoodAt: isoOrNull(state.lastGoodAt),
    threshold: slo.threshold,
    lastObservation: measurable ? lastObservationOf(slo, sorted) : null,
    daily,
  };
  return { ...evaluation, status: statusOf(evaluation, hasData) };
}

/**
 * Evaluates every SLO of a port at `now`. The window (each SLO's `windowDays`, ending today)
 * is summed from `rollups`; burn rates and the current state come from `recent`, in any order.
 * The port's status is its worst SLO's.
 */
export function evaluatePort(input: EvaluatePortInput): PortServiceLevels {
  const nowMs = new Date(input.now).getTime();
  const rollupsByKey = new Map(
    input.rollups.map((rollup) => [`${rollup.sloId}\u0000${rollup.day}`, rollup]),
  );
  const sorted = sortObservations(input.recent, nowMs);
  const updates = successfulUpdateTimes(sorted);
  const slos = input.slos.map((slo) =>
    evaluateSlo(slo, { rollupsByKey, sorted, updates, incidents: input.incidents, nowMs }),
  );
  return {
    portName: input.portName,
    contractId: input.contractId,
    status: worstStatus(slos.map((slo) => slo.status)),
    slos,
  };
}
