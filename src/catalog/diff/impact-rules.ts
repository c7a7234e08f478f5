import type { ImpactLevel } from './semver';
import { weakensPromise } from './sla-promise';
import type { RawDifference, Step } from './structural-diff';

export interface Judgement {
  impactLevel: ImpactLevel;
  /** A service level now promises less (longer latency, lower availability, …). */
  weakensPromise?: boolean;
}

/** The key names along a path, without the identities of list items. */
export function keysOf(steps: readonly Step[]): string[] {
  return steps.flatMap((step) => ('key' in step ? [step.key] : []));
}

export const isItem = (steps: readonly Step[]) => {
  const last = steps[steps.length - 1];
  return last !== undefined && 'id' in last;
};

/** The nearest list item on each side of a difference (an SLA entry, a column). */
function nearestItem(steps: readonly Step[]): { item1?: unknown; item2?: unknown } {
  for (let index = steps.length - 1; index >= 0; index -= 1) {
    const step = steps[index] as Step;
    if ('id' in step) return step;
  }
  return {};
}

/** OMDS: these fields of a schema object or property break consumers when they change. */
const majorSchemaFields = new Set([
  'name',
  'physicalName',
  'logicalType',
  'physicalType',
  'required',
  'unique',
  'criticalDataElement',
]);
/** Fields about a column or table that only document it: changing them breaks nobody. */
const documentation = new Set([
  'description',
  'businessName',
  'examples',
  'tags',
  'authoritativeDefinitions',
  'customProperties',
  'dataGranularityDescription',
]);
/** Constraints where a larger value is stricter (`minLength: 3` → `5`), and where smaller is. */
const lowerBounds = new Set([
  'minLength',
  'minimum',
  'exclusiveMinimum',
  'minItems',
  'minProperties',
]);
const upperBounds = new Set([
  'maxLength',
  'maximum',
  'exclusiveMaximum',
  'maxItems',
  'maxProperties',
]);
const otherConstraints = new Set([
  'pattern',
  'format',
  'multipleOf',
  'uniqueItems',
  'precision',
  'scale',
]);

const closing = new Set(['deprecated', 'retired']);
const truthy = (value: unknown) => value === true;

/** A change to a constraint: tighter breaks writers' and readers' assumptions, looser does not. */
function judgeConstraint(difference: RawDifference, field: string): ImpactLevel | undefined {
  const { type, value1, value2 } = difference;
  const isBound = lowerBounds.has(field) || upperBounds.has(field);
  if (!isBound && !otherConstraints.has(field)) return undefined;
  if (type === 'REMOVE') return 'MINOR';
  if (type === 'ADD') return field === 'uniqueItems' && value2 !== true ? 'MINOR' : 'MAJOR';
  if (isBound && typeof value1 === 'number' && typeof value2 === 'number') {
    const stricter = lowerBounds.has(field) ? value2 > value1 : value2 < value1;
    return stricter ? 'MAJOR' : 'MINOR';
  }
  if (field === 'uniqueItems') return value2 === true ? 'MAJOR' : 'MINOR';
  return 'MAJOR';
}

function judgeSchema(difference: RawDifference, keys: string[]): ImpactLevel {
  const { type, steps } = difference;
  const field = keys[keys.length - 1] ?? '';
  if (isItem(steps)) {
    // A table or column: removing one breaks its readers; a new one is compatible unless it
    // is required, which every writer must now provide (beyond OMDS, decision 018).
    if (field === 'schema' || field === 'properties') {
      if (type === 'REMOVE') return 'MAJOR';
      const item = difference.value2 as { required?: unknown } | undefined;
      return field === 'properties' && item?.required === true ? 'MAJOR' : 'MINOR';
    }
    if (field === 'enum') return type === 'REMOVE' ? 'MAJOR' : 'MINOR';
    if (keys.some((key) => documentation.has(key))) return 'PATCH';
    return type === 'REMOVE' ? 'MAJOR' : 'PATCH';
  }
  if (keys.some((key) => documentation.has(key))) return 'PATCH';
  if (field === 'classification') return type === 'ADD' ? 'MINOR' : 'MAJOR';
  if (field === 'required') {
    // Turned on, even where it was absent (absent means optional), or turned off: both break.
    return truthy(difference.value1) || truthy(difference.value2) ? 'MAJOR' : 'PATCH';
  }
  const constraint = judgeConstraint(difference, field);
  if (constraint) return constraint;
  if (type === 'REMOVE') return 'MAJOR';
  if (type === 'CHANGE') return majorSchemaFields.has(field) ? 'MAJOR' : 'PATCH';
  return majorSchemaFields.has(field) ? 'MINOR' : 'PATCH';
}

