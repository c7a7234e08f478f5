import { describe, expect, it } from 'vitest';
import {
  contractDatasetNames,
  datasetKey,
  namespaceKey,
  serverDatasetNames,
  snowflakeAccount,
} from './dataset-names';
import type { OdcsContract, OdcsServer } from '../standards/odcs';

const key = (namespace: string, name: string) => datasetKey({ namespace, name });
const names = (server: Partial<OdcsServer>, physical = 'orders', count = 1) =>
  serverDatasetNames({ server: 'production', type: 'postgres', ...server }, physical, count).map(
    (d) => `${d.namespace} ${d.name}`,
  );

describe('serverDatasetNames', () => {
  it('names every demo server type as its producers do', () => {
    expect(
      names({
        type: 'postgres',
        host: 'sales-db.prod.northwind.internal',
        port: 5432,
        database: 'sales',
        schema: 'sales_orders',
      }),
    ).toEqual(['postgres://sales-db.prod.northwind.internal:5432 sales.sales_orders.orders']);
    expect(
      names(
        {
          type: 'snowflake',
          account: 'northwind-retail.eu-central-1',
          database: 'SALES_DB',
          schema: 'ORDERS',
        },
        'ORDERS',
      ),
    ).toEqual(['snowflake://northwind-retail.eu-central-1.aws SALES_DB.ORDERS.ORDERS']);
    expect(names({ type: 'bigquery', project: 'northwind-web-prod', dataset: 'sessions' })).toEqual(
      ['bigquery northwind-web-prod.sessions.orders'],
    );
    expect(
      names(
        { type: 'kafka', host: 'kafka.prod.northwind.internal:9093' },
        'northwind.sales.orders.v1',
      ),
    ).toEqual(['kafka://kafka.prod.northwind.internal:9093 northwind.sales.orders.v1']);
    expect(
      names(
        { type: 's3', location: 's3://northwind-sales-data-products/sales-orders/' },
        'orders',
        2,
      ),
    ).toEqual(['s3://northwind-sales-data-products sales-orders/orders']);
    expect(
      names({
        type: 'databricks',
        host: 'northwind-retail.cloud.databricks.com',
        catalog: 'science_prod',
        schema: 'churn',
      }),
    ).toEqual([
      'databricks://northwind-retail.cloud.databricks.com science_prod.churn.orders',
      'unitycatalog://northwind-retail.cloud.databricks.com science_prod.churn.orders',
    ]);
    expect(
      names({
        type: 'redshift',
        host: 'northwind-reporting.c7vq2xk1lz9d.eu-central-1.redshift.amazonaws.com',
        database: 'reporting',
        schema: 'finance',
      }),
    ).toEqual([
      'redshift://northwind-reporting.c7vq2xk1lz9d.eu-central-1.redshift.amazonaws.com:5439 reporting.finance.orders',
    ]);
  });

  it('names the other platforms of naming.md', () => {
    expect(names({ type: 'mysql', host: 'db', database: 'shop' })).toEqual([
      'mysql://db:3306 shop.orders',
    ]);
    expect(names({ type: 'sqlserver', host: 'sql', database: 'shop', schema: 'dbo' })).toEqual([
      'mssql://sql:1433 shop.dbo.orders',
      'sqlserver://sql:1433 shop.dbo.orders',
    ]);
    expect(names({ type: 'oracle', host: 'ora', serviceName: 'ORCL', schema: 'SALES' })).toEqual([
      'oracle://ora:1521 ORCL.SALES.orders',
    ]);
    expect(
      names({ type: 'trino', host: 'trino', port: 8443, catalog: 'hive', schema: 'web' }),
    ).toEqual(['trino://trino:8443 hive.web.orders']);
    expect(names({ type: 'athena', regionName: 'eu-west-1', schema: 'web' })).toEqual([
      'awsathena://athena.eu-west-1.amazonaws.com awsdatacatalog.web.orders',
    ]);
    expect(
      names({ type: 'glue', account: '123456789012', region: 'eu-west-1', database: 'web' }),
    ).toEqual(['arn:aws:glue:eu-west-1:123456789012 table/web/orders']);
    expect(names({ type: 'pubsub', project: 'p1' })).toEqual(['pubsub topic:p1:orders']);
    expect(names({ type: 'gcs', location: 'gs://bucket/data/{model}/*.parquet' })).toEqual([
      'gs://bucket data/orders',
    ]);
    expect(
      names({
        type: 'azure',
        location: 'abfss://lake@acct.dfs.core.windows.net/sales/orders.parquet',
      }),
    ).toEqual([
      'abfss://lake@acct.dfs.core.windows.net sales/orders.parquet',
      'abfss://lake@acct.dfs.core.windows.net sales/orders.parquet/orders',
    ]);
    expect(names({ type: 'local', path: '/data/exports/', format: 'csv' })).toEqual([
      'file /data/exports/orders',
    ]);
    expect(names({ type: 'hive', host: 'hive', database: 'web' })).toEqual([
      'hive://hive:10000 web.orders',
    ]);
    expect(names({ type: 'db2', host: 'db2', database: 'SHOP', schema: 'S' })).toEqual([
      'db2://db2:50000 SHOP.S.orders',
    ]);
  });

  it('takes only the parts a schema-qualified physical name lacks', () => {
    expect(names({ host: 'db', database: 'shop', schema: 'public' }, 'sales.orders')).toEqual([
      'postgres://db:5432 shop.sales.orders',
    ]);
  });

  it('gives nothing when a needed part is missing or the type has no naming rule', () => {
    expect(names({ type: 'postgres', host: 'db', schema: 'public' })).toEqual([]);
    expect(names({ type: 'api', location: 'https://x' })).toEqual([]);
    expect(names({ type: 'databricks', catalog: 'c', schema: 's' })).toEqual([]);
  });
});

