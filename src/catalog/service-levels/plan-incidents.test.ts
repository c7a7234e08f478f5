import { describe, expect, it } from 'vitest';
import { evaluatePort } from './evaluate';
import { formatElapsed, planIncidents } from './plan-incidents';
import { incident, may, slo, update } from './service-level-test-data';
import type { PortServiceLevels } from './service-level-types';

const product = { productId: 'sales', name: 'Sales Orders', team: 'sales-team' };
const latency = slo({
  kind: 'freshness',
  id: 'latency',
  promise: 'Latency ≤ 1 day',
  threshold: { seconds: 86_400 },
});

function port(recentUpdates: string[], now: string): PortServiceLevels {
  return evaluatePort({
    portName: 'orders',
    contractId: 'sales-orders',
    slos: [latency],
    rollups: [],
    recent: recentUpdates.map((at) => update(at)),
    incidents: [],
    now,
  });
}

describe('planIncidents: opening', () => {
  it('opens one automatic incident for a port late by 2 hours, started when it turned bad', () => {
    const plan = planIncidents({
      product,
      ports: [port([may(9, '10:00')], may(10, '12:00'))],
      unresolved: [],
      now: may(10, '12:00'),
    });
    expect(plan).toEqual({
      open: [
        {
          productId: 'sales',
          portName: 'orders',
          sloId: 'latency',
          origin: 'automatic',
          title: 'Sales Orders · orders is late: no update for 26 hours (promised ≤ 1 day)',
          startedAt: may(10, '10:00'),
          detectedAt: may(10, '12:00'),
          team: 'sales-team',
        },
      ],
      resolve: [],
    });
  });

  it('does not open a second one while an automatic incident is unresolved (acknowledged too)', () => {
    const plan = planIncidents({
      product,
      ports: [port([may(9, '10:00')], may(10, '12:00'))],
      unresolved: [incident({ status: 'acknowledged', detectedAt: may(10, '11:00') })],
      now: may(10, '12:00'),
    });
    expect(plan).toEqual({ open: [], resolve: [] });
  });

  it('opens one even when an owner opened a manual incident on the same SLO', () => {
    const plan = planIncidents({
      product,
      ports: [port([may(9, '10:00')], may(10, '12:00'))],
      unresolved: [incident({ origin: 'manual' })],
      now: may(10, '12:00'),
    });
    expect(plan.open).toHaveLength(1);
    expect(plan.resolve).toEqual([]);
  });

  it('opens nothing for a good, unknown or declared SLO', () => {
    const plan = planIncidents({
      product,
      ports: [port([may(10, '10:00')], may(10, '12:00')), port([], may(10, '12:00'))],
      unresolved: [],
      now: may(10, '12:00'),
    });
    expect(plan.open).toEqual([]);
  });
});

