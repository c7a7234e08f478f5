/**
 * Sample queries generated from a contract's own tables, in the SQL dialect of its server, so an
 * analyst can copy one and run it as it is.
 */
import type { OdcsServer } from '../../src/catalog/standards/odcs';
import type { PortPlace } from './server-dialects';
import { speaksSql, sqlColumn, sqlTable } from './server-dialects';
import type { ColumnSpec, SampleQuery, ServerType, TableSpec } from './seed-types';

/** A condition keeping the last `days` days of a date or timestamp column. */
function lastDays(server: ServerType, column: ColumnSpec, days: number): string {
  const name = sqlColumn(server, column.name);
  const isDate = column.kind === 'date';
  switch (server) {
    case 'postgres':
      return isDate
        ? `${name} >= current_date - ${days}`
        : `${name} >= now() - interval '${days} days'`;
    case 'snowflake':
      return `${name} >= DATEADD(DAY, -${days}, ${isDate ? 'CURRENT_DATE()' : 'CURRENT_TIMESTAMP()'})`;
    case 'bigquery':
      return isDate
        ? `${name} >= DATE_SUB(CURRENT_DATE(), INTERVAL ${days} DAY)`
        : `${name} >= TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL ${days} DAY)`;
    case 'databricks':
      return isDate
        ? `${name} >= date_sub(current_date(), ${days})`
        : `${name} >= current_timestamp() - INTERVAL ${days} DAYS`;
    case 'redshift':
      return `${name} >= DATEADD(day, -${days}, ${isDate ? 'CURRENT_DATE' : 'GETDATE()'})`;
    default:
      return `${name} >= ${isDate ? 'current_date' : 'now()'} - INTERVAL ${days} DAY`;
  }
}

/** The start of the day a timestamp falls in, for daily counts. */
function dayOf(server: ServerType, column: ColumnSpec): string {
  const name = sqlColumn(server, column.name);
  if (column.kind === 'date') return name;
  switch (server) {
    case 'snowflake':
      return `DATE_TRUNC('DAY', ${name})`;
    case 'bigquery':
      return `DATE(${name})`;
    default:
      return `date_trunc('day', ${name})`;
  }
}

/** "Order lines" → "order lines", but "CRM contacts" stays as it is. */
function inSentence(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/**
 * Queries an analyst can copy and run as they are: a preview of the latest rows, and a breakdown
 * by the table's main category (or per day) over a recent window.
 */
export function generateSampleQueries(
  place: PortPlace,
  server: OdcsServer,
  table: TableSpec,
): SampleQuery[] {
  if (!speaksSql(place.server)) return [];
  const dialect = place.server;
  const from = sqlTable(place, server, table);
  const alias = (name: string) => (dialect === 'snowflake' ? name.toUpperCase() : name);
  const time = table.columns.find(
    (column) => column.kind === 'timestamp' || column.kind === 'date',
  );
  const category = table.columns.find((column) => column.validValues && !column.primaryKey);
  const measure = table.columns.find((column) => column.kind === 'decimal');
  const label = inSentence(table.businessName);

  const shown = table.columns
    .slice(0, 6)
    .map((column) => sqlColumn(dialect, column.name))
    .join(', ');
  const queries: SampleQuery[] = [
    time
      ? {
          name: `Latest ${label}`,
          description: `The 20 most recent ${label} (by ${time.name}), with the main columns.`,
          query: `SELECT ${shown}\nFROM ${from}\nORDER BY ${sqlColumn(dialect, time.name)} DESC\nLIMIT 20`,
        }
      : {
          name: `Preview ${label}`,
          description: `Twenty rows of ${label}, with the main columns.`,
          query: `SELECT ${shown}\nFROM ${from}\nLIMIT 20`,
        },
  ];
  if (!time) return queries;

  const count = alias('row_count');
  const sum = measure
    ? `,\n  SUM(${sqlColumn(dialect, measure.name)}) AS ${alias(`total_${measure.name}`)}`
    : '';
  const what = measure ? `Row count and sum of ${inSentence(measure.businessName)}` : 'Row count';
  if (category) {
    const by = sqlColumn(dialect, category.name);
    queries.push({
      name: `${table.businessName} by ${inSentence(category.businessName)}`,
      description: `${what} per ${inSentence(category.businessName)} over the last 7 days.`,
      query: `SELECT\n  ${by},\n  COUNT(*) AS ${count}${sum}\nFROM ${from}\nWHERE ${lastDays(dialect, time, 7)}\nGROUP BY ${by}\nORDER BY ${count} DESC`,
    });
  } else {
    const day = alias('day_start');
    queries.push({
      name: `${table.businessName} per day`,
      description: `${what} per day over the last 30 days.`,
      query: `SELECT\n  ${dayOf(dialect, time)} AS ${day},\n  COUNT(*) AS ${count}${sum}\nFROM ${from}\nWHERE ${lastDays(dialect, time, 30)}\nGROUP BY ${dayOf(dialect, time)}\nORDER BY ${day}`,
    });
  }
  return queries;
}
