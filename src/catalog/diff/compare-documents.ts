import type { DocumentKind } from '../documents/validate-document';
import { describeDifference } from './describe-difference';
import { judgeContractDifference, judgeProductDifference, keysOf } from './impact-rules';
import type { ImpactLevel } from './semver';
import { highestLevel, suggestVersion } from './semver';
import type { RawDifference, Step } from './structural-diff';
import { structuralDiff } from './structural-diff';
import { listRule } from './list-identity';
import { parseYaml } from '../documents/parse-yaml';

/** One difference between two versions, in the shape of an OMDS `diffs[]` entry. */
export interface Difference {
  type: 'ADD' | 'REMOVE' | 'CHANGE';
  /** The top-level section: `schema`, `slaProperties`, `outputPorts`, `description`, … */
  section: string;
  /** The leaf field that changed, or the list an item was added to or removed from. */
  field: string;
  /** Where, with list items by identity: `schema.orders.properties.customer_id.logicalType`. */
  path: string;
  /** The same place in OMDS's notation: `/schema[name=orders]/properties[name=customer_id]/logicalType`. */
  pointer: string;
  value1?: unknown;
  value2?: unknown;
  message: string;
  impactLevel: ImpactLevel;
  weakensPromise?: boolean;
  /** Its line in each text, when the texts were given: where to show it side by side. */
  line1?: number;
  line2?: number;
}

/** The texts the documents were parsed from, to say on which line each difference is. */
export interface ComparedTexts {
  before: string;
  after: string;
}

export interface Comparison {
  diffs: Difference[];
  impact: { major: number; minor: number; patch: number };
  /** The highest level among the differences; undefined when there are none. */
  level?: ImpactLevel;
  /** `from`'s version bumped at that level (a patch when nothing changed), if it is semver. */
  suggestedVersion?: string;
}

const segment = (text: string) => (/^[\w$#~-]+$/.test(text) ? text : JSON.stringify(text));

export function formatDifferencePath(steps: readonly Step[]): string {
  return steps.map((step) => segment('key' in step ? step.key : step.id)).join('.');
}

/**
 * OMDS's path notation (the RFC's "hybrid"): JSON Pointer with named selectors for list items.
 * A list item step follows its list's key, so it becomes that key's selector.
 */
export function formatPointer(steps: readonly Step[]): string {
  let pointer = '';
  steps.forEach((step, index) => {
    if ('key' in step) {
      pointer += `/${step.key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      return;
    }
    const rule = listRule(steps.slice(0, index));
    const selector =
      typeof rule === 'object' && !step.id.startsWith('#')
        ? rule.fields.length === 2 && rule.fields[0] !== 'id' && step.id.includes('/')
          ? rule.fields.map((field, part) => `${field}=${step.id.split('/')[part] ?? ''}`).join(',')
          : `${rule.fields.find((field) => hasField(step, field)) ?? rule.fields[0]}=${step.id}`
        : step.id.startsWith('#')
          ? `content=${step.id.slice(1)}`
          : `value=${step.id}`;
    pointer += `[${selector}]`;
  });
  return pointer;
}

function hasField(step: Extract<Step, { id: string }>, field: string): boolean {
  const item = (step.item1 ?? step.item2) as Record<string, unknown> | undefined;
  return item !== undefined && typeof item === 'object' && item[field] !== undefined;
}

/** The top-level fields that say which version a document is, not what it is. */
const identityFields = new Set(['version']);

const lines = (line1: number | undefined, line2: number | undefined) => ({
  ...(line1 === undefined ? {} : { line1 }),
  ...(line2 === undefined ? {} : { line2 }),
});

const levelOrder: Record<ImpactLevel, number> = { MAJOR: 0, MINOR: 1, PATCH: 2 };

/**
 * Compares two versions of a contract (ODCS) or a descriptor (ODPS): every difference, its
 * impact on consumers by the OMDS rules (and Meshport's stricter ones, decision 018), counts per
 * level and the version the newer one should have. Comments, key order and the order of lists
 * make no difference: the parsed documents are compared, with list items matched by identity.
 */
export function compareDocuments(
  kind: DocumentKind,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  texts?: ComparedTexts,
): Comparison {
  const lineOf1 = texts ? parseYaml(texts.before).lineOf : undefined;
  const lineOf2 = texts ? parseYaml(texts.after).lineOf : undefined;
  const judge = kind === 'contract' ? judgeContractDifference : judgeProductDifference;
  const raw: RawDifference[] = structuralDiff(before, after).filter(
    (difference) =>
      !(difference.steps.length === 1 && identityFields.has(keysOf(difference.steps)[0] ?? '')),
  );
  const diffs = raw.map((difference): Difference => {
    const keys = keysOf(difference.steps);
    const judgement = judge(difference);
    return {
      type: difference.type,
      section: keys[0] ?? '',
      field: keys[keys.length - 1] ?? '',
      path: formatDifferencePath(difference.steps),
      pointer: formatPointer(difference.steps),
      ...(difference.type === 'ADD' ? {} : { value1: difference.value1 }),
      ...(difference.type === 'REMOVE' ? {} : { value2: difference.value2 }),
      message: describeDifference(kind, difference),
      ...judgement,
      ...lines(lineOf1?.(difference.at1), lineOf2?.(difference.at2)),
    };
  });
  // Breaking changes first, then by place, so the list reads from what matters most.
  diffs.sort(
    (a, b) =>
      levelOrder[a.impactLevel] - levelOrder[b.impactLevel] || a.path.localeCompare(b.path, 'en'),
  );
  const impact = {
    major: diffs.filter((entry) => entry.impactLevel === 'MAJOR').length,
    minor: diffs.filter((entry) => entry.impactLevel === 'MINOR').length,
    patch: diffs.filter((entry) => entry.impactLevel === 'PATCH').length,
  };
  const level = highestLevel(diffs.map((entry) => entry.impactLevel));
  const from = before.version;
  const suggested = from === undefined ? undefined : suggestVersion(String(from), level);
  return {
    diffs,
    impact,
    ...(level ? { level } : {}),
    ...(suggested ? { suggestedVersion: suggested } : {}),
  };
}
