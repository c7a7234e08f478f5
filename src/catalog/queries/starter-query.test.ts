import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { OdcsContract, OdcsSchemaObject, OdcsServer } from '../standards/odcs';
import { buildStarterQuery, pickServer } from './starter-query';

const fixtures = join(import.meta.dirname, '../../../../shared/fixtures/odcs');
const readContract = (file: string) =>
  parse(readFileSync(join(fixtures, file), 'utf8'), { schema: 'core' }) as OdcsContract;

const orders: OdcsSchemaObject = {
  name: 'orders',
  physicalName: 'orders_v2',
  properties: [
    { name: 'order id', physicalName: 'order_id' },
    { name: 'Amount' },
    { name: 'order' },
  ],
};

const server = (type: string, fields: Partial<OdcsServer> = {}): OdcsServer => ({
  server: 'main',
  type,
  ...fields,
});

describe('buildStarterQuery for SQL engines', () => {
  it('writes PostgreSQL for the full example, physical names first', () => {
    const contract = readContract('all--full-example.odcs.yaml');
    const [postgres] = contract.servers ?? [];
    const [table] = contract.schema ?? [];
    if (!postgres || !table) throw new Error('fixture changed');
    expect(buildStarterQuery(postgres, table)).toEqual({
      language: 'sql',
      dialect: 'postgresql',
      title: 'PostgreSQL: first 100 rows of tbl_1',
      code: [
        '-- Server my-postgres (postgres) at localhost:5432, database pypl-edw',
        'SELECT',
        '  txn_ref_dt,',
        '  rcvr_id,',
        '  rcvr_cntry_code',
        'FROM pp_access_views.tbl_1',
        'LIMIT 100;',
      ].join('\n'),
    });
  });

  it('quotes PostgreSQL names only when needed: upper case, reserved words, odd characters', () => {
    const { code } = buildStarterQuery(server('postgresql', { schema: 'Sales' }), orders);
    expect(code).toContain('  order_id,\n  "Amount",\n  "order"\nFROM "Sales".orders_v2\n');
  });

  it('writes Redshift like PostgreSQL', () => {
    const query = buildStarterQuery(
      server('redshift', { database: 'dw', schema: 'public' }),
      orders,
    );
    expect(query).toMatchObject({
      dialect: 'redshift',
      title: 'Amazon Redshift: first 100 rows of orders_v2',
    });
    expect(query.code).toContain('FROM public.orders_v2\nLIMIT 100;');
  });

  it('writes BigQuery with one backticked project.dataset.table path', () => {
    const query = buildStarterQuery(
      server('bigquery', { project: 'acme-prod', dataset: 'sales' }),
      orders,
    );
    expect(query.dialect).toBe('bigquery');
    expect(query.code).toContain(
      '  order_id,\n  Amount,\n  `order`\nFROM `acme-prod.sales.orders_v2`\nLIMIT 100;',
    );
  });

  it('writes Snowflake with database.schema.table, bare when the names allow it', () => {
    const query = buildStarterQuery(
      server('snowflake', {
        account: 'acme',
        database: 'ANALYTICS',
        schema: 'SALES',
        warehouse: 'WH',
      }),
      orders,
    );
    expect(query.code).toBe(
      [
        '-- Server main (snowflake) account acme, warehouse WH',
        'SELECT',
        '  order_id,',
        '  Amount,',
        '  "order"',
        'FROM ANALYTICS.SALES.orders_v2',
        'LIMIT 100;',
      ].join('\n'),
    );
  });

  it('writes Databricks, Trino and MySQL with their own quotes', () => {
    const weird: OdcsSchemaObject = { name: 'my table', properties: [{ name: 'a-b' }] };
    expect(
      buildStarterQuery(server('databricks', { catalog: 'main', schema: 'sales' }), weird).code,
    ).toContain('  `a-b`\nFROM main.sales.`my table`\nLIMIT 100;');
    expect(
      buildStarterQuery(server('trino', { catalog: 'hive', schema: 'sales' }), weird).code,
    ).toContain('  "a-b"\nFROM hive.sales."my table"\nLIMIT 100;');
    expect(buildStarterQuery(server('athena', { schema: 'sales' }), weird).dialect).toBe('athena');
    expect(buildStarterQuery(server('mysql', { database: 'shop' }), weird).code).toContain(
      '  `a-b`\nFROM shop.`my table`\nLIMIT 100;',
    );
  });

  it('writes SQL Server and Synapse with TOP and brackets', () => {
    const query = buildStarterQuery(
      server('sqlserver', { database: 'shop', schema: 'dbo' }),
      orders,
      {
        limit: 10,
      },
    );
    expect(query.code).toContain(
      'SELECT TOP 10\n  [order_id],\n  [Amount],\n  [order]\nFROM [shop].[dbo].[orders_v2];',
    );
    const synapse = buildStarterQuery(server('synapse', { database: 'dw' }), orders);
    expect(synapse.code).toContain('FROM [orders_v2];');
    expect(synapse.code).toContain('database dw');
  });

  it('writes Oracle with FETCH FIRST and DuckDB with LIMIT', () => {
    expect(buildStarterQuery(server('oracle', { schema: 'SALES' }), orders).code).toContain(
      '  "order"\nFROM SALES.orders_v2\nFETCH FIRST 100 ROWS ONLY;',
    );
    expect(buildStarterQuery(server('duckdb', { database: 'shop.duckdb' }), orders).code).toContain(
      '-- Server main (duckdb) database shop.duckdb',
    );
  });

  it('falls back to standard SQL with a comment for other engines', () => {
    const query = buildStarterQuery(
      server('vertica', { database: 'dw', schema: 'public' }),
      orders,
    );
    expect(query).toMatchObject({ language: 'sql', dialect: 'ansi' });
    expect(query.code).toContain('no dialect for server type "vertica"');
    expect(query.code).toContain('FROM dw.public.orders_v2\nFETCH FIRST 100 ROWS ONLY;');
  });

  it('lists at most twelve columns and says how many more there are', () => {
    const wide: OdcsSchemaObject = {
      name: 'wide',
      properties: Array.from({ length: 15 }, (_, index) => ({ name: `c${index + 1}` })),
    };
    const { code } = buildStarterQuery(server('postgres'), wide);
    expect(code).toContain('  c11,\n  c12\n  -- 3 more columns not listed here\nFROM wide');
    expect(code).not.toContain('c13');
    expect(code).not.toMatch(/\.\.\.|…/);
  });

  it('selects * when the contract lists no columns, and keeps the limit sane', () => {
    const bare: OdcsSchemaObject = { name: 'events' };
    expect(buildStarterQuery(server('postgres'), bare, { limit: 5 }).code).toBe(
      '-- Server main (postgres)\nSELECT *\nFROM events\nLIMIT 5;',
    );
    for (const limit of [0, -3, Number.NaN, Infinity]) {
      expect(buildStarterQuery(server('postgres'), bare, { limit }).code).toContain('LIMIT 100;');
    }
    expect(buildStarterQuery(server('postgres'), bare, { limit: 7.9 }).code).toContain('LIMIT 7;');
  });
});

describe('pickServer', () => {
  it('prefers production, then the first server', () => {
    const dev = server('postgres', { server: 'dev', environment: 'dev' });
    const prod = server('postgres', { server: 'prod', environment: 'Production' });
    expect(pickServer([dev, prod])).toBe(prod);
    expect(pickServer([dev, server('s3', { environment: 'prod' })])?.type).toBe('s3');
    expect(pickServer([dev])).toBe(dev);
    expect(pickServer([])).toBeUndefined();
    expect(pickServer(undefined)).toBeUndefined();
  });
});
