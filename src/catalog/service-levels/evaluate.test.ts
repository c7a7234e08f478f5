import { describe, expect, it } from 'vitest';
import type { Observation } from '../observations/observation';
import { burnRate, errorBudgetRemaining, evaluatePort, worstStatus } from './evaluate';
import { check, may, slo, update } from './service-level-test-data';
import type { DailyRollup, SloDefinition } from './service-level-types';

const rollup = (sloId: string, day: string, good: number, bad: number): DailyRollup => ({
  productId: 'sales',
  portName: 'orders',
  sloId,
  day,
  good,
  bad,
});

function evaluateOne(
  definition: SloDefinition,
  {
    rollups = [],
    recent = [],
    now = may(10, '12:00'),
  }: {
    rollups?: DailyRollup[];
    recent?: Observation[];
    now?: string;
  } = {},
) {
  const port = evaluatePort({
    portName: 'orders',
    contractId: 'sales-orders',
    slos: [definition],
    rollups,
    recent,
    incidents: [],
    now,
  });
  const [evaluation] = port.slos;
  if (!evaluation) throw new Error('no evaluation');
  return evaluation;
}

const latency1d = slo({ kind: 'freshness', id: 'latency', threshold: { seconds: 86_400 } });
const availability = slo({ kind: 'availability', id: 'availability', target: 0.995 });

describe('errorBudgetRemaining', () => {
  it('1 bad of 400 runs at 99.5 % leaves 50 % of the budget', () => {
    expect(errorBudgetRemaining(399, 1, 0.995)).toBe(0.5);
  });

  it('2 bad of 400 runs at 99.5 % leaves 0 (spent); 4 bad leaves −100 %', () => {
    expect(errorBudgetRemaining(398, 2, 0.995)).toBe(0);
    expect(errorBudgetRemaining(396, 4, 0.995)).toBe(-1);
  });

  it('is null without data', () => {
    expect(errorBudgetRemaining(0, 0, 0.99)).toBeNull();
  });

  it('a 100 % target leaves 1 with no bad and 0 from the first bad, never NaN or −Infinity', () => {
    expect(errorBudgetRemaining(1000, 0, 1)).toBe(1);
    expect(errorBudgetRemaining(999, 1, 1)).toBe(0);
    expect(errorBudgetRemaining(0, 5, 1)).toBe(0);
  });
});

describe('burnRate', () => {
  it('2 bad of 100 at 99 % burns at 2× (the budget would last half the window)', () => {
    expect(burnRate(98, 2, 0.99)).toBe(2);
  });

  it('is null without data; a 100 % target burns 0 without bad, null with', () => {
    expect(burnRate(0, 0, 0.99)).toBeNull();
    expect(burnRate(10, 0, 1)).toBe(0);
    expect(burnRate(9, 1, 1)).toBeNull();
  });
});

