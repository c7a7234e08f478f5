import { describe, expect, it } from 'vitest';
import { may, update } from './service-level-test-data';
import {
  countBetween,
  firstUncoveredDeadline,
  sortObservations,
  successfulUpdateTimes,
} from './sli-samples';

const ms = (iso: string) => Date.parse(iso);

describe('firstUncoveredDeadline', () => {
  it('an update at 08:00 covers the 09:00 deadline of the same day, not the next', () => {
    // (deadline − 24 h, deadline]: 08:00 on the 1st is within 24 h before 09:00 on the 1st only.
    expect(firstUncoveredDeadline(ms(may(1, '08:00')), 540)).toBe(ms(may(2, '09:00')));
  });

  it('an update at 10:00 (after the deadline) covers tomorrow 09:00, so the next miss is the day after', () => {
    expect(firstUncoveredDeadline(ms(may(1, '10:00')), 540)).toBe(ms(may(3, '09:00')));
  });

  it('an update exactly at 09:00 covers that deadline, and the next one is missed', () => {
    expect(firstUncoveredDeadline(ms(may(1, '09:00')), 540)).toBe(ms(may(2, '09:00')));
  });
});

describe('countBetween', () => {
  const samples = {
    events: [
      { at: ms(may(1, '01:00')), good: true },
      { at: ms(may(1, '02:00')), good: false },
    ],
    spans: [{ start: ms(may(1, '00:00')), end: ms(may(1, '03:00')), good: true }],
  };

  it('counts events in (from, to] and minutes of stretches in [from, to)', () => {
    expect(countBetween(samples, ms(may(1, '01:00')), ms(may(1, '02:00')))).toEqual({
      good: 60,
      bad: 1,
    });
  });
});

describe('sortObservations', () => {
  it('sorts by time, drops unreadable times and times after now, and keeps distinct update times', () => {
    const sorted = sortObservations(
      [
        update(may(1, '02:00')),
        update('yesterday'),
        update(may(1, '01:00')),
        update(may(1, '01:00')),
        update(may(3)),
      ],
      ms(may(2)),
    );
    expect(sorted.map((item) => item.observation.observedAt)).toEqual([
      may(1, '01:00'),
      may(1, '01:00'),
      may(1, '02:00'),
    ]);
    expect(successfulUpdateTimes(sorted)).toEqual([ms(may(1, '01:00')), ms(may(1, '02:00'))]);
  });
});
