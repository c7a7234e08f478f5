import { describe, expect, it } from 'vitest';
import { dayIndexOf, dayIndexOfKey, dayKeyOf, dayKeysBetween } from './utc-days';

describe('UTC days', () => {
  it('puts 23:59:59.999 on one day and 00:00 on the next, whatever the local time zone', () => {
    const lastMs = Date.parse('2024-03-30T23:59:59.999Z');
    expect(dayKeyOf(dayIndexOf(lastMs))).toBe('2024-03-30');
    expect(dayKeyOf(dayIndexOf(lastMs + 1))).toBe('2024-03-31');
  });

  it('has 24-hour days across the European DST change (31 March 2024)', () => {
    expect(dayIndexOfKey('2024-04-01') - dayIndexOfKey('2024-03-31')).toBe(1);
    expect(dayKeysBetween(dayIndexOfKey('2024-03-30'), dayIndexOfKey('2024-04-01'))).toEqual([
      '2024-03-30',
      '2024-03-31',
      '2024-04-01',
    ]);
  });

  it('reads only YYYY-MM-DD keys and gives no days for a reversed range', () => {
    expect(dayIndexOfKey('2024-5-1')).toBeNaN();
    expect(dayKeysBetween(5, 4)).toEqual([]);
  });
});
