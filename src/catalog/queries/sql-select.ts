import type { OdcsSchemaObject } from '../standards/odcs';
import { nonEmptyText } from '../readable-values';
import { singleLine } from './sql-identifiers';

/** How many columns a starter query names before it tells how many more there are. */
export const maxListedColumns = 12;

/** How a dialect caps the number of rows: `LIMIT n`, `SELECT TOP n` or `FETCH FIRST n ROWS ONLY`. */
export type RowLimitStyle = 'limit' | 'top' | 'fetch';

export interface SelectStatement {
  /** Lines of explanation, written as `--` comments above the query. */
  comments: readonly string[];
  /** Column names as the document gives them; `quote` makes them safe for the dialect. */
  columns: readonly string[];
  quote: (name: string) => string;
  from: string;
  limit: number;
  limitStyle: RowLimitStyle;
}

/**
 * The names a query must use for an object's columns: the physical name where the contract
 * gives one (that is what the engine knows), else the logical name. Nested fields are left to
 * their parent column.
 */
export function physicalColumnNames(object: OdcsSchemaObject): string[] {
  const properties: unknown[] = Array.isArray(object.properties) ? object.properties : [];
  return properties.flatMap((property) => {
    if (typeof property !== 'object' || property === null) return [];
    const { physicalName, name } = property as { physicalName?: unknown; name?: unknown };
    const column = nonEmptyText(physicalName) ?? nonEmptyText(name);
    return column === undefined ? [] : [column];
  });
}

/** The name a query must use for the object itself: its physical name, else its name. */
export function physicalObjectName(object: OdcsSchemaObject): string {
  return nonEmptyText(object.physicalName) ?? nonEmptyText(object.name) ?? 'unnamed';
}

/**
 * Writes a SELECT a user can run as is: explicit columns (at most twelve, then a comment with
 * how many are left out, never a `...` that would not parse), one per line, and a row limit so
 * a first look never scans a whole table into a client.
 */
export function renderSelect(statement: SelectStatement): string {
  const { columns, quote, limit, limitStyle } = statement;
  const lines = statement.comments.map((comment) => `-- ${singleLine(comment)}`);
  const select = limitStyle === 'top' ? `SELECT TOP ${limit}` : 'SELECT';
  const listed = columns.slice(0, maxListedColumns);
  if (listed.length === 0) {
    lines.push(`${select} *`);
  } else {
    lines.push(select);
    listed.forEach((column, index) => {
      lines.push(`  ${quote(column)}${index < listed.length - 1 ? ',' : ''}`);
    });
    const more = columns.length - listed.length;
    if (more > 0) {
      lines.push(`  -- ${more} more ${more === 1 ? 'column' : 'columns'} not listed here`);
    }
  }
  if (limitStyle === 'top') {
    lines.push(`FROM ${statement.from};`);
  } else {
    lines.push(`FROM ${statement.from}`);
    lines.push(limitStyle === 'limit' ? `LIMIT ${limit};` : `FETCH FIRST ${limit} ROWS ONLY;`);
  }
  return lines.join('\n');
}
