import { describe, expect, it } from 'vitest';
import type { OdcsSchemaObject, OdcsServer } from '../standards/odcs';
import { buildStarterQuery } from './starter-query';

const orders: OdcsSchemaObject = {
  name: 'orders',
  physicalName: 'orders_v2',
  properties: [
    { name: 'order id', physicalName: 'order_id' },
    { name: 'Amount' },
    { name: 'order' },
  ],
};

const s3 = (fields: Partial<OdcsServer>): OdcsServer => ({ server: 'main', type: 's3', ...fields });

describe('buildStarterQuery for object stores', () => {
  it('reads Parquet from S3 with DuckDB', () => {
    const query = buildStarterQuery(
      s3({ location: 's3://acme-data/orders/', format: 'parquet' }),
      orders,
    );
    expect(query).toMatchObject({
      language: 'sql',
      dialect: 'duckdb',
      title: 'DuckDB: first 100 rows of orders_v2',
    });
    expect(query.code).toContain(
      '  "order"\nFROM read_parquet(\'s3://acme-data/orders/*.parquet\')\nLIMIT 100;',
    );
    expect(query.code).toContain('CREATE SECRET (TYPE s3');
  });

  it('picks the reader from the format or the file extension and keeps patterns', () => {
    const from = (fields: Partial<OdcsServer>) =>
      /FROM (.*)\n/.exec(buildStarterQuery(s3(fields), orders).code)?.[1];
    expect(from({ location: 's3://b/raw', format: 'csv' })).toBe("read_csv('s3://b/raw/*.csv')");
    expect(
      from({ location: 's3://b/raw/day=*/part.json', format: 'json', delimiter: 'new_line' }),
    ).toBe("read_json('s3://b/raw/day=*/part.json', format = 'newline_delimited')");
    expect(from({ location: 's3://b/export.csv' })).toBe("read_csv('s3://b/export.csv')");
    expect(from({ location: 's3://b/lake/orders', format: 'delta' })).toBe(
      "delta_scan('s3://b/lake/orders')",
    );
    expect(from({ location: "s3://b/it's/" })).toBe("read_parquet('s3://b/it''s/*.parquet')");
  });

  it('says so when the format or the location is unknown', () => {
    const query = buildStarterQuery(s3({ format: 'xml' }), orders);
    expect(query.code).toContain('Format "xml" is not one DuckDB reads directly');
    expect(query.code).toContain('no location');
    expect(query.code).toContain("FROM read_parquet('s3://bucket/path/')");
  });
});
