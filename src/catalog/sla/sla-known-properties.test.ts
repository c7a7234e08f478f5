import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OdcsSlaProperty } from '../standards/odcs';
import { describeSlaTerm } from './sla-terms';

const text = (sla: Omit<OdcsSlaProperty, 'value'> & { value?: unknown }) =>
  describeSlaTerm({ value: undefined, ...sla }).text;

describe('frequency', () => {
  it.each([
    [1, 'h', 'Refreshed hourly'],
    [1, 'd', 'Refreshed daily'],
    [1, 'days', 'Refreshed daily'],
    [1, 'w', 'Refreshed weekly'],
    [1, 'mo', 'Refreshed monthly'],
    [1, 'yr', 'Refreshed yearly'],
    [2, 'd', 'Refreshed every 2 days'],
    [15, 'm', 'Refreshed every 15 minutes'],
    ['30', 'sec', 'Refreshed every 30 seconds'],
    [1, 'min', 'Refreshed every minute'],
  ])('%s %s → %s', (value, unit, expected) => {
    expect(text({ property: 'frequency', value, unit })).toBe(expected);
  });

  it('reads a value that carries its unit, and words such as "daily"', () => {
    expect(text({ property: 'frequency', value: '6h' })).toBe('Refreshed every 6 hours');
    expect(text({ property: 'frequency', value: 'Daily' })).toBe('Refreshed daily');
  });

  it('says a stream is updated continuously', () => {
    expect(text({ property: 'frequency', value: 'continuous' })).toBe(
      'Updated continuously (streaming)',
    );
    expect(text({ property: 'frequency', value: 'real-time' })).toBe(
      'Updated continuously (streaming)',
    );
  });

  it('shows the raw value when the unit or the amount makes no sense', () => {
    expect(text({ property: 'frequency', value: 1, unit: 'fortnight' })).toBe(
      'Frequency: 1 fortnight',
    );
    expect(text({ property: 'frequency', value: 0, unit: 'd' })).toBe('Frequency: 0 d');
    expect(text({ property: 'frequency', value: 'when needed' })).toBe('Frequency: when needed');
    expect(text({ property: 'frequency', value: 1, unit: 'constructor' })).toBe(
      'Frequency: 1 constructor',
    );
  });
});

describe('time of availability', () => {
  it.each([
    ['09:00Z', 'Available by 09:00 UTC'],
    ['09:00', 'Available by 09:00 UTC'],
    ['09:00+00:00', 'Available by 09:00 UTC'],
    ['9:00 UTC', 'Available by 09:00 UTC'],
    ['09:00-08:00', 'Available by 09:00 (UTC−08:00)'],
    ['06:30+05:30', 'Available by 06:30 (UTC+05:30)'],
    ['23:59:30Z', 'Available by 23:59:30 UTC'],
  ])('%s → %s', (value, expected) => {
    expect(text({ property: 'timeOfAvailability', value })).toBe(expected);
  });

  it.each([['25:00'], ['09:60'], ['09:00+15:00'], ['nine o clock'], [540]])(
    'shows %s as written',
    (value) => {
      expect(text({ property: 'timeOfAvailability', value })).toBe(
        `Time of availability: ${value}`,
      );
    },
  );
});

describe('durations', () => {
  it.each([
    [4, 'd', 'Latency ≤ 4 days'],
    [1, 'd', 'Latency ≤ 1 day'],
    [30, 's', 'Latency ≤ 30 seconds'],
    [90, 'minutes', 'Latency ≤ 90 minutes'],
    [1.5, 'hr', 'Latency ≤ 1.5 hours'],
    [250, 'ms', 'Latency ≤ 250 milliseconds'],
    [1500, 'ms', 'Latency ≤ 1,500 milliseconds'],
  ])('latency %s %s → %s', (value, unit, expected) => {
    expect(text({ property: 'latency', value, unit })).toBe(expected);
  });

  it('says how long data is kept', () => {
    expect(text({ property: 'retention', value: 3, unit: 'y' })).toBe('Kept for 3 years');
    expect(text({ property: 'retention', value: 1, unit: 'year' })).toBe('Kept for 1 year');
    expect(text({ property: 'retention', value: 18, unit: 'months' })).toBe('Kept for 18 months');
  });

  it('phrases the incident times', () => {
    expect(text({ property: 'timeToDetect', value: 2, unit: 'h' })).toBe(
      'Issues detected within 2 hours',
    );
    expect(text({ property: 'timeToRepair', value: 1, unit: 'd' })).toBe(
      'Issues repaired within 1 day',
    );
  });

  it('shows an unknown unit or a negative amount as written', () => {
    expect(text({ property: 'latency', value: 4, unit: 'fortnights' })).toBe(
      'Latency: 4 fortnights',
    );
    expect(text({ property: 'latency', value: -1, unit: 'd' })).toBe('Latency: -1 d');
    expect(text({ property: 'retention', value: 'forever' })).toBe('Retention: forever');
    expect(text({ property: 'latency', value: null })).toBe('Latency: null');
  });
});

