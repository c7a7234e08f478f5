import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { OdcsContract, OdcsQualityRule, OdcsSchemaObject } from '../standards/odcs';
import { collectQualityRules, describeQualityRule } from './quality-rules';

const fixtures = join(import.meta.dirname, '../../../../shared/fixtures/odcs');
const readContract = (file: string) =>
  parse(readFileSync(join(fixtures, file), 'utf8'), { schema: 'core' }) as OdcsContract;

const text = (rule: OdcsQualityRule, column?: string) => describeQualityRule(rule, column).text;

/** Every rule of a fixture, described where it applies. */
const describeFixture = (file: string) =>
  collectQualityRules(readContract(file)).map(({ rule, column }) =>
    describeQualityRule(rule, column),
  );

describe('describeQualityRule on the official examples', () => {
  it('reads the full example', () => {
    expect(describeFixture('all--full-example.odcs.yaml')).toEqual([
      {
        text: 'Row count must be greater than 1,000,000',
        dimension: 'completeness',
        severity: 'error',
      },
      { text: 'No null values in rcvr_cntry_code', dimension: 'completeness', severity: 'error' },
    ]);
  });

  it('reads a SQL rule and returns its query to copy', () => {
    expect(describeFixture('quality--column-accuracy.odcs.yaml')).toEqual([
      {
        text: 'This column should contain positive values under 500 (result must be 0)',
        dimension: 'accuracy',
        severity: 'error',
        query: 'select count(*) from Air_Quality where DataValue <= 0 or DataValue >= 500',
      },
    ]);
  });

  it('reads valid values with a percent threshold', () => {
    expect(describeFixture('quality--column-validity.odcs.yaml')[0]?.text).toBe(
      'Invalid values in air_quality_status must be at most 5% (valid values: "", null, n/a)',
    );
  });

  it('names the engine of custom rules', () => {
    expect(describeFixture('quality--column-custom.odcs.yaml').map((rule) => rule.text)).toEqual([
      'Soda check: This column should not contain values under 100000',
      'Soda check on UniqueID',
    ]);
  });
});

describe('text, sql and custom rules', () => {
  it('shows a text rule as its description', () => {
    expect(
      describeQualityRule({ type: 'text', description: 'The email address was verified.' }),
    ).toEqual({ text: 'The email address was verified.' });
    expect(text({ type: 'text' }, 'email')).toBe('Quality expectation on email');
  });

  it('falls back to "Custom SQL check" and keeps the query as written', () => {
    const query = 'SELECT COUNT(*) FROM {object} WHERE {property} IS NULL\n';
    expect(describeQualityRule({ type: 'sql', query, mustBeLessThan: 3600 }, 'ts')).toEqual({
      text: 'Custom SQL check on ts (result must be less than 3,600)',
      query,
    });
    expect(text({ query: 'select 1' })).toBe('Custom SQL check');
  });

  it('says which engine runs a custom rule', () => {
    expect(text({ type: 'custom', engine: 'greatExpectations', implementation: {} })).toBe(
      'Great Expectations check',
    );
    expect(text({ type: 'custom', engine: 'acme-dq', description: 'Checked nightly.' })).toBe(
      'acme-dq check: Checked nightly',
    );
    expect(text({ type: 'custom', description: 'Vendor rule' })).toBe('Custom check: Vendor rule');
  });

  it('leaves out a blank dimension or severity and never throws on an empty rule', () => {
    expect(describeQualityRule({ dimension: ' ', severity: '' })).toEqual({
      text: 'Quality check',
    });
  });
});

describe('collectQualityRules', () => {
  it('finds object, column, nested and array-item rules with where they apply', () => {
    const nullCheck: OdcsQualityRule = { metric: 'nullValues', mustBe: 0 };
    const orders: OdcsSchemaObject = {
      name: 'orders',
      quality: [{ metric: 'rowCount', mustBeGreaterThan: 0 }],
      properties: [
        { name: 'id', quality: [nullCheck] },
        {
          name: 'customer',
          properties: [{ name: 'address', properties: [{ name: 'city', quality: [nullCheck] }] }],
        },
        {
          name: 'tags',
          items: { quality: [nullCheck], properties: [{ name: 'label', quality: [nullCheck] }] },
        },
        { name: 'matrix', items: { items: { quality: [nullCheck] } } },
        { physicalName: 'legacy_col', quality: [nullCheck] },
      ],
    };
    const found = collectQualityRules({ schema: [orders] });
    expect(found.map(({ object, column }) => [object, column])).toEqual([
      ['orders', undefined],
      ['orders', 'id'],
      ['orders', 'customer.address.city'],
      ['orders', 'tags[]'],
      ['orders', 'tags[].label'],
      ['orders', 'matrix[][]'],
      ['orders', 'legacy_col'],
    ]);
    expect(found[1]?.rule).toBe(nullCheck);
  });

  it('skips malformed parts instead of throwing', () => {
    const messy = {
      schema: [
        null,
        { name: 'a', quality: 'none', properties: [null, { name: 'b', quality: [null, 3] }] },
        { name: 'c', properties: { name: 'not-a-list' } },
      ],
    } as unknown as Pick<OdcsContract, 'schema'>;
    expect(collectQualityRules(messy)).toEqual([]);
    expect(collectQualityRules({})).toEqual([]);
  });
});
