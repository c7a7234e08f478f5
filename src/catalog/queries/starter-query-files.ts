import type { OdcsSchemaObject, OdcsServer } from '../standards/odcs';
import { nonEmptyText } from '../readable-values';
import { doubleQuote, quoteIdentifier, sqlString } from './sql-identifiers';
import { physicalColumnNames, physicalObjectName, renderSelect } from './sql-select';

/** File formats DuckDB reads, with its table function and the file extension to glob for. */
const readers = new Map<string, { reader: string; extension?: string }>([
  ['parquet', { reader: 'read_parquet', extension: 'parquet' }],
  ['csv', { reader: 'read_csv', extension: 'csv' }],
  ['json', { reader: 'read_json', extension: 'json' }],
  ['jsonl', { reader: 'read_json', extension: 'jsonl' }],
  ['ndjson', { reader: 'read_json', extension: 'ndjson' }],
  ['avro', { reader: 'read_avro', extension: 'avro' }],
  // Table formats: the location is the table's root folder, so no file glob is added.
  ['delta', { reader: 'delta_scan' }],
  ['iceberg', { reader: 'iceberg_scan' }],
]);

const placeholders = new Map([
  ['s3', 's3://bucket/path/'],
  ['azure', 'az://container/path/'],
]);

const credentialHints = new Map([
  ['s3', 'Needs S3 credentials, e.g. CREATE SECRET (TYPE s3, PROVIDER credential_chain);'],
  ['azure', 'Needs Azure credentials, e.g. CREATE SECRET (TYPE azure, PROVIDER credential_chain);'],
]);

/** The format named by the server, else by the location's file extension, else Parquet. */
function formatOf(server: OdcsServer, location: string): string {
  const extension = /\.([A-Za-z0-9]+)$/.exec(location)?.[1];
  return (nonEmptyText(server.format) ?? extension ?? 'parquet').toLowerCase();
}

/** A folder becomes `folder/*.parquet`; a file or a pattern the author wrote is kept. */
function filePattern(location: string, extension: string | undefined): string {
  const lastSegment = location.replace(/\/+$/, '').split('/').pop() ?? '';
  if (extension === undefined || /[*?[{]/.test(location) || /\.[A-Za-z0-9]+$/.test(lastSegment)) {
    return location;
  }
  return `${location.replace(/\/+$/, '')}/*.${extension}`;
}

function jsonOptions(server: OdcsServer): string {
  const delimiter = nonEmptyText(server['delimiter']);
  if (delimiter === 'new_line') return ", format = 'newline_delimited'";
  if (delimiter === 'array') return ", format = 'array'";
  return '';
}

/**
 * A DuckDB query over the files of an object-store or local server (`s3`, `azure`, `local`):
 * DuckDB reads Parquet, CSV and JSON straight from a bucket, so a consumer needs no warehouse
 * to take a first look. The location is a quoted string literal; the reader is chosen from a
 * fixed list, never taken from the document.
 */
export function buildFileStarter(server: OdcsServer, object: OdcsSchemaObject, limit: number) {
  const type = nonEmptyText(server.type)?.toLowerCase() ?? 'local';
  const written = nonEmptyText(server.location) ?? nonEmptyText(server['path']);
  const location = written ?? placeholders.get(type) ?? 'path/to/files/';
  const format = formatOf(server, location);
  const known = readers.get(format);
  const reader = known ?? { reader: 'read_parquet', extension: undefined };
  const comments = [
    `DuckDB reading the files of server ${nonEmptyText(server.server) ?? 'unnamed'} (${type}) at ${location}`,
  ];
  if (written === undefined) comments.push('The server gives no location: replace the path below.');
  if (!known)
    comments.push(`Format "${format}" is not one DuckDB reads directly; this assumes Parquet.`);
  const endpoint = nonEmptyText(server['endpointUrl']);
  if (endpoint) comments.push(`S3-compatible endpoint ${endpoint}: set ENDPOINT in the secret.`);
  const hint = credentialHints.get(type);
  if (hint) comments.push(hint);
  const options = reader.reader === 'read_json' ? jsonOptions(server) : '';
  const source = sqlString(filePattern(location, reader.extension));
  const code = renderSelect({
    comments,
    columns: physicalColumnNames(object),
    quote: (name) =>
      quoteIdentifier(name, { plain: /^[A-Za-z_][A-Za-z0-9_]*$/, quote: doubleQuote }),
    from: `${reader.reader}(${source}${options})`,
    limit,
    limitStyle: 'limit',
  });
  return {
    language: 'sql' as const,
    dialect: 'duckdb',
    title: `DuckDB: first ${limit} rows of ${physicalObjectName(object)}`,
    code,
  };
}