describe('dates', () => {
  it('formats the UTC calendar day, whatever the offset', () => {
    expect(text({ property: 'generalAvailability', value: '2022-05-12' })).toBe(
      'Generally available since 12 May 2022',
    );
    // 20:00 at UTC−08:00 is already the next day in UTC.
    expect(text({ property: 'endOfSupport', value: '2032-05-12T20:00:00-08:00' })).toBe(
      'Supported until 13 May 2032',
    );
    expect(text({ property: 'endOfLife', value: new Date(Date.UTC(2042, 0, 1)) })).toBe(
      'End of life on 1 January 2042',
    );
  });

  describe('in another time zone', () => {
    afterEach(() => {
      vi.unstubAllEnvs();
    });

    it('reads a date-time without an offset as UTC, not as local time', () => {
      // Read as Los Angeles time, 20:00 would be 03:00 UTC on 13 May.
      vi.stubEnv('TZ', 'America/Los_Angeles');
      expect(text({ property: 'generalAvailability', value: '2022-05-12T20:00:00' })).toBe(
        'Generally available since 12 May 2022',
      );
    });
  });

  it.each([['2023-02-30'], ['2022-13-01'], ['12/05/2022'], ['soon'], [20220512]])(
    'shows the bad date %s as written',
    (value) => {
      expect(text({ property: 'generalAvailability', value })).toBe(
        `General availability: ${value}`,
      );
    },
  );
});

describe('availability and other properties', () => {
  it('says how often the data is available', () => {
    expect(text({ property: 'availability', value: 99.9, unit: '%' })).toBe(
      'Available 99.9% of the time',
    );
    expect(text({ property: 'uptime', value: '99.95%' })).toBe('Available 99.95% of the time');
    expect(text({ property: 'av', value: 99, unit: 'percent' })).toBe('Available 99% of the time');
    expect(text({ property: 'availability', value: 120, unit: '%' })).toBe('Availability: 120%');
  });

  it('matches property names case-insensitively and by their ODCS synonyms', () => {
    expect(describeSlaTerm({ property: 'LATENCY', value: 1, unit: 'h' })).toMatchObject({
      label: 'Latency',
      text: 'Latency ≤ 1 hour',
    });
    expect(describeSlaTerm({ property: 'ga', value: '2022-05-12' }).text).toBe(
      'Generally available since 12 May 2022',
    );
  });

  it('humanises any other property and keeps its value and unit', () => {
    expect(describeSlaTerm({ property: 'dataVolume', value: 500, unit: 'GB' })).toEqual({
      property: 'dataVolume',
      label: 'Data volume',
      text: 'Data volume: 500 GB',
    });
    expect(text({ property: 'errorRate', value: 0.1, unit: 'percent' })).toBe('Error rate ≤ 0.1%');
    expect(text({ property: 'throughput', value: 10000, unit: 'rows/s' })).toBe(
      'Throughput ≥ 10,000 rows/s',
    );
    expect(text({ property: 'throughput', value: 'high' })).toBe('Throughput: high');
    expect(text({ property: 'rowsPerDay', value: 1500000 })).toBe('Rows per day: 1,500,000');
    expect(text({ property: 'maxDowntime', value: 2, unit: 'h' })).toBe('Max downtime: 2 hours');
    expect(text({ property: 'RPO', value: { hours: 4 } })).toBe('RPO: {"hours":4}');
  });
});