describe('planIncidents: after an owner resolved', () => {
  const availability = slo({ kind: 'availability', id: 'availability', promise: 'Runs succeed' });
  const runs = (statuses: [string, 'pass' | 'fail'][], now: string) =>
    evaluatePort({
      portName: 'orders',
      contractId: 'sales-orders',
      slos: [availability],
      rollups: [],
      recent: statuses.map(([at, status]) => update(at, status)),
      incidents: [],
      now,
    });
  const resolvedByOlivia = incident({
    sloId: 'availability',
    status: 'resolved',
    resolvedAt: may(10, '11:30'),
    resolvedBy: { id: 'olivia', name: 'Olivia' },
  });

  it('opens nothing for the bad spell she resolved (run failed at 11:00, resolved at 11:30, evaluated at 12:00)', () => {
    const plan = planIncidents({
      product,
      ports: [runs([[may(10, '11:00'), 'fail']], may(10, '12:00'))],
      unresolved: [],
      resolvedByPeople: [resolvedByOlivia],
      now: may(10, '12:00'),
    });
    expect(plan).toEqual({ open: [], resolve: [] });
  });

  it('opens a new one when a run fails after her resolution (11:00 failed, resolved 11:30, 11:45 failed)', () => {
    const plan = planIncidents({
      product,
      ports: [
        runs(
          [
            [may(10, '11:00'), 'fail'],
            [may(10, '11:45'), 'fail'],
          ],
          may(10, '12:00'),
        ),
      ],
      unresolved: [],
      resolvedByPeople: [resolvedByOlivia],
      now: may(10, '12:00'),
    });
    expect(plan.open).toEqual([
      expect.objectContaining({ sloId: 'availability', startedAt: may(10, '11:00') }),
    ]);
  });

  it('opens one for a late port whose new deadline passes after her resolution', () => {
    // Updated at 09:00 on 9 May; she resolved at 11:30 on 10 May; still late the next day.
    const plan = planIncidents({
      product,
      ports: [port([may(9, '09:00')], may(11, '12:00'))],
      unresolved: [],
      resolvedByPeople: [{ ...resolvedByOlivia, sloId: 'latency' }],
      now: may(11, '12:00'),
    });
    expect(plan.open).toEqual([]);
    const later = planIncidents({
      product,
      ports: [port([may(9, '09:00'), may(10, '13:00')], may(11, '14:00'))],
      unresolved: [],
      resolvedByPeople: [{ ...resolvedByOlivia, sloId: 'latency' }],
      now: may(11, '14:00'),
    });
    expect(later.open).toEqual([
      expect.objectContaining({ sloId: 'latency', startedAt: may(11, '13:00') }),
    ]);
  });
});

describe('planIncidents: resolving', () => {
  it('resolves at the update that ended the gap', () => {
    const plan = planIncidents({
      product,
      ports: [port([may(8, '10:00'), may(10, '13:00')], may(10, '14:00'))],
      unresolved: [incident({ startedAt: may(9, '10:00'), detectedAt: may(9, '10:05') })],
      now: may(10, '14:00'),
    });
    expect(plan).toEqual({
      open: [],
      resolve: [{ id: 'incident-1', resolvedAt: may(10, '13:00') }],
    });
  });

  it('never resolves before detection: a run reported late (ended 11:50, detected 12:00) resolves at 12:00', () => {
    const plan = planIncidents({
      product,
      ports: [port([may(9, '10:00'), may(10, '11:50')], may(10, '12:30'))],
      unresolved: [incident({ startedAt: may(10, '10:00'), detectedAt: may(10, '12:00') })],
      now: may(10, '12:30'),
    });
    expect(plan.resolve).toEqual([{ id: 'incident-1', resolvedAt: may(10, '12:00') }]);
  });

  it('resolves now when the SLO is good with no recovery in sight', () => {
    const plan = planIncidents({
      product,
      ports: [port([may(10, '10:00')], may(10, '12:00'))],
      unresolved: [incident({ startedAt: may(1), detectedAt: may(1, '01:00') })],
      now: may(10, '12:00'),
    });
    expect(plan.resolve).toEqual([{ id: 'incident-1', resolvedAt: may(10, '12:00') }]);
  });

  it('resolves now when the SLO or the port no longer exists', () => {
    const plan = planIncidents({
      product,
      ports: [port([may(10, '10:00')], may(10, '12:00'))],
      unresolved: [
        incident({ id: 'gone-slo', sloId: 'frequency' }),
        incident({ id: 'gone-port', portName: 'returns' }),
      ],
      now: may(10, '12:00'),
    });
    expect(plan.resolve).toEqual([
      { id: 'gone-slo', resolvedAt: may(10, '12:00') },
      { id: 'gone-port', resolvedAt: may(10, '12:00') },
    ]);
  });

  it('keeps an incident open while its SLO is still bad or unknown, and never touches manual ones', () => {
    const plan = planIncidents({
      product,
      ports: [port([may(9, '10:00')], may(10, '12:00'))],
      unresolved: [
        incident({ id: 'still-bad' }),
        incident({ id: 'manual', origin: 'manual', sloId: 'gone' }),
        incident({ id: 'other-product', productId: 'billing', sloId: 'gone' }),
      ],
      now: may(10, '12:00'),
    });
    expect(plan).toEqual({ open: [], resolve: [] });
    const unknown = planIncidents({
      product,
      ports: [port([], may(10, '12:00'))],
      unresolved: [incident()],
      now: may(10, '12:00'),
    });
    expect(unknown.resolve).toEqual([]);
  });
});