describe('evaluatePort: window and status', () => {
  it('sums the window from the rollups: 1 bad of 400 at 99.5 % is met with half its budget', () => {
    const evaluation = evaluateOne(availability, {
      rollups: [
        rollup('availability', '2024-05-09', 199, 1),
        rollup('availability', '2024-05-10', 200, 0),
        rollup('availability', '2024-04-01', 0, 50),
      ],
      recent: [update(may(10, '11:00'))],
    });
    expect(evaluation).toMatchObject({
      good: 399,
      bad: 1,
      attainment: 0.9975,
      errorBudgetRemaining: 0.5,
      status: 'met',
      current: 'good',
    });
    expect(evaluation.daily).toHaveLength(30);
    expect(evaluation.daily[0]).toEqual({ day: '2024-04-11', good: 0, bad: 0, attainment: null });
    expect(evaluation.daily.at(-1)).toEqual({
      day: '2024-05-10',
      good: 200,
      bad: 0,
      attainment: 1,
    });
  });

  it('a spent budget (3 bad of 400 at 99.5 %) is breached even when the last run passed', () => {
    const evaluation = evaluateOne(availability, {
      rollups: [rollup('availability', '2024-05-09', 397, 3)],
      recent: [update(may(10, '11:00'))],
    });
    expect(evaluation.errorBudgetRemaining).toBe(-0.5);
    expect(evaluation.status).toBe('breached');
  });

  it('a brand-new port without any observation has no data', () => {
    const evaluation = evaluateOne(latency1d);
    expect(evaluation).toMatchObject({
      status: 'noData',
      current: 'unknown',
      attainment: null,
      errorBudgetRemaining: null,
      badSince: null,
      deadline: null,
      lastObservation: null,
    });
    expect(evaluation.burnRates.map((rate) => rate.rate)).toEqual([null, null, null]);
  });

  it('a declared promise is declared, with nothing measured', () => {
    const evaluation = evaluateOne(slo({ kind: null, id: 'retention' }), {
      recent: [update(may(10))],
    });
    expect(evaluation).toMatchObject({ status: 'declared', burnRates: [], lastObservation: null });
  });

  it('a 100 % target with one bad run in the window is breached with a budget of 0', () => {
    const evaluation = evaluateOne(slo({ kind: 'availability', id: 'availability', target: 1 }), {
      rollups: [rollup('availability', '2024-05-08', 99, 1)],
      recent: [update(may(10, '11:00'))],
    });
    expect(evaluation).toMatchObject({ errorBudgetRemaining: 0, status: 'breached' });
  });

  it('a 0-day window has no days and no data from rollups', () => {
    const evaluation = evaluateOne(
      { ...availability, windowDays: 0 },
      {
        rollups: [rollup('availability', '2024-05-10', 10, 0)],
      },
    );
    expect(evaluation).toMatchObject({ daily: [], good: 0, bad: 0, status: 'noData' });
  });

  it('the port takes its worst SLO status', () => {
    const port = evaluatePort({
      portName: 'orders',
      contractId: null,
      slos: [latency1d, availability, slo({ kind: null, id: 'retention' })],
      rollups: [],
      recent: [update(may(10, '11:00'), 'fail')],
      incidents: [],
      now: may(10, '12:00'),
    });
    expect(port.slos.map((each) => each.status)).toEqual(['noData', 'breached', 'declared']);
    expect(port.status).toBe('breached');
  });
});

describe('worstStatus', () => {
  it('orders breached > atRisk > met > noData > declared, declared for none', () => {
    expect(worstStatus(['met', 'atRisk', 'noData'])).toBe('atRisk');
    expect(worstStatus(['declared', 'noData'])).toBe('noData');
    expect(worstStatus([])).toBe('declared');
  });
});

