import type { OdcsContract, OdcsProperty, OdcsQualityRule } from '../standards/odcs';
import { describeLibraryRule } from './quality-library-rules';
import { describeThreshold } from './quality-thresholds';
import { nonEmptyText as nonEmpty } from '../readable-values';

/** A quality rule in words, with what a reader filters or copies it by. */
export interface QualityRuleDescription {
  text: string;
  dimension?: string;
  severity?: string;
  /** The SQL of an `sql` rule, as written, for a "copy query" action. */
  query?: string;
}

/** A rule of the contract and where it applies: the schema object and, for column rules, the column. */
export interface CollectedQualityRule {
  rule: OdcsQualityRule;
  object: string;
  /** Column path; nested columns are dotted (`address.city`), array items end in `[]`. */
  column?: string;
}

const engineNames = new Map([
  ['soda', 'Soda'],
  ['greatexpectations', 'Great Expectations'],
  ['montecarlo', 'Monte Carlo'],
  ['dbt', 'dbt'],
  ['dqx', 'DQX'],
]);

function ruleKind(rule: OdcsQualityRule): 'text' | 'library' | 'sql' | 'custom' {
  if (
    rule.type === 'text' ||
    rule.type === 'library' ||
    rule.type === 'sql' ||
    rule.type === 'custom'
  ) {
    return rule.type;
  }
  if (nonEmpty(rule.metric) || nonEmpty(rule.rule)) return 'library';
  if (nonEmpty(rule.query)) return 'sql';
  if (nonEmpty(rule.engine)) return 'custom';
  return nonEmpty(rule.description) ? 'text' : 'library';
}

function describeText(rule: OdcsQualityRule, column: string | undefined): string {
  const description = nonEmpty(rule.description)?.replace(/\.$/, '');
  const where = column ? ` on ${column}` : '';
  switch (ruleKind(rule)) {
    case 'library':
      return describeLibraryRule(rule, column);
    case 'text':
      return nonEmpty(rule.description) ?? nonEmpty(rule.name) ?? `Quality expectation${where}`;
    case 'sql': {
      const base = description ?? nonEmpty(rule.name) ?? `Custom SQL check${where}`;
      const threshold = describeThreshold(rule);
      return threshold ? `${base} (result ${threshold})` : base;
    }
    case 'custom': {
      const engine = nonEmpty(rule.engine);
      const engineName =
        engine && (engineNames.get(engine.toLowerCase().replace(/[\s_-]+/g, '')) ?? engine);
      const check = engineName ? `${engineName} check` : 'Custom check';
      return description ? `${check}: ${description}` : `${check}${where}`;
    }
  }
}

/**
 * Says what a quality rule promises, in the words a consumer reads on the product page: "Row
 * count must be greater than 1,000,000", "No null values in email", "Values of status must be
 * one of: open, shipped, closed". `column` is where the rule sits, when it is a column rule.
 * Rules written for ODCS 3.0 (`rule` instead of `metric`) read the same; anything it cannot
 * phrase falls back to the rule's own description or name rather than failing.
 */
export function describeQualityRule(
  rule: OdcsQualityRule,
  column?: string,
): QualityRuleDescription {
  const result: QualityRuleDescription = { text: describeText(rule, nonEmpty(column)) };
  const dimension = nonEmpty(rule.dimension);
  const severity = nonEmpty(rule.severity);
  const query = rule.query;
  const hasQuery = ruleKind(rule) === 'sql' && typeof query === 'string' && query.trim() !== '';
  if (dimension) result.dimension = dimension;
  if (severity) result.severity = severity;
  if (hasQuery) result.query = query;
  return result;
}

/**
 * Every quality rule of a contract with the schema object and column it applies to, object
 * rules first and then column rules depth-first, so a quality tab can list and group them
 * without walking the schema tree itself. Malformed entries are skipped.
 */
export function collectQualityRules(
  contract: Pick<OdcsContract, 'schema'>,
): CollectedQualityRule[] {
  const collected: CollectedQualityRule[] = [];
  const rulesOf = (quality: unknown): OdcsQualityRule[] =>
    Array.isArray(quality)
      ? quality.filter((rule) => typeof rule === 'object' && rule !== null)
      : [];
  const visit = (object: string, properties: unknown, parent: string | undefined) => {
    if (!Array.isArray(properties)) return;
    for (const property of properties as unknown[]) {
      if (typeof property !== 'object' || property === null) continue;
      const { name, physicalName, quality, items, properties: children } = property as OdcsProperty;
      const own = nonEmpty(name) ?? nonEmpty(physicalName) ?? '(unnamed)';
      const column = parent === undefined ? own : `${parent}.${own}`;
      for (const rule of rulesOf(quality)) collected.push({ rule, object, column });
      visit(object, children, column);
      if (typeof items === 'object' && items !== null) visitItems(object, items, `${column}[]`);
    }
  };
  const visitItems = (object: string, items: OdcsProperty, column: string) => {
    for (const rule of rulesOf(items.quality)) collected.push({ rule, object, column });
    visit(object, items.properties, column);
    const nested: unknown = items.items;
    if (typeof nested === 'object' && nested !== null) {
      visitItems(object, nested as OdcsProperty, `${column}[]`);
    }
  };
  for (const schemaObject of Array.isArray(contract.schema) ? contract.schema : []) {
    if (typeof schemaObject !== 'object' || schemaObject === null) continue;
    const object =
      nonEmpty(schemaObject.name) ?? nonEmpty(schemaObject.physicalName) ?? '(unnamed)';
    for (const rule of rulesOf(schemaObject.quality)) collected.push({ rule, object });
    visit(object, schemaObject.properties, undefined);
  }
  return collected;
}

/**
 * The key of each schema rule: its `id`, else its `name`, else where it sits and its place
 * there (`orders.order_id#1`). Observations name the rule they measure by this key, and the
 * rule's SLO carries the same one, so rules written without ids can still be measured.
 */
export function qualityRuleKeys(
  contract: Pick<OdcsContract, 'schema'>,
): Map<OdcsQualityRule, string> {
  const keys = new Map<OdcsQualityRule, string>();
  const seenAt = new Map<string, number>();
  for (const { rule, object, column } of collectQualityRules(contract)) {
    const location = column === undefined ? object : `${object}.${column}`;
    const n = (seenAt.get(location) ?? 0) + 1;
    seenAt.set(location, n);
    const named = [rule.id, rule.name].find(
      (value): value is string => typeof value === 'string' && value.trim() !== '',
    );
    keys.set(rule, named?.trim() ?? `${location}#${n}`);
  }
  return keys;
}