describe('planIncidents: titles', () => {
  const titleOf = (definition: Parameters<typeof slo>[0], recent: ReturnType<typeof update>[]) => {
    const evaluated = evaluatePort({
      portName: 'orders',
      contractId: null,
      slos: [slo(definition)],
      rollups: [],
      recent,
      incidents: [],
      now: may(10, '12:00'),
    });
    return planIncidents({ product, ports: [evaluated], unresolved: [], now: may(10, '12:00') })
      .open[0]?.title;
  };

  it('names a missed refresh cycle: "is overdue: no update for 3 hours (promised hourly)"', () => {
    expect(
      titleOf({ kind: 'frequency', threshold: { seconds: 3600 } }, [update(may(10, '09:00'))]),
    ).toBe('Sales Orders · orders is overdue: no update for 3 hours (promised hourly)');
  });

  it('names a missed time of availability: "was not available by 09:00 UTC"', () => {
    expect(
      titleOf({ kind: 'timeOfAvailability', threshold: { minuteOfDayUtc: 540 } }, [
        update(may(9, '08:00')),
      ]),
    ).toBe('Sales Orders · orders was not available by 09:00 UTC: no update for 28 hours');
  });

  it('names a failing run with its promise', () => {
    expect(
      titleOf({ kind: 'availability', promise: 'Available 99.5% of the time' }, [
        update(may(10, '11:00'), 'fail'),
      ]),
    ).toBe(
      'Sales Orders · orders is failing: its last run failed (promised: available 99.5% of the time)',
    );
  });
});

describe('formatElapsed', () => {
  it.each([
    [45 * 60_000, '45 minutes'],
    [119 * 60_000, '119 minutes'],
    [26 * 3_600_000, '26 hours'],
    [4 * 86_400_000 + 3_600_000, '4 days'],
  ])('%i ms reads as %s', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });
});

describe('planIncidents: one incident per port', () => {
  const hourly = slo({
    kind: 'frequency',
    id: 'frequency',
    label: 'Refresh',
    promise: 'Refreshed hourly',
    threshold: { seconds: 3600 },
  });
  const both = (updates: string[], now: string) =>
    evaluatePort({
      portName: 'orders',
      contractId: 'sales-orders',
      slos: [latency, hourly],
      rollups: [],
      recent: updates.map((at) => update(at)),
      incidents: [],
      now,
    });

  it('a port late and overdue gets one incident, named by what broke first (overdue at 11:06, late at 10:00 the next day)', () => {
    const plan = planIncidents({
      product,
      ports: [both([may(9, '09:00'), may(9, '10:00')], may(10, '12:00'))],
      unresolved: [],
      now: may(10, '12:00'),
    });
    expect(plan.open).toHaveLength(1);
    expect(plan.open[0]).toMatchObject({ sloId: 'frequency', startedAt: expect.any(String) });
    expect(plan.open[0]?.title).toMatch(/; also broken: freshness$/);
  });

  it('stays open while any promise of the port is bad, and resolves when all are good', () => {
    const open = incident({ sloId: 'frequency', detectedAt: may(10, '12:00') });
    const stillLate = both([may(9, '10:00')], may(10, '12:40'));
    expect(
      planIncidents({ product, ports: [stillLate], unresolved: [open], now: may(10, '12:40') })
        .resolve,
    ).toEqual([]);
    const recovered = both([may(10, '12:30'), may(10, '13:20')], may(10, '13:30'));
    expect(
      planIncidents({ product, ports: [recovered], unresolved: [open], now: may(10, '13:30') })
        .resolve,
    ).toHaveLength(1);
  });
});
