import { describe, expect, it } from 'vitest';
import type { OdcsContract, OdcsSlaProperty } from '../standards/odcs';
import {
  allowedGapMs,
  definePortSlos,
  readMinuteOfDayUtc,
  serviceLevelDefaults,
} from './define-slos';

const contract = (extra: Partial<OdcsContract> = {}): OdcsContract => ({
  apiVersion: 'v3.1.0',
  kind: 'DataContract',
  id: 'sales-orders',
  version: '1.0.0',
  status: 'active',
  ...extra,
});

const withSla = (...slaProperties: OdcsSlaProperty[]) =>
  definePortSlos(contract({ slaProperties }));
const only = (sla: OdcsSlaProperty) => {
  const [first] = withSla(sla);
  if (!first) throw new Error('no SLO');
  return first;
};

describe('definePortSlos: SLA properties', () => {
  it('latency 1 d becomes freshness within 86,400 s at the default 99 % over 30 days', () => {
    expect(only({ property: 'latency', value: 1, unit: 'd' })).toEqual({
      id: 'latency',
      kind: 'freshness',
      property: 'latency',
      label: 'Latency',
      promise: 'Latency ≤ 1 day',
      threshold: { seconds: 86_400 },
      target: 0.99,
      targetSource: 'default',
      windowDays: 30,
      unit: 'minutes',
    });
  });

  it('reads property names case-insensitively and with ODCS synonyms (LATENCY, ly, Freshness)', () => {
    const slos = withSla(
      { property: 'LATENCY', value: 4, unit: 'h' },
      { property: 'ly', value: '15 minutes' },
      { property: 'Freshness', value: 2, unit: 'days' },
    );
    expect(slos.map((slo) => [slo.id, slo.kind, slo.threshold.seconds])).toEqual([
      ['LATENCY', 'freshness', 14_400],
      ['ly', 'freshness', 900],
      ['Freshness', 'freshness', 172_800],
    ]);
  });

  it('availability 99.5 becomes a contract target of 0.995, counted in events', () => {
    expect(only({ property: 'availability', value: 99.5, unit: '%' })).toMatchObject({
      kind: 'availability',
      target: 0.995,
      targetSource: 'contract',
      unit: 'events',
      windowDays: 30,
    });
    expect(only({ property: 'uptime', value: '99.9%' })).toMatchObject({ target: 0.999 });
  });

  it('availability 99.5 with valueExt 7d is measured over 7 days', () => {
    expect(only({ property: 'availability', value: 99.5, valueExt: '7d' }).windowDays).toBe(7);
    expect(only({ property: 'av', value: 99, valueExt: 14 }).windowDays).toBe(14);
  });

  it('a window in the entry customProperties (window: 2 weeks) sets the window of any SLO', () => {
    const sla = {
      property: 'latency',
      value: 1,
      unit: 'd',
      customProperties: [{ property: 'window', value: '2 weeks' }],
    } as OdcsSlaProperty;
    expect(only(sla).windowDays).toBe(14);
  });

  it('ignores valueExt on frequency, as ODCS example writes valueExt: 1 there', () => {
    expect(only({ property: 'frequency', value: 1, valueExt: 1, unit: 'd' }).windowDays).toBe(30);
  });

  it('errorRate 1 % leaves a target of 99 %; 0.002 (a fraction) leaves 99.8 %; 5 (no unit) 95 %', () => {
    const [percent, fraction, bare] = withSla(
      { property: 'errorRate', value: 1, unit: '%' },
      { property: 'er', value: 0.002 },
      { property: 'errorRate', value: 5 },
    );
    expect(percent).toMatchObject({ kind: 'errorRate', target: 0.99, targetSource: 'contract' });
    expect(fraction?.target).toBe(0.998);
    expect(bare?.target).toBe(0.95);
    expect(bare?.id).toBe('errorRate#2');
  });

  it('frequency 1 d and daily both become a 1-day frequency, with a 10 % jitter tolerance', () => {
    const [number, word] = withSla(
      { property: 'frequency', value: 1, unit: 'd' },
      { property: 'frequency', value: 'daily' },
    );
    expect(number).toMatchObject({ kind: 'frequency', threshold: { seconds: 86_400 } });
    expect(word).toMatchObject({ kind: 'frequency', threshold: { seconds: 86_400 } });
    expect(allowedGapMs(number!)).toBe(86_400_000 * 1.1);
    expect(serviceLevelDefaults.frequencyTolerance).toBe(0.1);
  });

  it('a stream (frequency continuous) with latency 15 s is measured on lag checks, one event each, and its frequency is declared', () => {
    const [latency, frequency] = withSla(
      { property: 'latency', value: 15, unit: 's' },
      { property: 'frequency', value: 'continuous' },
    );
    expect(latency).toMatchObject({
      id: 'latency',
      kind: 'freshness',
      threshold: { seconds: 15 },
      unit: 'events',
    });
    expect(frequency).toMatchObject({ id: 'frequency', kind: null });
  });

  it('a weekly product available by 06:00 needs an update in the week before each deadline', () => {
    const [, , available] = withSla(
      { property: 'latency', value: 7, unit: 'd' },
      { property: 'frequency', value: 7, unit: 'd' },
      { property: 'timeOfAvailability', value: '06:00Z' },
    );
    expect(available).toMatchObject({
      kind: 'timeOfAvailability',
      threshold: { minuteOfDayUtc: 360, seconds: 604_800 },
    });
  });

  it('frequency streaming without a latency is declared', () => {
    expect(only({ property: 'frequency', value: 'streaming' }).kind).toBeNull();
  });

  it('timeOfAvailability 09:00-08:00 is due at 17:00 UTC (minute 1,020), counted in days', () => {
    expect(only({ property: 'timeOfAvailability', value: '09:00-08:00' })).toMatchObject({
      kind: 'timeOfAvailability',
      threshold: { minuteOfDayUtc: 1020 },
      target: 0.95,
      unit: 'days',
    });
  });

  it('gives two timeOfAvailability entries distinct ids (ODCS example has two)', () => {
    const slos = withSla(
      { property: 'timeOfAvailability', value: '09:00-08:00' },
      { property: 'timeOfAvailability', value: '08:00-08:00' },
    );
    expect(slos.map((slo) => slo.id)).toEqual(['timeOfAvailability', 'timeOfAvailability#2']);
  });

  it('uses an entry id when it has one', () => {
    expect(only({ id: 'orders-latency', property: 'latency', value: 1, unit: 'd' }).id).toBe(
      'orders-latency',
    );
  });

  it('timeToDetect 30 min and timeToResolve 4 h become time to detect and repair at 90 %', () => {
    const [detect, repair] = withSla(
      { property: 'timeToDetect', value: 30, unit: 'min' },
      { property: 'timeToResolve', value: 4, unit: 'h' },
    );
    expect(detect).toMatchObject({ kind: 'timeToDetect', threshold: { seconds: 1800 } });
    expect(detect?.target).toBe(0.9);
    expect(repair).toMatchObject({ kind: 'timeToRepair', threshold: { seconds: 14_400 } });
  });

  it('keeps retention, generalAvailability, endOfLife and throughput as declared', () => {
    const slos = withSla(
      { property: 'retention', value: 3, unit: 'y' },
      { property: 'generalAvailability', value: '2022-05-12T09:30:10-08:00' },
      { property: 'endOfLife', value: '2042-05-12T09:30:10-08:00' },
      { property: 'throughput', value: 1000 },
    );
    expect(slos.map((slo) => slo.kind)).toEqual([null, null, null, null]);
    expect(slos[0]).toMatchObject({ label: 'Retention', promise: 'Kept for 3 years' });
  });

  it('declares a measurable property whose value cannot be read (latency: soon, availability 120 %)', () => {
    const slos = withSla(
      { property: 'latency', value: 'soon' },
      { property: 'latency', value: 0, unit: 'd' },
      { property: 'availability', value: 120 },
      { property: 'timeOfAvailability', value: '25:00' },
    );
    expect(slos.map((slo) => slo.kind)).toEqual([null, null, null, null]);
  });

  it('skips entries without a property name', () => {
    expect(withSla({ property: ' ', value: 1 })).toEqual([]);
    expect(definePortSlos(contract())).toEqual([]);
  });
});

