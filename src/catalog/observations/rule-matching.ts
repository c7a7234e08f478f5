/**
 * Finding the contract's quality rule a received check measures, and judging a measured value
 * against a rule's threshold. Senders name tables and columns physically (`ORDERS`, `cust_id`)
 * while rules sit under the logical schema, so both names of each are kept.
 */
import type { OdcsContract, OdcsProperty, OdcsQualityRule } from '../standards/odcs';
import { qualityRuleKeys } from '../quality/quality-rules';
import { describeThreshold } from '../quality/quality-thresholds';
import { numberValue } from './payload-reader';

export interface ContractRule {
  /** The rule's key (`qualityRuleKeys`): its `id`, else its `name`, else where it sits. */
  ruleId: string | null;
  rule: OdcsQualityRule;
  /** The schema object's `name`. */
  object: string;
  /** Lower-case `name` and `physicalName` of the object. */
  objectNames: ReadonlySet<string>;
  /** Dotted path of the column for column rules (by `name`). */
  column: string | null;
  /** Lower-case names and physical names the column goes by (full path and last part). */
  columnNames: ReadonlySet<string>;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

const lower = (values: ReadonlyArray<string | undefined>) =>
  new Set(
    values.filter((value): value is string => value !== undefined).map((v) => v.toLowerCase()),
  );

const rulesIn = (quality: unknown): OdcsQualityRule[] =>
  Array.isArray(quality)
    ? quality.filter((rule): rule is OdcsQualityRule => typeof rule === 'object' && rule !== null)
    : [];

const cache = new WeakMap<object, ContractRule[]>();

/** Every quality rule of the contract with both names of where it sits; cached per contract. */
export function contractRules(contract: Pick<OdcsContract, 'schema'>): ContractRule[] {
  const cached = cache.get(contract);
  if (cached) return cached;
  const rules: ContractRule[] = [];
  const keys = qualityRuleKeys(contract);
  const ruleId = (rule: OdcsQualityRule) =>
    keys.get(rule) ?? text(rule.id) ?? text(rule.name) ?? null;
  const visit = (
    object: string,
    objectNames: ReadonlySet<string>,
    properties: unknown,
    parent: { logical: string; physical: string } | null,
  ) => {
    if (!Array.isArray(properties)) return;
    for (const property of properties as unknown[]) {
      if (typeof property !== 'object' || property === null) continue;
      const { name, physicalName, quality, properties: children } = property as OdcsProperty;
      const logicalOwn = text(name) ?? text(physicalName);
      if (logicalOwn === undefined) continue;
      const physicalOwn = text(physicalName) ?? logicalOwn;
      const logical = parent ? `${parent.logical}.${logicalOwn}` : logicalOwn;
      const physical = parent ? `${parent.physical}.${physicalOwn}` : physicalOwn;
      const columnNames = lower([logical, physical, logicalOwn, physicalOwn]);
      for (const rule of rulesIn(quality)) {
        rules.push({
          ruleId: ruleId(rule),
          rule,
          object,
          objectNames,
          column: logical,
          columnNames,
        });
      }
      visit(object, objectNames, children, { logical, physical });
    }
  };
  for (const schemaObject of Array.isArray(contract.schema) ? contract.schema : []) {
    if (typeof schemaObject !== 'object' || schemaObject === null) continue;
    const object = text(schemaObject.name) ?? text(schemaObject.physicalName);
    if (object === undefined) continue;
    const objectNames = lower([object, text(schemaObject.physicalName)]);
    for (const rule of rulesIn(schemaObject.quality)) {
      rules.push({
        ruleId: ruleId(rule),
        rule,
        object,
        objectNames,
        column: null,
        columnNames: new Set(),
      });
    }
    visit(object, objectNames, schemaObject.properties, null);
  }
  cache.set(contract, rules);
  return rules;
}

/** The rule whose `id` (or, failing that, `name`) is `reference`, exact before case-blind. */
export function ruleByReference(
  rules: readonly ContractRule[],
  reference: string | null | undefined,
): ContractRule | undefined {
  const wanted = text(reference);
  if (wanted === undefined) return undefined;
  const exact =
    rules.find((r) => r.rule.id === wanted) ?? rules.find((r) => r.rule.name === wanted);
  if (exact) return exact;
  const folded = wanted.toLowerCase();
  return (
    rules.find((r) => text(r.rule.id)?.toLowerCase() === folded) ??
    rules.find((r) => text(r.rule.name)?.toLowerCase() === folded)
  );
}

/**
 * Rules declared on `object` (any of its names) and, when `column` is given, on that column;
 * with `column` null, the object's own rules. An undefined object means any object.
 */
export function rulesAt(
  rules: readonly ContractRule[],
  object: string | undefined,
  column: string | null,
): ContractRule[] {
  const objectKey = object?.toLowerCase();
  const columnKey = column?.toLowerCase() ?? null;
  return rules.filter(
    (r) =>
      (objectKey === undefined || r.objectNames.has(objectKey)) &&
      (columnKey === null ? r.column === null : r.columnNames.has(columnKey)),
  );
}

/** The ODCS metric a test kind measures (`not_null` → nullValues), when it is one of them. */
export function metricOfTest(kind: string | null | undefined): string | undefined {
  const name = (kind ?? '').toLowerCase();
  if (/not_?null|null_values|nullvalues/.test(name)) return 'nullValues';
  if (/unique|duplicate/.test(name)) return 'duplicateValues';
  if (/accepted_values|in_set|invalid|valid_values/.test(name)) return 'invalidValues';
  if (/row_?count/.test(name)) return 'rowCount';
  return undefined;
}

const metricOf = (rule: OdcsQualityRule) => text(rule.metric) ?? text(rule.rule);

/** The quality dimension each of ODCS's library metrics measures. */
const dimensionsOfMetrics = new Map([
  ['nullvalues', 'completeness'],
  ['missingvalues', 'completeness'],
  ['rowcount', 'completeness'],
  ['duplicatevalues', 'uniqueness'],
  ['invalidvalues', 'conformity'],
]);

/**
 * The dimension a rule that states none measures, by its metric (`duplicateValues`:
 * uniqueness); undefined when it states one or its metric is not one of ODCS's.
 */
export function impliedDimension(rule: OdcsQualityRule): string | undefined {
  if (text(rule.dimension) !== undefined) return undefined;
  return dimensionsOfMetrics.get(metricOf(rule)?.toLowerCase() ?? '');
}

/** Of `candidates`, the one rule measuring `metric`, or undefined when none or several do. */
export function onlyRuleFor(
  candidates: readonly ContractRule[],
  metric: string | undefined,
): ContractRule | undefined {
  if (metric === undefined) return undefined;
  const found = candidates.filter((r) => metricOf(r.rule)?.toLowerCase() === metric.toLowerCase());
  return found.length === 1 ? found[0] : undefined;
}

/** Rules that measure `metric` with a threshold, for evaluating metrics a sender measured. */
export function rulesMeasuring(
  candidates: readonly ContractRule[],
  metric: string,
): ContractRule[] {
  return candidates.filter(
    (r) => metricOf(r.rule)?.toLowerCase() === metric.toLowerCase() && hasThreshold(r.rule),
  );
}

const operators = [
  'mustBe',
  'mustNotBe',
  'mustBeGreaterThan',
  'mustBeGreaterOrEqualTo',
  'mustBeLessThan',
  'mustBeLessOrEqualTo',
  'mustBeBetween',
  'mustNotBeBetween',
] as const;

type Operator = (typeof operators)[number];

export function hasThreshold(rule: OdcsQualityRule): boolean {
  return operators.some((key) => rule[key] !== undefined);
}

/** Other spellings of ODCS's threshold operators (OORS writes `mustBeLowerOrEqual`). */
const operatorAliases: Record<string, Operator> = {
  mustBeLowerOrEqual: 'mustBeLessOrEqualTo',
  mustBeLowerOrEqualTo: 'mustBeLessOrEqualTo',
  mustBeLessOrEqual: 'mustBeLessOrEqualTo',
  mustBeLowerThan: 'mustBeLessThan',
  mustBeGreaterOrEqual: 'mustBeGreaterOrEqualTo',
  mustBeGreaterThanOrEqualTo: 'mustBeGreaterOrEqualTo',
  mustBeLessThanOrEqualTo: 'mustBeLessOrEqualTo',
};

/** A threshold object in ODCS's spelling, with only the operators it knows. */
export function normaliseThreshold(threshold: Record<string, unknown>): Partial<OdcsQualityRule> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(threshold)) {
    const operator = (operators as readonly string[]).includes(key)
      ? (key as Operator)
      : operatorAliases[key];
    if (operator) result[operator] = value;
  }
  return result as Partial<OdcsQualityRule>;
}

