import { describe, expect, it } from 'vitest';
import type { IncidentPayload, SloEvaluationPayload } from '@/catalog/service-level-schemas';
import {
  burnWords,
  dayVerdict,
  historyWords,
  orderIncidents,
  sourceWords,
  targetWords,
  timelineWords,
} from './product-slo-view';

const now = new Date('2026-05-31T12:00:00.000Z');

const slo = (part: Partial<SloEvaluationPayload>) =>
  ({
    target: 0.99,
    targetSource: 'default',
    windowDays: 30,
    errorBudgetRemaining: 0.5,
    budgetRunsOutAt: null,
    daily: [],
    ...part,
  }) as SloEvaluationPayload;

const day = (index: number, good: number, bad: number) => ({
  day: `2026-05-${String(index).padStart(2, '0')}`,
  good,
  bad,
  attainment: good + bad ? good / (good + bad) : null,
});

describe('the words of a product’s service levels', () => {
  it('says when the budget runs out, or that it is not burning', () => {
    expect(burnWords(slo({ budgetRunsOutAt: '2026-06-04T12:00:00.000Z' }), now)).toBe(
      'At this rate the budget runs out in 4 days',
    );
    expect(burnWords(slo({ budgetRunsOutAt: '2026-05-31T15:00:00.000Z' }), now)).toBe(
      'At this rate the budget runs out in 3 hours',
    );
    expect(burnWords(slo({}), now)).toBe('Not burning its budget');
    expect(burnWords(slo({ errorBudgetRemaining: -0.2 }), now)).toBe('Its budget is spent');
    expect(burnWords(slo({ errorBudgetRemaining: null }), now)).toMatch(/^Nothing observed yet/);
  });

  it('treats a 100 % target as all or nothing', () => {
    expect(burnWords(slo({ target: 1, errorBudgetRemaining: 1 }), now)).toBe(
      'No budget to burn: a 100 % target allows no miss',
    );
    expect(burnWords(slo({ target: 1, errorBudgetRemaining: 0 }), now)).toMatch(/^Spent/);
    expect(targetWords(slo({ target: 1, targetSource: 'contract' }))).toBe(
      '100 %, no miss allowed over 30 days (from the contract)',
    );
    expect(targetWords(slo({ target: 0.995 }))).toBe(
      '99.5 % over 30 days (Meshport’s default, the contract states none)',
    );
  });

  it('names the tool that sent an observation', () => {
    expect(sourceWords({ source: 'openlineage', sourceName: 'airflow/load' })).toBe(
      'OpenLineage job airflow/load',
    );
    expect(sourceWords({ source: 'datacontract-cli', sourceName: 'datacontract test' })).toBe(
      'datacontract-cli run datacontract test',
    );
    expect(sourceWords({ source: 'oors', sourceName: 'soda' })).toBe('OORS producer soda');
  });

  it('sums up a check’s days in words', () => {
    expect(dayVerdict({ good: 0, bad: 0 })).toBe('none');
    expect(dayVerdict({ good: 2, bad: 1 })).toBe('mixed');
    expect(dayVerdict({ good: 0, bad: 1 })).toBe('failed');
    expect(historyWords([day(1, 1, 0), day(2, 1, 0), day(3, 0, 1), day(4, 0, 0)])).toBe(
      '2 of 4 days passed, 1 had failures, 1 without a check',
    );
  });

  it('describes a timeline with its worst day, and one without data', () => {
    const daily = [day(1, 10, 0), day(2, 9, 1), day(3, 0, 0)];
    expect(timelineWords(slo({ daily }))).toBe(
      '1 of 3 days at or above the 99 % target, 1 without data; lowest 90 % on May 2.',
    );
    expect(timelineWords(slo({ daily: [day(1, 0, 0)] }))).toBe(
      'No data on any of the last 1 days.',
    );
  });

  it('puts open and acknowledged incidents first, newest first', () => {
    const incident = (id: string, status: IncidentPayload['status'], at: string) =>
      ({
        id,
        status,
        detectedAt: at,
        resolvedAt: status === 'resolved' ? at : null,
      }) as IncidentPayload;
    const { open, past } = orderIncidents([
      incident('old', 'resolved', '2026-05-01T00:00:00Z'),
      incident('acked', 'acknowledged', '2026-05-02T00:00:00Z'),
      incident('new', 'open', '2026-05-03T00:00:00Z'),
      incident('recent', 'resolved', '2026-05-04T00:00:00Z'),
    ]);
    expect(open.map((entry) => entry.id)).toEqual(['new', 'acked']);
    expect(past.map((entry) => entry.id)).toEqual(['recent', 'old']);
  });
});
