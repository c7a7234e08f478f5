import type { OdcsSchemaObject, OdcsServer } from '../standards/odcs';
import { nonEmptyText } from '../readable-values';
import { type SqlDialect, ansiDialect, findSqlDialect } from './sql-dialects';
import { escapedBacktick, quoteIdentifier } from './sql-identifiers';
import { physicalColumnNames, physicalObjectName, renderSelect } from './sql-select';

function qualifiedName(dialect: SqlDialect, parts: readonly string[]): string {
  // BigQuery reads `project.dataset.table` as one quoted path; each part is escaped inside it.
  if (dialect.dialect === 'bigquery') return escapedBacktick(parts.join('.'));
  return parts.map((part) => quoteIdentifier(part, dialect.identifiers)).join('.');
}

/** "Server my-postgres (postgres) at localhost:5432, database pypl-edw". */
function describeServer(
  server: OdcsServer,
  type: string,
  used: readonly (keyof OdcsServer)[],
): string {
  const host = nonEmptyText(server.host);
  const port = typeof server.port === 'number' ? `:${server.port}` : '';
  const facts = [
    host && `at ${host}${port}`,
    ...(['account', 'warehouse', 'database'] as const)
      .filter((key) => !used.includes(key) && nonEmptyText(server[key]))
      .map((key) => `${key} ${nonEmptyText(server[key])}`),
  ].filter((fact) => fact);
  const name = nonEmptyText(server.server) ?? 'unnamed';
  return `Server ${name} (${type})${facts.length > 0 ? ` ${facts.join(', ')}` : ''}`;
}

/**
 * A SELECT of an object's columns for the SQL engine the server is: the dialect's quoting,
 * qualified name and row limit. An engine Meshport has no dialect for gets standard SQL with a
 * comment saying so.
 */
export function buildSqlStarter(server: OdcsServer, object: OdcsSchemaObject, limit: number) {
  const type = nonEmptyText(server.type)?.toLowerCase() ?? '';
  const dialect = findSqlDialect(type) ?? ansiDialect;
  // SQL Server names the database only together with a schema (`db.schema.table`).
  const namespace =
    dialect.limitStyle === 'top' && !nonEmptyText(server.schema) ? [] : dialect.namespace;
  const qualifiers = namespace.flatMap((key) => nonEmptyText(server[key]) ?? []);
  const table = physicalObjectName(object);
  const comments = [describeServer(server, type, namespace)];
  if (dialect === ansiDialect) {
    comments.push(
      `Standard SQL: Meshport has no dialect for server type "${type}"; adjust quoting and the row limit if your engine needs it.`,
    );
  }
  const code = renderSelect({
    comments,
    columns: physicalColumnNames(object),
    quote: (name) => quoteIdentifier(name, dialect.identifiers),
    from: qualifiedName(dialect, [...qualifiers, table]),
    limit,
    limitStyle: dialect.limitStyle,
  });
  return {
    language: 'sql' as const,
    dialect: dialect.dialect,
    title: `${dialect.title}: first ${limit} rows of ${table}`,
    code,
  };
}