const range = (value: unknown): [number, number] | undefined => {
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const low = numberValue(value[0]);
  const high = numberValue(value[1]);
  return low === null || high === null ? undefined : [Math.min(low, high), Math.max(low, high)];
};

/**
 * Whether `value` meets every threshold the rule states: true, false, or undefined when the rule
 * states none that can be compared with a number.
 */
export function meetsThreshold(rule: Partial<OdcsQualityRule>, value: number): boolean | undefined {
  let judged = false;
  let met = true;
  for (const key of operators) {
    const bound = rule[key];
    if (bound === undefined) continue;
    if (key === 'mustBeBetween' || key === 'mustNotBeBetween') {
      const limits = range(bound);
      if (!limits) continue;
      const inside = value >= limits[0] && value <= limits[1];
      met &&= key === 'mustBeBetween' ? inside : !inside;
      judged = true;
      continue;
    }
    const limit = numberValue(bound);
    if (limit === null) continue;
    judged = true;
    if (key === 'mustBe') met &&= value === limit;
    if (key === 'mustNotBe') met &&= value !== limit;
    if (key === 'mustBeGreaterThan') met &&= value > limit;
    if (key === 'mustBeGreaterOrEqualTo') met &&= value >= limit;
    if (key === 'mustBeLessThan') met &&= value < limit;
    if (key === 'mustBeLessOrEqualTo') met &&= value <= limit;
  }
  return judged ? met : undefined;
}

/** "Measured 12; must be at most 0", the message of a judged metric. */
export function thresholdMessage(rule: OdcsQualityRule, value: number): string {
  const threshold = describeThreshold(rule);
  return threshold ? `Measured ${value}; ${threshold}` : `Measured ${value}`;
}
