import type { OdcsQualityRule } from '../standards/odcs';
import { describeThreshold, isZeroTolerance } from './quality-thresholds';
import { formatRawValue, humanizeName, nonEmptyText as nonEmpty } from '../readable-values';

// Spellings of the deprecated `rule` field (ODCS 3.0) mapped to today's metric names.
const legacyMetrics = new Map([
  ['duplicatecount', 'duplicateValues'],
  ['nullcheck', 'nullValues'],
  ['nullcount', 'nullValues'],
  ['validvalues', 'invalidValues'],
  ['rowcount', 'rowCount'],
  ['nullvalues', 'nullValues'],
  ['missingvalues', 'missingValues'],
  ['invalidvalues', 'invalidValues'],
  ['duplicatevalues', 'duplicateValues'],
]);

/** A list of values as a reader sees it: "open, shipped, closed"; odd strings are quoted. */
function formatValueList(values: readonly unknown[]): string {
  return values
    .map((value) => {
      if (typeof value === 'string')
        return /^\s|\s$|,|^$/.test(value) ? JSON.stringify(value) : value;
      return formatRawValue(value);
    })
    .join(', ');
}

/**
 * A sentence about a count of bad values: "No null values in email", "Null values in email must
 * be at most 1%", or "Checks null values in email" when no threshold is given. `note` ends it.
 */
function countSentence(rule: OdcsQualityRule, what: string, where: string, note = ''): string {
  const threshold = describeThreshold(rule);
  if (isZeroTolerance(rule)) return `No ${what}${where}${note}`;
  if (threshold === undefined) return `Checks ${what}${where}${note}`;
  return `${what.charAt(0).toUpperCase()}${what.slice(1)}${where} ${threshold}${note}`;
}

/** "Values of status must be one of: open, closed", or a count of the values that are not. */
function describeInvalidValues(rule: OdcsQualityRule, column: string | undefined): string {
  const args = rule.arguments ?? {};
  // ODCS 3.0 wrote `rule: validValues` with the list beside it and no threshold.
  const legacy: unknown = (rule as Record<string, unknown>)['validValues'];
  const validValues = Array.isArray(args['validValues']) ? args['validValues'] : legacy;
  const pattern = nonEmpty(args['pattern']);
  const allValid =
    isZeroTolerance(rule) || (describeThreshold(rule) === undefined && Array.isArray(legacy));
  const values = column ? `Values of ${column}` : 'Values';
  const where = column ? ` in ${column}` : '';
  if (Array.isArray(validValues)) {
    const list = formatValueList(validValues);
    if (allValid) return `${values} must be one of: ${list}`;
    return countSentence(rule, 'invalid values', where, ` (valid values: ${list})`);
  }
  if (pattern) {
    if (allValid) return `${values} must match the pattern ${pattern}`;
    return countSentence(rule, 'invalid values', where, ` (valid values match ${pattern})`);
  }
  return countSentence(rule, 'invalid values', where);
}

/**
 * Phrases a `library` rule: one of the metrics ODCS predefines (rowCount, nullValues,
 * missingValues, invalidValues, duplicateValues) with its threshold, e.g. "No null values in
 * email". An unknown metric is humanised; a rule without a metric falls back to its description.
 */
export function describeLibraryRule(rule: OdcsQualityRule, column: string | undefined): string {
  const written = nonEmpty(rule.metric) ?? nonEmpty(rule.rule);
  const metric = written && (legacyMetrics.get(written.toLowerCase()) ?? written);
  const where = column ? ` in ${column}` : '';
  switch (metric) {
    case undefined:
      return nonEmpty(rule.description) ?? nonEmpty(rule.name) ?? `Quality check${where}`;
    case 'rowCount':
      return `Row count ${describeThreshold(rule) ?? 'is checked'}`;
    case 'nullValues':
      return countSentence(rule, 'null values', where);
    case 'missingValues': {
      const missing = rule.arguments?.['missingValues'];
      const suffix = Array.isArray(missing)
        ? ` (counting ${formatValueList(missing)} as missing)`
        : '';
      return countSentence(rule, 'missing values', where, suffix);
    }
    case 'invalidValues':
      return describeInvalidValues(rule, column);
    case 'duplicateValues': {
      const properties = rule.arguments?.['properties'];
      const names = Array.isArray(properties) ? properties.filter((name) => nonEmpty(name)) : [];
      if (!column && names.length > 0) {
        return countSentence(rule, 'duplicate combinations', ` of ${formatValueList(names)}`);
      }
      return countSentence(rule, column ? 'duplicate values' : 'duplicate rows', where);
    }
    default: {
      const subject = `${humanizeName(metric)}${column ? ` of ${column}` : ''}`;
      return `${subject} ${describeThreshold(rule) ?? 'is checked'}`;
    }
  }
}