describe('datasetKey', () => {
  it('fills default ports and folds case where the platform does', () => {
    expect(key('postgres://DB', 'Shop.Public.Orders')).toBe(
      key('postgresql://db:5432', 'shop.public.orders'),
    );
    expect(key('mysql://db', 'a.b')).toBe(key('mysql://db:3306', 'a.b'));
    expect(key('redshift://c.eu-central-1', 'a.b.c')).toBe(
      key('redshift://c.eu-central-1:5439', 'a.b.c'),
    );
    expect(key('postgres://db:5433', 'a.b.c')).not.toBe(key('postgres://db', 'a.b.c'));
  });

  it('keeps case where the platform is case-sensitive', () => {
    expect(key('kafka://k:9092', 'Orders')).not.toBe(key('kafka://k:9092', 'orders'));
    expect(key('s3://b', 'Data/x')).not.toBe(key('s3://b', 'data/x'));
    expect(key('bigquery', 'My-Project.ds.T')).toBe(key('bigquery', 'my-project.ds.T'));
  });

  it('reads object stores however the path is spelt', () => {
    expect(key('s3a://bucket/', '/data/orders/')).toBe(key('s3://bucket', 'data/orders'));
    expect(key('gcs://bucket', 'x')).toBe(key('gs://bucket', 'x'));
  });

  it('matches a Redshift endpoint to its cluster name', () => {
    expect(
      key(
        'redshift://northwind-reporting.c7vq2xk1lz9d.eu-central-1.redshift.amazonaws.com:5439',
        'r.f.o',
      ),
    ).toBe(key('redshift://northwind-reporting.eu-central-1:5439', 'r.f.o'));
  });

  it('reads Snowflake account spellings as naming.md says', () => {
    expect(snowflakeAccount('mysnowflakeaccount.us-east-1')).toBe(
      'mysnowflakeaccount.us-east-1.aws',
    );
    expect(snowflakeAccount('MYSNOWFLAKEACCOUNT.us-east-1.aws')).toBe(
      'mysnowflakeaccount.us-east-1.aws',
    );
    expect(snowflakeAccount('https://myorg-my_account.snowflakecomputing.com')).toBe(
      'myorg-my-account',
    );
    expect(snowflakeAccount('myorg.myaccount')).toBe('myorg-myaccount');
    expect(snowflakeAccount('xy12345')).toBe('xy12345.us-west-2.aws');
    expect(snowflakeAccount('xy12345.us-west-1.aws')).toBe('xy12345.us-west-2.aws');
    expect(snowflakeAccount('xy12345.west-europe.azure')).toBe('xy12345.west-europe.azure');
    expect(key('snowflake://MyOrg-MyAccount', 'DB.S.T')).toBe(
      key('snowflake://myorg-myaccount', 'db.s.t'),
    );
  });

  it('leaves namespaces it does not know as written', () => {
    expect(namespaceKey('my-datasource-namespace')).toBe('my-datasource-namespace');
    expect(namespaceKey('BigQuery')).toBe('bigquery');
    expect(namespaceKey('custom://Host:1/')).toBe('custom://host:1');
  });
});

describe('contractDatasetNames', () => {
  it('names each schema object by physicalName, else name, on each server', () => {
    const contract = {
      servers: [
        {
          server: 'production',
          type: 'postgres',
          host: 'db',
          port: 5432,
          database: 'shop',
          schema: 'public',
        },
        { server: 'dev', type: 'bigquery', project: 'p', dataset: 'd' },
        'not a server',
      ],
      schema: [{ name: 'orders', physicalName: 'tbl_orders' }, { name: 'customers' }, { name: '' }],
    } as unknown as Pick<OdcsContract, 'servers' | 'schema'>;
    expect(contractDatasetNames(contract).map(({ key: _key, ...name }) => name)).toEqual([
      {
        namespace: 'postgres://db:5432',
        name: 'shop.public.tbl_orders',
        server: 'production',
        schemaObject: 'orders',
      },
      {
        namespace: 'postgres://db:5432',
        name: 'shop.public.customers',
        server: 'production',
        schemaObject: 'customers',
      },
      { namespace: 'bigquery', name: 'p.d.tbl_orders', server: 'dev', schemaObject: 'orders' },
      { namespace: 'bigquery', name: 'p.d.customers', server: 'dev', schemaObject: 'customers' },
    ]);
  });

  it('survives contracts that are not what they claim', () => {
    expect(contractDatasetNames({ servers: 'x', schema: null } as unknown as OdcsContract)).toEqual(
      [],
    );
  });
});
