import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CustomProperty } from '../standards/custom-properties';
import type { OdcsContract } from '../standards/odcs';
import { getDeclaredSampleQueries } from './sample-queries';

const withSamples = (value: unknown): Pick<OdcsContract, 'customProperties'> => ({
  customProperties: [
    { property: 'owner', value: 'x' },
    { property: 'sampleQueries', value },
  ],
});

describe('getDeclaredSampleQueries', () => {
  it('reads the queries a contract declares, as written', () => {
    const contract = parse(
      `customProperties:
  - property: sampleQueries
    value:
      - name: Orders per day
        description: Daily order volume for the last week.
        query: |
          SELECT order_date, count(*)
          FROM orders
          GROUP BY order_date
      - title: Open orders
        sql: SELECT * FROM orders WHERE status = 'open'
`,
      { schema: 'core' },
    ) as Pick<OdcsContract, 'customProperties'>;
    expect(getDeclaredSampleQueries(contract)).toEqual([
      {
        name: 'Orders per day',
        description: 'Daily order volume for the last week.',
        query: 'SELECT order_date, count(*)\nFROM orders\nGROUP BY order_date\n',
      },
      { name: 'Open orders', query: "SELECT * FROM orders WHERE status = 'open'" },
    ]);
  });

  it('prefers name over title and query over sql', () => {
    expect(
      getDeclaredSampleQueries(
        withSamples([{ name: 'A', title: 'B', query: 'select 1', sql: 'select 2' }]),
      ),
    ).toEqual([{ name: 'A', query: 'select 1' }]);
  });

  it('skips malformed entries and keeps the good ones', () => {
    const entries = [
      null,
      'SELECT 1',
      ['name', 'query'],
      { name: 'No query' },
      { query: 'select 1' },
      { name: '  ', query: 'select 1' },
      { name: 'Blank query', query: '   ' },
      { name: 'Numeric query', query: 42 },
      { name: 42, query: 'select 1' },
      { name: 'Good', query: 'select 1', description: 7 },
    ];
    expect(getDeclaredSampleQueries(withSamples(entries))).toEqual([
      { name: 'Good', query: 'select 1' },
    ]);
  });

  it('returns nothing when there are no sample queries or they are not a list', () => {
    expect(getDeclaredSampleQueries({})).toEqual([]);
    expect(getDeclaredSampleQueries(withSamples('SELECT 1'))).toEqual([]);
    expect(getDeclaredSampleQueries(withSamples({ name: 'A', query: 'select 1' }))).toEqual([]);
    const notAList = { customProperties: 'x' as unknown as CustomProperty[] };
    expect(getDeclaredSampleQueries(notAList)).toEqual([]);
  });
});
