/** How each ODCS server type is named for people, e.g. in the "Served as" filter. */
const serverTypeLabels: Record<string, string> = {
  api: 'API',
  athena: 'Athena',
  azure: 'Azure Storage',
  bigquery: 'BigQuery',
  clickhouse: 'ClickHouse',
  databricks: 'Databricks',
  db2: 'Db2',
  denodo: 'Denodo',
  dremio: 'Dremio',
  duckdb: 'DuckDB',
  glue: 'AWS Glue',
  cloudsql: 'Cloud SQL',
  hive: 'Hive',
  impala: 'Impala',
  informix: 'Informix',
  kafka: 'Kafka',
  kinesis: 'Kinesis',
  local: 'Local files',
  mysql: 'MySQL',
  oracle: 'Oracle',
  postgresql: 'PostgreSQL',
  postgres: 'PostgreSQL',
  presto: 'Presto',
  pubsub: 'Pub/Sub',
  redshift: 'Redshift',
  s3: 'S3',
  sftp: 'SFTP',
  snowflake: 'Snowflake',
  sqlserver: 'SQL Server',
  synapse: 'Synapse',
  trino: 'Trino',
  vertica: 'Vertica',
  tables: 'Tables',
  topic: 'Topic',
  custom: 'Custom',
};

export function serverTypeLabel(type: string): string {
  return serverTypeLabels[type.toLowerCase()] ?? type;
}

/** Streaming servers deliver events rather than tables; the UI offers a consumer, not SQL. */
export function isStreamingServer(type: string): boolean {
  return ['kafka', 'kinesis', 'pubsub'].includes(type.toLowerCase());
}