describe('definePortSlos: quality rules', () => {
  const withQuality = definePortSlos({
    ...contract({
      slaProperties: [{ property: 'quality', value: 1 }],
      schema: [
        {
          name: 'orders',
          quality: [{ id: 'orders_row_count', metric: 'rowCount', mustBeGreaterThan: 1000 }],
          properties: [
            {
              name: 'order_id',
              quality: [
                { name: 'No duplicate orders', metric: 'duplicateValues', mustBe: 0 },
                { metric: 'nullValues', mustBe: 0 },
                { metric: 'nullValues', mustBe: 0 },
              ],
            },
          ],
        },
      ],
    }),
    quality: [{ type: 'text', description: 'Orders reconcile with the ledger.' }],
  } as OdcsContract);

  it('makes one quality SLO per rule at contract, schema object and property level', () => {
    expect(withQuality.map((slo) => [slo.id, slo.ruleId])).toEqual([
      ['quality', undefined],
      ['quality:contract#1', 'contract#1'],
      ['quality:orders_row_count', 'orders_row_count'],
      ['quality:No duplicate orders', 'No duplicate orders'],
      ['quality:orders.order_id#2', 'orders.order_id#2'],
      ['quality:orders.order_id#3', 'orders.order_id#3'],
    ]);
  });

  it('names a rule by its name, else by what it promises, at the default 95 %', () => {
    expect(withQuality[3]).toMatchObject({
      kind: 'quality',
      label: 'Quality: No duplicate orders',
      target: 0.95,
      targetSource: 'default',
      unit: 'events',
    });
    expect(withQuality[5]?.label).toBe('Quality: No null values in order_id');
  });

  it('keeps ids unique within the port when two rules share a name', () => {
    const slos = definePortSlos(
      contract({
        schema: [
          { name: 'a', quality: [{ name: 'fresh' }] },
          { name: 'b', quality: [{ name: 'fresh' }] },
        ],
      }),
    );
    expect(slos.map((slo) => slo.id)).toEqual(['quality:fresh', 'quality:fresh#2']);
  });
});

describe('readMinuteOfDayUtc', () => {
  it.each([
    ['09:00', 540],
    ['09:00Z', 540],
    ['23:30+01:00', 1350],
    ['01:00+02:00', 23 * 60],
    ['20:00-08:00', 4 * 60],
  ])('reads %s as minute %i of the UTC day', (value, minute) => {
    expect(readMinuteOfDayUtc(value)).toBe(minute);
  });

  it('rejects 24:00, 9 am and numbers', () => {
    expect(readMinuteOfDayUtc('24:00')).toBeUndefined();
    expect(readMinuteOfDayUtc('9 am')).toBeUndefined();
    expect(readMinuteOfDayUtc(900)).toBeUndefined();
  });
});
