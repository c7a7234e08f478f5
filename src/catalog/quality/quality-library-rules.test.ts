import { describe, expect, it } from 'vitest';
import type { OdcsQualityRule } from '../standards/odcs';
import { describeQualityRule } from './quality-rules';

const text = (rule: OdcsQualityRule, column?: string) => describeQualityRule(rule, column).text;

describe('library metrics', () => {
  it.each<[OdcsQualityRule, string | undefined, string]>([
    [
      { metric: 'rowCount', mustBeGreaterThan: 1000000 },
      undefined,
      'Row count must be greater than 1,000,000',
    ],
    [
      { metric: 'rowCount', mustBeBetween: [100, 120] },
      undefined,
      'Row count must be between 100 and 120',
    ],
    [
      { metric: 'rowCount', mustNotBeBetween: [0, 10] },
      undefined,
      'Row count must not be between 0 and 10',
    ],
    [{ metric: 'rowCount', mustBeGreaterOrEqualTo: 1 }, undefined, 'Row count must be at least 1'],
    [{ metric: 'nullValues', mustBe: 0 }, 'email', 'No null values in email'],
    [
      { metric: 'nullValues', mustBeLessOrEqualTo: 1, unit: 'percent' },
      'email',
      'Null values in email must be at most 1%',
    ],
    [
      { metric: 'nullValues', mustBeLessThan: 10, unit: 'rows' },
      'email',
      'Null values in email must be less than 10 rows',
    ],
    [
      { metric: 'nullValues', mustNotBe: 1, unit: 'rows' },
      'email',
      'Null values in email must not be 1 row',
    ],
    [{ metric: 'duplicateValues', mustBe: 0 }, 'order_id', 'No duplicate values in order_id'],
    [
      { metric: 'duplicateValues', mustBeLessThan: 1, unit: 'percent' },
      'phone',
      'Duplicate values in phone must be less than 1%',
    ],
    [
      {
        metric: 'duplicateValues',
        mustBe: 0,
        arguments: { properties: ['tenant_id', 'order_id'] },
      },
      undefined,
      'No duplicate combinations of tenant_id, order_id',
    ],
    [{ metric: 'duplicateValues', mustBe: 0 }, undefined, 'No duplicate rows'],
    [
      {
        metric: 'invalidValues',
        mustBe: 0,
        arguments: { validValues: ['open', 'shipped', 'closed'] },
      },
      'status',
      'Values of status must be one of: open, shipped, closed',
    ],
    [
      { metric: 'invalidValues', mustBe: 0, arguments: { pattern: '^[A-Z]{2}$' } },
      'country',
      'Values of country must match the pattern ^[A-Z]{2}$',
    ],
    [
      {
        metric: 'invalidValues',
        mustBeLessThan: 5,
        unit: 'rows',
        arguments: { validValues: ['pounds', 'kg'] },
      },
      'unit',
      'Invalid values in unit must be less than 5 rows (valid values: pounds, kg)',
    ],
    [
      {
        metric: 'invalidValues',
        mustBeLessThan: 2,
        unit: 'percent',
        arguments: { pattern: '^\\d+$' },
      },
      'zip',
      'Invalid values in zip must be less than 2% (valid values match ^\\d+$)',
    ],
    [
      {
        metric: 'missingValues',
        mustBeLessThan: 100,
        unit: 'rows',
        arguments: { missingValues: [null, '', 'N/A'] },
      },
      'email',
      'Missing values in email must be less than 100 rows (counting null, "", N/A as missing)',
    ],
    [{ metric: 'missingValues', mustBe: 0 }, 'email', 'No missing values in email'],
  ])('%j on %s', (rule, column, expected) => {
    expect(text(rule, column)).toBe(expected);
  });

  it('reads the deprecated `rule` field like `metric`', () => {
    expect(text({ rule: 'nullValues', mustBe: 0 }, 'id')).toBe('No null values in id');
    expect(text({ rule: 'duplicateCount', mustBeLessThan: 10, unit: 'rows' }, 'name')).toBe(
      'Duplicate values in name must be less than 10 rows',
    );
    const legacyValidValues = { rule: 'validValues', validValues: ['pounds'] } as OdcsQualityRule;
    expect(text(legacyValidValues, 'unit')).toBe('Values of unit must be one of: pounds');
  });

  it('formats thresholds with en-US separators and keeps odd ones as written', () => {
    expect(text({ metric: 'rowCount', mustBeLessThan: 1234567.5 })).toBe(
      'Row count must be less than 1,234,567.5',
    );
    expect(text({ metric: 'rowCount', mustBe: 'plenty' })).toBe('Row count must be plenty');
    const badRange = { metric: 'rowCount', mustBeBetween: [1, 2, 3] } as unknown as OdcsQualityRule;
    expect(text(badRange)).toBe('Row count must be between [1,2,3]');
    expect(text({ metric: 'rowCount', mustBeGreaterThan: 0, mustBeLessThan: 10 })).toBe(
      'Row count must be greater than 0 and must be less than 10',
    );
    expect(text({ metric: 'rowCount', mustBeBetween: [1, 5], unit: 'percent' })).toBe(
      'Row count must be between 1% and 5%',
    );
  });

  it('humanises an unknown metric and says when no threshold is given', () => {
    expect(text({ metric: 'freshnessLag', mustBeLessThan: 3, unit: 'hours' }, 'ts')).toBe(
      'Freshness lag of ts must be less than 3 hours',
    );
    expect(text({ metric: 'nullValues' }, 'email')).toBe('Checks null values in email');
    expect(text({ metric: 'rowCount' })).toBe('Row count is checked');
    expect(text({ type: 'library' }, 'email')).toBe('Quality check in email');
  });
});
