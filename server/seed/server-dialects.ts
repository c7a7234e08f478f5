/**
 * Everything that depends on where a port is served: the ODCS server entry, physical names and
 * types, and SQL in that server's dialect (sample queries and SQL quality checks). S3 ports hold
 * Parquet files, which analysts read with DuckDB's `read_parquet`; Kafka topics get no SQL.
 */
import type { OdcsServer } from '../../src/catalog/standards/odcs';
import type { ColumnKind, ColumnSpec, Domain, ServerType, TableSpec } from './seed-types';

/** Where a port lives, which decides its server entry and physical names. */
export interface PortPlace {
  domain: Domain;
  productId: string;
  portName: string;
  server: ServerType;
  format?: 'avro' | 'json';
  /** Major version of the port, part of topic names. */
  major: number;
}

const snake = (text: string) => text.replace(/-/g, '_');

export function buildServer(place: PortPlace): OdcsServer {
  const domain = snake(place.domain);
  const schema = snake(place.productId);
  const common = { server: 'production', type: place.server, environment: 'prod' };
  switch (place.server) {
    case 'postgres':
      return {
        ...common,
        description: 'Read replica of the operational database',
        host: `${place.domain}-db.prod.northwind.internal`,
        port: 5432,
        database: domain,
        schema,
      };
    case 'snowflake':
      return {
        ...common,
        description: 'Northwind analytics warehouse',
        account: 'northwind-retail.eu-central-1',
        database: `${domain.toUpperCase()}_DB`,
        schema: schema.toUpperCase(),
        warehouse: `${domain.toUpperCase()}_READER_WH`,
      };
    case 'bigquery':
      return {
        ...common,
        description: 'Marketing and web analytics on Google Cloud',
        project: `northwind-${place.domain}-prod`,
        dataset: schema,
      };
    case 'kafka':
      return {
        ...common,
        description: 'Production event streaming cluster',
        host: 'kafka.prod.northwind.internal:9093',
        format: place.format ?? 'avro',
      };
    case 's3':
      return {
        ...common,
        description: 'Data lake bucket, Parquet files partitioned by date',
        location: `s3://northwind-${place.domain}-data-products/${place.productId}/`,
        format: 'parquet',
      };
    case 'databricks':
      return {
        ...common,
        description: 'Unity Catalog on the data science workspace',
        host: 'northwind-retail.cloud.databricks.com',
        catalog: `${domain}_prod`,
        schema,
      };
    case 'redshift':
      return {
        ...common,
        description: 'Finance and operations reporting cluster',
        host: 'northwind-reporting.c7vq2xk1lz9d.eu-central-1.redshift.amazonaws.com',
        database: 'reporting',
        schema,
        region: 'eu-central-1',
      };
  }
}

/**
 * The table's name on the server: upper-case in Snowflake, a versioned topic in Kafka. The
 * cluster is shared, so a topic carries its product: two products never write one topic.
 */
export function physicalTableName(place: PortPlace, table: TableSpec): string {
  if (table.physicalName) return table.physicalName;
  if (place.server === 'snowflake') return table.name.toUpperCase();
  if (place.server === 'kafka')
    return `northwind.${place.domain}.${place.productId}.${table.name.replace(/_/g, '-')}.v${place.major}`;
  return table.name;
}