/** OMDS's rules for sections other than `schema`: losing information or changing it is MINOR. */
function judgeOther(type: RawDifference['type']): ImpactLevel {
  return type === 'ADD' ? 'PATCH' : 'MINOR';
}

function judgeStatus(difference: RawDifference): ImpactLevel | undefined {
  if (difference.type === 'ADD') return undefined;
  const to = typeof difference.value2 === 'string' ? difference.value2.toLowerCase() : '';
  return closing.has(to) || difference.type === 'REMOVE' ? 'MAJOR' : 'MINOR';
}

const documentationSections = new Set([
  'description',
  'tags',
  'authoritativeDefinitions',
  'contractCreatedTs',
  'productCreatedTs',
  'apiVersion',
]);

/** The impact of one difference between two versions of an ODCS contract. */
export function judgeContractDifference(difference: RawDifference): Judgement {
  const keys = keysOf(difference.steps);
  const section = keys[0] ?? '';
  if (keys.includes('quality')) return { impactLevel: 'MINOR' };
  if (section === 'schema') return { impactLevel: judgeSchema(difference, keys) };
  if (section === 'slaProperties') {
    const { item1, item2 } = nearestItem(difference.steps);
    const weaker =
      difference.type !== 'ADD' &&
      weakensPromise(
        item1,
        difference.type === 'REMOVE' && isItem(difference.steps) ? undefined : item2,
      );
    const level = judgeOther(difference.type);
    return weaker ? { impactLevel: 'MINOR', weakensPromise: true } : { impactLevel: level };
  }
  if (section === 'status') return { impactLevel: judgeStatus(difference) ?? 'PATCH' };
  if (documentationSections.has(section)) return { impactLevel: 'PATCH' };
  return { impactLevel: judgeOther(difference.type) };
}

/** The impact of one difference between two versions of an ODPS descriptor. */
export function judgeProductDifference(difference: RawDifference): Judgement {
  const { type, steps } = difference;
  const keys = keysOf(steps);
  const section = keys[0] ?? '';
  const field = keys[keys.length - 1] ?? '';
  switch (section) {
    case 'outputPorts': {
      if (isItem(steps) && keys.length === 1)
        return { impactLevel: type === 'REMOVE' ? 'MAJOR' : 'MINOR' };
      if (keys.includes('inputContracts')) return { impactLevel: 'MINOR' };
      if (field === 'contractId' || field === 'type' || field === 'name')
        return { impactLevel: type === 'ADD' ? 'MINOR' : 'MAJOR' };
      if (['description', 'sbom', 'tags', 'customProperties'].includes(keys[1] ?? ''))
        return { impactLevel: 'PATCH' };
      return { impactLevel: judgeOther(type) };
    }
    case 'inputPorts':
      // What a product reads changes its lineage, not what it promises: compatible.
      return { impactLevel: 'MINOR' };
    case 'status':
      return { impactLevel: judgeStatus(difference) ?? 'PATCH' };
    case 'managementPorts': {
      if (isItem(steps) && keys.length === 1)
        return { impactLevel: type === 'REMOVE' ? 'MINOR' : 'PATCH' };
      if (field === 'url' || field === 'channel') return { impactLevel: 'MINOR' };
      if (field === 'description' || keys.includes('tags')) return { impactLevel: 'PATCH' };
      return { impactLevel: judgeOther(type) };
    }
    case 'domain':
    case 'name':
      return { impactLevel: type === 'ADD' ? 'PATCH' : 'MINOR' };
    default:
      if (documentationSections.has(section)) return { impactLevel: 'PATCH' };
      return { impactLevel: judgeOther(type) };
  }
}
