import type { OdcsQualityRule } from '../standards/odcs';
import { formatNumber, formatRawValue, readNumber } from '../readable-values';

/**
 * The comparison operators ODCS quality rules use, in words. Kept apart from the rule sentences
 * so library, SQL and any future rule kind phrase a threshold the same way.
 */
const operators = [
  ['mustBe', 'must be'],
  ['mustNotBe', 'must not be'],
  ['mustBeGreaterThan', 'must be greater than'],
  ['mustBeGreaterOrEqualTo', 'must be at least'],
  ['mustBeLessThan', 'must be less than'],
  ['mustBeLessOrEqualTo', 'must be at most'],
  ['mustBeBetween', 'must be between'],
  ['mustNotBeBetween', 'must not be between'],
] as const satisfies ReadonlyArray<readonly [keyof OdcsQualityRule, string]>;

const isPercent = (unit: unknown) =>
  typeof unit === 'string' &&
  ['%', 'percent', 'percentage', 'pct'].includes(unit.trim().toLowerCase());

/**
 * `1000000` → "1,000,000"; with `unit: percent` → "1%"; with `unit: rows` → "10 rows" / "1 row";
 * any other unit is appended as written. Non-numbers are shown as written.
 */
export function formatQuantity(value: unknown, unit?: unknown): string {
  const amount = readNumber(value);
  if (amount === undefined) return formatRawValue(value);
  const number = formatNumber(amount);
  if (typeof unit !== 'string' || unit.trim() === '') return number;
  if (isPercent(unit)) return `${number}%`;
  if (/^rows?$/i.test(unit.trim())) return `${number} ${amount === 1 ? 'row' : 'rows'}`;
  return `${number} ${unit.trim()}`;
}

function formatRange(range: unknown, unit: unknown): string {
  if (!Array.isArray(range) || range.length !== 2) return formatRawValue(range);
  const [low, high]: unknown[] = range;
  // "between 1% and 5%" but "between 100 and 120 rows": a count unit is said once.
  return `${formatQuantity(low, isPercent(unit) ? unit : undefined)} and ${formatQuantity(high, unit)}`;
}

/**
 * The rule's thresholds as a phrase, e.g. "must be greater than 1,000,000" or "must be at most
 * 1%"; several operators (which the standard does not expect, but authors write) are joined with
 * "and". Undefined when the rule states no threshold.
 */
export function describeThreshold(rule: OdcsQualityRule): string | undefined {
  const phrases = operators
    .filter(([key]) => rule[key] !== undefined)
    .map(([key, words]) => {
      const value = rule[key];
      const amount = key.endsWith('Between')
        ? formatRange(value, rule.unit)
        : formatQuantity(value, rule.unit);
      return `${words} ${amount}`;
    });
  return phrases.length > 0 ? phrases.join(' and ') : undefined;
}

/**
 * True when the rule's only threshold allows none at all (`mustBe: 0`, `mustBeLessOrEqualTo: 0`),
 * so a count can be said as "No null values" instead of "Null values must be 0".
 */
export function isZeroTolerance(rule: OdcsQualityRule): boolean {
  const present = operators.filter(([key]) => rule[key] !== undefined).map(([key]) => key);
  if (present.length !== 1) return false;
  const [key] = present;
  return (key === 'mustBe' || key === 'mustBeLessOrEqualTo') && readNumber(rule[key]) === 0;
}
