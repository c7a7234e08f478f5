import { describe, expect, it } from 'vitest';
import { overviewPeriods } from './service-level-overview';

const iso = (ms: number) => new Date(ms).toISOString();

describe("the overview's periods", () => {
  it('reach back over the turn of the year, in whole UTC days', () => {
    const periods = overviewPeriods('2027-01-15T12:00:00.000Z');
    expect(iso(periods.month.from)).toBe('2027-01-01T00:00:00.000Z');
    expect(iso(periods.previousMonth.from)).toBe('2026-12-01T00:00:00.000Z');
    expect(iso(periods.previousMonth.to)).toBe('2027-01-01T00:00:00.000Z');
    // 91 days: 13 weeks from 17 October, the last from 9 January until now.
    expect(periods.firstDay).toBe('2026-10-17');
    expect(periods.lastDay).toBe('2027-01-15');
    expect(iso(periods.weeks[0]?.from ?? 0)).toBe('2026-10-17T00:00:00.000Z');
    expect(periods.weeks.at(-1)).toEqual({
      from: Date.parse('2027-01-09T00:00:00.000Z'),
      to: Date.parse('2027-01-15T12:00:00.000Z'),
    });
    expect(
      periods.weeks.slice(1).every((week, index) => week.from === periods.weeks[index]?.to),
    ).toBe(true);
    // The weeks reach further back than the month before.
    expect(periods.incidentsFrom).toBe('2026-10-17T00:00:00.000Z');
  });

  it('has an empty month at its very first instant', () => {
    const periods = overviewPeriods('2026-03-01T00:00:00.000Z');
    expect(periods.month.from).toBe(periods.month.to);
    expect(iso(periods.previousMonth.from)).toBe('2026-02-01T00:00:00.000Z');
    expect(periods.weeks.at(-1)).toEqual({
      from: Date.parse('2026-02-23T00:00:00.000Z'),
      to: Date.parse('2026-03-01T00:00:00.000Z'),
    });
  });
});
