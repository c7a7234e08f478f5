/**
 * The compact specifications the seed data is written in. The demo mesh is hand-authored in this
 * shape and the catalog generator produces it at random; `build-documents.ts` turns both into ODPS
 * and ODCS documents the same way, so generated documents are exactly as valid as the demo ones.
 */
import type { ProductStatus } from '../../src/catalog/standards/odps';
import type { DocumentKind } from '../../src/catalog/documents/validate-document';

/** One document to import, as a user would send it. */
export interface SeedDocument {
  kind: DocumentKind;
  text: string;
}

export type Domain =
  'sales' | 'marketing' | 'supply-chain' | 'finance' | 'customer' | 'logistics' | 'product';

export type ServerType =
  'postgres' | 'snowflake' | 'bigquery' | 'kafka' | 's3' | 'databricks' | 'redshift';

/** Personal data is `pii` (see src/catalog/classification.ts); the others grade everything else. */
export type Classification = 'pii' | 'public' | 'internal' | 'restricted' | 'confidential';

/** What a column holds; each server dialect maps it to its own physical type. */
export type ColumnKind =
  'string' | 'integer' | 'bigint' | 'decimal' | 'double' | 'boolean' | 'date' | 'timestamp';

export type ExampleValue = string | number | boolean;

export interface ColumnSpec {
  name: string;
  kind: ColumnKind;
  /** Maximum length of a string column, for VARCHAR(n) where the dialect has it. */
  length?: number;
  businessName: string;
  description: string;
  classification: Classification;
  required?: boolean;
  primaryKey?: boolean;
  unique?: boolean;
  criticalDataElement?: boolean;
  format?: 'email' | 'uuid' | 'ipv4' | 'uri';
  /** The only values allowed: becomes an invalidValues check. */
  validValues?: string[];
  /** Amounts and counts that can never be negative: becomes a SQL check. */
  nonNegative?: boolean;
  /** Share of rows allowed to be null in an optional column: becomes a nullValues check. */
  maxNullPercent?: number;
  examples: ExampleValue[];
}

export interface TableSpec {
  /** Logical name (snake_case); the physical name follows the server's conventions. */
  name: string;
  /** Only for tables whose server name breaks the conventions (a legacy CamelCase table). */
  physicalName?: string;
  businessName: string;
  description: string;
  granularity?: string;
  columns: ColumnSpec[];
  /** Expected row count: a lower bound, or a range when `maxRows` is set too. */
  minRows: number;
  maxRows?: number;
  /** Quality expectations written for people: become `text` checks. */
  rules?: string[];
}

export type DurationUnit = 's' | 'min' | 'h' | 'd' | 'y';

export interface Duration {
  value: number;
  unit: DurationUnit;
}

export interface SlaSpec {
  latency: Duration;
  /** How often new data lands; `continuous` for streams. */
  frequency: Duration | 'continuous';
  /** Time of day the day's data is ready, e.g. `06:00Z` or `07:30+01:00`. */
  timeOfAvailability?: string;
  retention: Duration;
  generalAvailability?: string;
  endOfSupport?: string;
  endOfLife?: string;
  /** Share of the time the port can be read, in percent. */
  availability?: number;
}

export interface SampleQuery {
  name: string;
  description: string;
  query: string;
}

export interface PortSpec {
  /** kebab-case; the contract id is `<product id>.<port name>`. */
  name: string;
  description: string;
  /** Version of the port and of its contract. */
  version: string;
  server: ServerType;
  /** Message format of a Kafka topic (S3 ports are always Parquet). */
  format?: 'avro' | 'json';
  tables: TableSpec[];
  sla: SlaSpec;
  /** Hand-written queries shown before the generated ones; `false` declares none at all. */
  sampleQueries?: SampleQuery[] | false;
}

export interface TeamMemberSpec {
  username: string;
  name: string;
  role: string;
}

export interface TeamSpec {
  /** Shown as the owner of the team's products. */
  name: string;
  description: string;
  slackChannel: string;
  slackChannelId: string;
  email: string;
  members: TeamMemberSpec[];
}

export interface ProductSpec {
  /** Readable slug, e.g. `customer-purchase-history`. */
  id: string;
  name: string;
  version: string;
  status: ProductStatus;
  domain: Domain;
  team: TeamSpec;
  purpose: string;
  limitations: string;
  usage: string;
  tags: string[];
  /** Contract ids of other products' output ports this product reads. */
  inputs: string[];
  ports: PortSpec[];
}