const physicalTypes: Record<ServerType, Record<ColumnKind, (length?: number) => string>> = {
  postgres: {
    string: (n) => (n ? `varchar(${n})` : 'text'),
    integer: () => 'integer',
    bigint: () => 'bigint',
    decimal: () => 'numeric(12,2)',
    double: () => 'double precision',
    boolean: () => 'boolean',
    date: () => 'date',
    timestamp: () => 'timestamptz',
  },
  snowflake: {
    string: (n) => (n ? `VARCHAR(${n})` : 'VARCHAR'),
    integer: () => 'NUMBER(10,0)',
    bigint: () => 'NUMBER(38,0)',
    decimal: () => 'NUMBER(12,2)',
    double: () => 'FLOAT',
    boolean: () => 'BOOLEAN',
    date: () => 'DATE',
    timestamp: () => 'TIMESTAMP_TZ',
  },
  bigquery: {
    string: () => 'STRING',
    integer: () => 'INT64',
    bigint: () => 'INT64',
    decimal: () => 'NUMERIC',
    double: () => 'FLOAT64',
    boolean: () => 'BOOL',
    date: () => 'DATE',
    timestamp: () => 'TIMESTAMP',
  },
  kafka: {
    string: () => 'string',
    integer: () => 'int',
    bigint: () => 'long',
    decimal: () => 'decimal(12,2)',
    double: () => 'double',
    boolean: () => 'boolean',
    date: () => 'date',
    timestamp: () => 'timestamp-millis',
  },
  s3: {
    string: () => 'STRING',
    integer: () => 'INT32',
    bigint: () => 'INT64',
    decimal: () => 'DECIMAL(12,2)',
    double: () => 'DOUBLE',
    boolean: () => 'BOOLEAN',
    date: () => 'DATE',
    timestamp: () => 'TIMESTAMP(MICROS)',
  },
  databricks: {
    string: () => 'STRING',
    integer: () => 'INT',
    bigint: () => 'BIGINT',
    decimal: () => 'DECIMAL(12,2)',
    double: () => 'DOUBLE',
    boolean: () => 'BOOLEAN',
    date: () => 'DATE',
    timestamp: () => 'TIMESTAMP',
  },
  redshift: {
    string: (n) => `VARCHAR(${n ?? 256})`,
    integer: () => 'INTEGER',
    bigint: () => 'BIGINT',
    decimal: () => 'DECIMAL(12,2)',
    double: () => 'DOUBLE PRECISION',
    boolean: () => 'BOOLEAN',
    date: () => 'DATE',
    timestamp: () => 'TIMESTAMPTZ',
  },
};

export function physicalType(server: ServerType, column: ColumnSpec): string {
  return physicalTypes[server][column.kind](column.length);
}

/** Servers whose data can be queried with SQL; a Kafka topic cannot. */
export function speaksSql(server: ServerType): boolean {
  return server !== 'kafka';
}

// Words that must be quoted as column names in at least one of the dialects used here.
const reservedWords = new Set([
  'all',
  'and',
  'as',
  'asc',
  'by',
  'case',
  'check',
  'column',
  'default',
  'desc',
  'end',
  'from',
  'group',
  'limit',
  'offset',
  'order',
  'select',
  'table',
  'to',
  'user',
  'where',
  'window',
]);

/** A column as a query must write it in the dialect. */
export function sqlColumn(server: ServerType, name: string): string {
  const plain = /^[a-z_][a-z0-9_]*$/.test(name) && !reservedWords.has(name);
  if (server === 'snowflake') return plain ? name.toUpperCase() : `"${name}"`;
  if (plain) return name;
  return server === 'bigquery' || server === 'databricks' ? `\`${name}\`` : `"${name}"`;
}

/** The fully qualified table as a query names it, on the server built by `buildServer`. */
export function sqlTable(place: PortPlace, server: OdcsServer, table: TableSpec): string {
  const name = physicalTableName(place, table);
  switch (place.server) {
    case 'postgres':
    case 'redshift':
      return `${server.schema}.${/^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name}"`}`;
    case 'snowflake':
      return `${server.database}.${server.schema}.${name}`;
    case 'bigquery':
      return `\`${server.project}.${server.dataset}.${name}\``;
    case 'databricks':
      return `${server.catalog}.${server.schema}.${name}`;
    case 's3':
      return `read_parquet('${server.location}${name}/**/*.parquet', hive_partitioning = true)`;
    case 'kafka':
      return name;
  }
}
