import { describe, expect, it } from 'vitest';
import { may } from './service-level-test-data';
import type { PortServiceLevels, SloEvaluation, SloStatus } from './service-level-types';
import { summarizeProduct } from './summarize';

const product = { productId: 'sales', name: 'Sales Orders', domain: 'sales', team: 'sales-team' };
const now = may(30, '12:00');

function evaluation(
  sloId: string,
  status: SloStatus,
  extra: Partial<SloEvaluation> = {},
): SloEvaluation {
  return {
    sloId,
    kind: status === 'declared' ? null : 'availability',
    property: sloId,
    label: sloId,
    promise: 'A promise',
    status,
    target: 0.99,
    targetSource: 'default',
    windowDays: 30,
    unit: 'events',
    good: 0,
    bad: 0,
    attainment: null,
    errorBudgetRemaining: null,
    burnRates: [],
    budgetRunsOutAt: null,
    current: 'unknown',
    badSince: null,
    deadline: null,
    lastObservation: null,
    daily: [],
    ...extra,
  };
}

const ports = (...slos: SloEvaluation[]): PortServiceLevels[] => [
  { portName: 'orders', contractId: null, status: 'met', slos },
];

describe('summarizeProduct', () => {
  it('takes the worst status, counts every status and lists a chip per SLO', () => {
    const summary = summarizeProduct(
      product,
      ports(
        evaluation('a', 'met', { errorBudgetRemaining: 0.8 }),
        evaluation('b', 'atRisk', { errorBudgetRemaining: -0.25 }),
        evaluation('c', 'declared'),
      ),
      2,
      now,
    );
    expect(summary).toMatchObject({
      productId: 'sales',
      name: 'Sales Orders',
      domain: 'sales',
      team: 'sales-team',
      status: 'atRisk',
      counts: { met: 1, atRisk: 1, breached: 0, noData: 0, declared: 1 },
      worstBudget: -0.25,
      openIncidents: 2,
      evaluatedAt: now,
    });
    expect(summary.slos[1]).toEqual({
      portName: 'orders',
      sloId: 'b',
      kind: 'availability',
      label: 'b',
      status: 'atRisk',
      errorBudgetRemaining: -0.25,
    });
  });

  it('a product with only declared promises is declared; with none measured yet, noData', () => {
    expect(summarizeProduct(product, ports(evaluation('c', 'declared')), 0, now).status).toBe(
      'declared',
    );
    expect(
      summarizeProduct(
        product,
        ports(evaluation('a', 'noData'), evaluation('c', 'declared')),
        0,
        now,
      ).status,
    ).toBe('noData');
    expect(summarizeProduct(product, [], 0, now)).toMatchObject({
      status: 'declared',
      worstBudget: null,
      deadline: null,
    });
  });

  it('a day at 100 % freshness (1,440 minutes) and 50 % quality (1 of 2 checks) averages 75 %, not 99.9 %', () => {
    const summary = summarizeProduct(
      product,
      ports(
        evaluation('fresh', 'met', {
          daily: [{ day: '2024-05-30', good: 1440, bad: 0, attainment: 1 }],
        }),
        evaluation('rule', 'met', {
          daily: [{ day: '2024-05-30', good: 1, bad: 1, attainment: 0.5 }],
        }),
        evaluation('idle', 'met', {
          daily: [{ day: '2024-05-29', good: 0, bad: 0, attainment: null }],
        }),
      ),
      0,
      now,
    );
    expect(summary.attainmentSeries).toHaveLength(30);
    expect(summary.attainmentSeries.at(-1)).toBe(0.75);
    expect(summary.attainmentSeries.at(-2)).toBeNull();
    expect(summary.attainmentSeries[0]).toBeNull();
  });

  it('the deadline is the earliest one still to come', () => {
    const summary = summarizeProduct(
      product,
      ports(
        evaluation('late', 'breached', { deadline: may(30, '10:00') }),
        evaluation('soon', 'met', { deadline: may(30, '18:00') }),
        evaluation('later', 'met', { deadline: may(31, '06:00') }),
      ),
      0,
      now,
    );
    expect(summary.deadline).toBe(may(30, '18:00'));
  });

  it('counts open incidents when given the incidents themselves', () => {
    const incidents = [
      { status: 'open', resolvedAt: null },
      { status: 'acknowledged', resolvedAt: null },
      { status: 'resolved', resolvedAt: may(29) },
    ];
    expect(summarizeProduct(product, [], incidents, now).openIncidents).toBe(2);
  });
});
