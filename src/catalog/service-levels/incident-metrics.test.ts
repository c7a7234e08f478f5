import { describe, expect, it } from 'vitest';
import { incidentMetrics } from './incident-metrics';
import { incident, may } from './service-level-test-data';

const period = { from: may(10), to: may(20), now: may(15) };

describe('incidentMetrics', () => {
  it('two incidents: detected after 10 and 30 minutes, one resolved 2 h later → MTTD 20, MTTR 120', () => {
    const metrics = incidentMetrics(
      [
        incident({
          startedAt: may(11),
          detectedAt: may(11, '00:10'),
          resolvedAt: may(11, '02:10'),
        }),
        incident({ startedAt: may(14, '12:00'), detectedAt: may(14, '12:30'), resolvedAt: null }),
      ],
      period,
    );
    expect(metrics).toEqual({
      count: 2,
      opened: 2,
      resolved: 1,
      meanTimeToDetectMinutes: 20,
      meanTimeToResolveMinutes: 120,
      // 130 minutes, plus the open one from 14 May 12:00 to now (15 May 00:00): 720 minutes.
      downtimeMinutes: 850,
    });
  });

  it('counts only the part inside the period: started 2 h before it, resolved 1 h into it → 60 minutes', () => {
    const metrics = incidentMetrics(
      [
        incident({
          startedAt: may(9, '22:00'),
          detectedAt: may(9, '23:00'),
          resolvedAt: may(10, '01:00'),
        }),
      ],
      period,
    );
    expect(metrics).toEqual({
      count: 1,
      opened: 0,
      resolved: 1,
      meanTimeToDetectMinutes: null,
      meanTimeToResolveMinutes: 120,
      downtimeMinutes: 60,
    });
  });

  it('is empty without incidents, and for incidents outside the period', () => {
    const empty = {
      count: 0,
      opened: 0,
      resolved: 0,
      meanTimeToDetectMinutes: null,
      meanTimeToResolveMinutes: null,
      downtimeMinutes: 0,
    };
    expect(incidentMetrics([], period)).toEqual(empty);
    expect(
      incidentMetrics(
        [incident({ startedAt: may(1), detectedAt: may(1), resolvedAt: may(2) })],
        period,
      ),
    ).toEqual(empty);
  });

  it('treats the period as [from, to): resolved exactly at `to` is not in it', () => {
    const metrics = incidentMetrics(
      [incident({ startedAt: may(19), detectedAt: may(19), resolvedAt: may(20) })],
      { from: may(10), to: may(20), now: may(25) },
    );
    expect(metrics).toMatchObject({ count: 1, opened: 1, resolved: 0, downtimeMinutes: 1440 });
  });

  it('a 0-length period counts nothing', () => {
    expect(
      incidentMetrics([incident({ startedAt: may(9), detectedAt: may(9), resolvedAt: null })], {
        from: may(10),
        to: may(10),
        now: may(15),
      }),
    ).toMatchObject({ count: 0, downtimeMinutes: 0 });
  });

  it('accepts Dates as the API passes them', () => {
    const metrics = incidentMetrics(
      [incident({ startedAt: may(11), detectedAt: may(11, '01:00'), resolvedAt: null })],
      { from: new Date(may(10)), to: new Date(may(12)), now: new Date(may(11, '03:00')) },
    );
    expect(metrics).toMatchObject({ count: 1, meanTimeToDetectMinutes: 60, downtimeMinutes: 180 });
  });
});