describe('evaluatePort: the current state', () => {
  it('freshness ≤ 1 day with the last update 26 h ago is bad since 2 h ago', () => {
    const evaluation = evaluateOne(latency1d, {
      recent: [update(may(9, '10:00')), update(may(8, '12:00'))],
      rollups: [rollup('latency', '2024-05-09', 1000, 0)],
      now: may(10, '12:00'),
    });
    expect(evaluation).toMatchObject({
      current: 'bad',
      badSince: may(10, '10:00'),
      deadline: may(10, '10:00'),
      lastGoodAt: may(9, '10:00'),
      recoveredAt: null,
      status: 'breached',
    });
    expect(evaluation.lastObservation).toMatchObject({ observedAt: may(9, '10:00') });
  });

  it('freshness at exactly the threshold (24 h since the update) is still good', () => {
    const evaluation = evaluateOne(latency1d, {
      recent: [update(may(9, '12:00'))],
      now: may(10, '12:00'),
    });
    expect(evaluation).toMatchObject({ current: 'good', deadline: may(10, '12:00') });
  });

  it('freshness recovered by the update that ended a gap longer than the threshold', () => {
    const evaluation = evaluateOne(latency1d, {
      recent: [update(may(7, '00:00')), update(may(8, '06:00')), update(may(9, '00:00'))],
      now: may(9, '12:00'),
    });
    expect(evaluation).toMatchObject({
      current: 'good',
      recoveredAt: may(8, '06:00'),
      deadline: may(10, '00:00'),
    });
  });

  it('freshness with no update in the recent days but data in the window is bad', () => {
    const evaluation = evaluateOne(latency1d, {
      rollups: [rollup('latency', '2024-05-02', 1440, 0)],
    });
    expect(evaluation).toMatchObject({ current: 'bad', status: 'breached', badSince: null });
  });

  it('frequency hourly: 80 minutes since the last update is bad since 66 minutes after it', () => {
    const hourly = slo({ kind: 'frequency', id: 'frequency', threshold: { seconds: 3600 } });
    const evaluation = evaluateOne(hourly, {
      recent: [update(may(10, '10:40'))],
      now: may(10, '12:00'),
    });
    expect(evaluation).toMatchObject({ current: 'bad', badSince: may(10, '11:46') });
  });

  it('time of availability by 09:00: at 10:00 with the last update yesterday 08:00 it is bad since 09:00', () => {
    const by9 = slo({ kind: 'timeOfAvailability', id: 'toa', threshold: { minuteOfDayUtc: 540 } });
    const late = evaluateOne(by9, {
      recent: [update(may(9, '08:00'))],
      now: may(10, '10:00'),
    });
    expect(late).toMatchObject({ current: 'bad', badSince: may(10, '09:00') });
    const arrived = evaluateOne(by9, {
      recent: [update(may(9, '08:00')), update(may(10, '09:30'))],
      now: may(10, '10:00'),
    });
    expect(arrived).toMatchObject({
      current: 'good',
      recoveredAt: may(10, '09:30'),
      deadline: may(12, '09:00'),
    });
  });

  it('availability: pass, fail, fail is bad since the first failing run of the streak', () => {
    const evaluation = evaluateOne(availability, {
      recent: [
        update(may(10, '11:00'), 'fail'),
        update(may(10, '09:00')),
        update(may(10, '10:00'), 'fail'),
      ],
    });
    expect(evaluation).toMatchObject({
      current: 'bad',
      badSince: may(10, '10:00'),
      lastObservation: { observedAt: may(10, '11:00'), status: 'fail', message: 'Job failed' },
    });
  });

  it('availability: fail then pass recovers at the first passing run', () => {
    const evaluation = evaluateOne(availability, {
      recent: [
        update(may(10, '10:00'), 'fail'),
        update(may(10, '11:00')),
        update(may(10, '11:30')),
      ],
    });
    expect(evaluation).toMatchObject({ current: 'good', recoveredAt: may(10, '11:00') });
  });

  it('quality: the rule’s last check failed; other rules’ checks and errors do not count', () => {
    const rule = slo({ kind: 'quality', id: 'quality:unique', ruleId: 'unique', target: 0.95 });
    const evaluation = evaluateOne(rule, {
      recent: [
        check(may(10, '08:00'), 'unique', 'pass'),
        check(may(10, '09:00'), 'unique', 'fail'),
        check(may(10, '10:00'), 'unique', 'error'),
        check(may(10, '11:00'), 'other', 'pass'),
      ],
    });
    expect(evaluation).toMatchObject({ current: 'bad', badSince: may(10, '09:00') });
  });

  it('error rate: the last run or check failed', () => {
    const evaluation = evaluateOne(slo({ kind: 'errorRate', id: 'errorRate' }), {
      recent: [update(may(10, '08:00')), check(may(10, '09:00'), null, 'fail')],
    });
    expect(evaluation).toMatchObject({ current: 'bad', badSince: may(10, '09:00') });
  });
});

