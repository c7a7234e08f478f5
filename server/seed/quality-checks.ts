/**
 * The ODCS quality checks a seed contract promises, derived from what its columns and tables
 * declare: library metrics for columns, row counts and SQL checks for tables, and the `text`
 * expectations table authors wrote for people.
 */
import type { OdcsQualityRule, OdcsServer } from '../../src/catalog/standards/odcs';
import type { PortPlace } from './server-dialects';
import { speaksSql, sqlColumn, sqlTable } from './server-dialects';
import type { ColumnSpec, TableSpec } from './seed-types';

/** 1234567 → "1,234,567", without locale data. */
function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "an order id", "a customer id". */
function withArticle(text: string): string {
  const lower = text.toLowerCase();
  return `${/^[aeiou]/.test(lower) ? 'an' : 'a'} ${lower}`;
}

/** `soleKey`: the column is the whole primary key, so its values must be unique on their own. */
export function columnChecks(column: ColumnSpec, soleKey: boolean): OdcsQualityRule[] {
  const checks: OdcsQualityRule[] = [];
  const name = column.businessName;
  if (column.primaryKey || column.criticalDataElement) {
    checks.push({
      type: 'library',
      metric: 'nullValues',
      mustBe: 0,
      dimension: 'completeness',
      severity: 'error',
      description: `Every row has ${withArticle(name)}.`,
    });
  }
  if (soleKey || column.unique) {
    checks.push({
      type: 'library',
      metric: 'duplicateValues',
      mustBe: 0,
      dimension: 'uniqueness',
      severity: 'error',
      description: `No two rows share ${withArticle(name)}.`,
    });
  }
  if (column.maxNullPercent !== undefined) {
    checks.push({
      type: 'library',
      metric: 'nullValues',
      mustBeLessOrEqualTo: column.maxNullPercent,
      unit: 'percent',
      dimension: 'completeness',
      severity: 'warning',
      description: `At most ${column.maxNullPercent}% of rows have no ${name.toLowerCase()}.`,
    });
  }
  if (column.validValues) {
    checks.push({
      type: 'library',
      metric: 'invalidValues',
      arguments: { validValues: column.validValues },
      mustBe: 0,
      dimension: 'conformity',
      severity: 'error',
      description: `${name} is one of the listed values.`,
    });
  }
  if (column.format === 'email') {
    checks.push({
      type: 'library',
      metric: 'invalidValues',
      arguments: { pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' },
      mustBeLessOrEqualTo: 1,
      unit: 'percent',
      dimension: 'conformity',
      severity: 'warning',
      description: 'Almost every address is a well-formed email address.',
    });
  }
  return checks;
}

export function tableChecks(
  place: PortPlace,
  server: OdcsServer,
  table: TableSpec,
): OdcsQualityRule[] {
  const { minRows, maxRows } = table;
  const checks: OdcsQualityRule[] = [
    maxRows === undefined
      ? {
          type: 'library',
          metric: 'rowCount',
          mustBeGreaterOrEqualTo: minRows,
          unit: 'rows',
          dimension: 'completeness',
          severity: 'error',
          description: `At least ${formatCount(minRows)} rows.`,
        }
      : {
          type: 'library',
          metric: 'rowCount',
          mustBeBetween: [minRows, maxRows],
          unit: 'rows',
          dimension: 'completeness',
          severity: 'error',
          description: `Between ${formatCount(minRows)} and ${formatCount(maxRows)} rows.`,
        },
  ];
  if (speaksSql(place.server)) {
    const from = sqlTable(place, server, table);
    const column = (name: string) => sqlColumn(place.server, name);
    const key = table.columns.filter((candidate) => candidate.primaryKey);
    if (key.length > 1) {
      const columns = key.map((candidate) => column(candidate.name)).join(', ');
      const alias = place.server === 'snowflake' ? 'DUPLICATES' : 'duplicates';
      checks.push({
        type: 'sql',
        name: 'primary_key_unique',
        description: `No two rows share the same ${key.map((candidate) => candidate.name).join(', ')}.`,
        query: `SELECT COUNT(*) FROM (SELECT ${columns} FROM ${from} GROUP BY ${columns} HAVING COUNT(*) > 1) AS ${alias}`,
        mustBe: 0,
        dimension: 'uniqueness',
        severity: 'error',
      });
    }
    for (const candidate of table.columns.filter((entry) => entry.nonNegative)) {
      checks.push({
        type: 'sql',
        name: `${candidate.name}_not_negative`,
        description: `${candidate.businessName} is never negative.`,
        query: `SELECT COUNT(*) FROM ${from} WHERE ${column(candidate.name)} < 0`,
        mustBe: 0,
        dimension: 'accuracy',
        severity: 'error',
      });
    }
  }
  for (const rule of table.rules ?? []) checks.push({ type: 'text', description: rule });
  return checks;
}
