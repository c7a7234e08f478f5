import type { OdcsSchemaObject, OdcsServer } from '../standards/odcs';
import { nonEmptyText } from '../readable-values';
import { buildFileStarter } from './starter-query-files';
import { buildKafkaStarter } from './starter-query-kafka';
import { buildSqlStarter } from './starter-query-sql';

/** Code a consumer copies to take a first look at an output port's data. */
export interface StarterQuery {
  /** What to highlight the code as. */
  language: 'sql' | 'shell';
  /** The engine or tool it is written for, e.g. `postgresql`, `bigquery`, `duckdb`, `kcat`. */
  dialect: string;
  /** A heading, e.g. "PostgreSQL: first 100 rows of orders". */
  title: string;
  code: string;
}

export interface StarterQueryOptions {
  /** How many rows or messages to fetch; 100 unless a positive number is given. */
  limit?: number;
}

const defaultLimit = 100;

const fileServerTypes = new Set(['s3', 'azure', 'local']);

/**
 * Writes a query that works for the server a port is served from, so an analyst can copy it
 * and see data without first learning the engine's quoting rules: SQL in the server's own
 * dialect (PostgreSQL, Snowflake, BigQuery, SQL Server, …), DuckDB over the files of an object
 * store, or a kcat command for a Kafka topic. Names come from the contract (physical names
 * first) and are quoted for the dialect, since documents are untrusted text.
 */
export function buildStarterQuery(
  server: OdcsServer,
  object: OdcsSchemaObject,
  options: StarterQueryOptions = {},
): StarterQuery {
  const requested = options.limit;
  const limit =
    typeof requested === 'number' && Number.isFinite(requested) && requested >= 1
      ? Math.floor(requested)
      : defaultLimit;
  const type = nonEmptyText(server.type)?.toLowerCase() ?? '';
  if (type === 'kafka') return buildKafkaStarter(server, object, limit);
  if (fileServerTypes.has(type)) return buildFileStarter(server, object, limit);
  return buildSqlStarter(server, object, limit);
}

const productionEnvironments = new Set(['prod', 'production']);

/**
 * The server a starter query should target: the production one when the contract marks one
 * (that is where consumers read), else the first listed. Undefined when there is none.
 */
export function pickServer(servers: readonly OdcsServer[] | undefined): OdcsServer | undefined {
  const list = servers ?? [];
  const isProduction = (server: OdcsServer) =>
    typeof server === 'object' &&
    server !== null &&
    productionEnvironments.has(nonEmptyText(server.environment)?.toLowerCase() ?? '');
  return list.find(isProduction) ?? list[0];
}