describe('evaluatePort: burn rates', () => {
  const target99 = slo({ kind: 'availability', id: 'availability', target: 0.99 });
  // Runs every 5 minutes for the last 6 hours, ending at 12:00; 2 of the last 12 failed.
  const runs = Array.from({ length: 72 }, (_, index) => {
    const at = new Date(Date.parse(may(10, '12:00')) - index * 5 * 60_000).toISOString();
    return update(at, index === 3 || index === 5 ? 'fail' : 'pass');
  });
  // And one failure 2 minutes ago, just before the last pass.
  const recent = [...runs, update(may(10, '11:58'), 'fail')];

  it('3 fails in 13 runs over 1 h at 99 % burn 23× and the last 5 minutes (1 of 2) 50×: at risk', () => {
    const evaluation = evaluateOne(target99, {
      recent,
      rollups: [rollup('availability', '2024-05-01', 10_000, 0)],
    });
    const [hour, sixHours] = evaluation.burnRates;
    expect(hour).toMatchObject({ window: '1h', threshold: 14.4 });
    expect(hour?.rate).toBeCloseTo((3 / 13) * 100, 6);
    expect(hour?.shortRate).toBeCloseTo(50, 6);
    expect(sixHours).toMatchObject({ window: '6h', threshold: 6 });
    expect(sixHours?.rate).toBeCloseTo((3 / 73) * 100, 6);
    expect(evaluation).toMatchObject({ current: 'good', status: 'atRisk' });
  });

  it('at a 6-hour burn rate of 4.1× a 30-day budget of 100 % runs out in about 7.3 days', () => {
    const evaluation = evaluateOne(target99, {
      recent,
      rollups: [rollup('availability', '2024-05-01', 10_000, 0)],
    });
    const days =
      (Date.parse(evaluation.budgetRunsOutAt ?? '') - Date.parse(may(10, '12:00'))) / 86_400_000;
    expect(days).toBeCloseTo(30 / ((3 / 73) * 100), 6);
  });

  it('failures 15 and 25 minutes ago burn the last hour at 16.7× but not its last 5 minutes: the 1 h pair holds, the 3 d pair (2.8× over 3 d and 6 h) fires', () => {
    const evaluation = evaluateOne(target99, {
      recent: runs,
      rollups: [rollup('availability', '2024-05-01', 10_000, 0)],
    });
    const [hour, sixHours, threeDays] = evaluation.burnRates;
    expect(hour?.rate).toBeCloseTo((2 / 12) * 100, 6);
    expect(hour?.shortRate).toBe(0);
    expect(sixHours?.rate).toBeCloseTo((2 / 72) * 100, 6);
    expect(threeDays?.shortRate).toBeCloseTo((2 / 72) * 100, 6);
    expect(evaluation.status).toBe('atRisk');
  });

  it('a rate exactly at the threshold is not faster than it: 1 bad of 100 at 99 % burns 1× over 3 d', () => {
    const spread = Array.from({ length: 100 }, (_, index) =>
      update(
        new Date(Date.parse(may(10, '12:00')) - index * 3 * 60_000).toISOString(),
        index === 50 ? 'fail' : 'pass',
      ),
    );
    const evaluation = evaluateOne(target99, {
      recent: spread,
      rollups: [rollup('availability', '2024-05-01', 10_000, 0)],
    });
    expect(evaluation.burnRates[2]).toMatchObject({ rate: 1, shortRate: 1, threshold: 1 });
    expect(evaluation.status).toBe('met');
  });

  it('freshness burns in minutes: 30 bad minutes in the last hour at 99 % is 50×', () => {
    const evaluation = evaluateOne(
      slo({ kind: 'freshness', id: 'latency', threshold: { seconds: 1800 } }),
      { recent: [update(may(10, '10:00'))], now: may(10, '11:00') },
    );
    expect(evaluation.burnRates[0]?.rate).toBe(50);
    expect(evaluation.burnRates[0]?.shortRate).toBe(100);
  });

  it('gives the same evaluation whatever the order of the recent observations', () => {
    const forward = evaluateOne(target99, { recent });
    const backward = evaluateOne(target99, { recent: [...recent].reverse() });
    expect(backward).toEqual(forward);
  });
});
