import { formatDifferencePath } from '@/catalog/diff/compare-documents';
import { identityOf, listRule } from '@/catalog/diff/list-identity';
import type { RawDifference, Step } from '@/catalog/diff/structural-diff';
import { structuralDiff } from '@/catalog/diff/structural-diff';
import type { PathSegment } from '@/catalog/documents/document-issue';
import { formatPath } from '@/catalog/documents/document-issue';
import { parseYaml } from '@/catalog/documents/parse-yaml';
import type { EditResult, YamlEdit, YamlValue } from '@/catalog/editing/edit-yaml';
import { applyEdits } from '@/catalog/editing/edit-yaml';
import { expectedValue } from '@/catalog/editing/edit-yaml-edits';

/*
 * Merging two edits of one document field by field. When someone published a version while I
 * was editing mine, the values that differ are listed once each, at the granularity the version
 * comparison uses: a leaf value, or a whole list item (a column, a port, a tag) when only one of
 * the texts has it; items are matched by what names them, so reordering is no difference. The
 * merge starts from my text and writes their value only for the fields I chose theirs for,
 * through the text edits that change only the lines they touch: my comments and layout stay.
 */

export type Side = 'mine' | 'theirs';

/** One value that differs between my text and theirs. */
export interface FieldDifference {
  /** Names the field whatever its position (`schema.orders.properties.email.logicalType`); the key of `choices`. */
  key: string;
  /** Where it is in my text, or in theirs when only they have it. */
  path: PathSegment[];
  /** `path` as users read it: `schema[0].properties[2].logicalType`. */
  label: string;
  /** My value; `undefined` when my text does not have the field. */
  mine: unknown;
  /** Their value; `undefined` when their text does not have the field. */
  theirs: unknown;
}

export type FieldDifferences =
  { ok: true; fields: FieldDifference[] } | { ok: false; message: string };

type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

function read(text: string, whose: string): Parsed {
  const parsed = parseYaml(text);
  const error = parsed.issues.find((issue) => issue.severity === 'error');
  if (error) {
    const where = error.line ? `line ${error.line}: ` : '';
    return { ok: false, message: `${whose} cannot be read (${where}${error.message})` };
  }
  return { ok: true, value: parsed.value };
}

function readBoth(
  mine: string,
  theirs: string,
):
  | { ok: true; mine: unknown; theirs: unknown; diffs: RawDifference[] }
  | { ok: false; message: string } {
  const myValue = read(mine, 'Your text');
  if (!myValue.ok) return myValue;
  const theirValue = read(theirs, 'Their text');
  if (!theirValue.ok) return theirValue;
  return {
    ok: true,
    mine: myValue.value,
    theirs: theirValue.value,
    diffs: structuralDiff(myValue.value, theirValue.value),
  };
}

function toField(difference: RawDifference): FieldDifference {
  const path = difference.type === 'ADD' ? difference.at2 : difference.at1;
  return {
    key: formatDifferencePath(difference.steps),
    path: [...path],
    label: formatPath(path),
    mine: difference.value1,
    theirs: difference.value2,
  };
}

/** The fields whose values differ between my text and theirs, in the order of the texts. */
export function differingFields(mine: string, theirs: string): FieldDifferences {
  const both = readBoth(mine, theirs);
  if (!both.ok) return both;
  return { ok: true, fields: both.diffs.map(toField) };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function valueAt(value: unknown, path: readonly PathSegment[]): unknown {
  let current = value;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (isRecord(current) && typeof segment === 'string') current = current[segment];
    else return undefined;
  }
  return current;
}

/**
 * Where the place `steps` names is in `value` now, list items found by their identity: earlier
 * edits of the merge may have moved them. The last step need not exist (a key to add).
 */
function locate(value: unknown, steps: readonly Step[]): PathSegment[] | undefined {
  const path: PathSegment[] = [];
  let current = value;
  for (const [index, step] of steps.entries()) {
    if ('key' in step) {
      if (!isRecord(current)) return undefined;
      path.push(step.key);
      current = current[step.key];
      continue;
    }
    if (!Array.isArray(current)) return undefined;
    const found = identityOf(listRule(steps.slice(0, index)), current).get(step.id);
    if (!found) return undefined;
    path.push(found.index);
    current = found.item;
  }
  return path;
}

/**
 * Where an item only they have goes in my list: after the nearest item before it in their list
 * that my list also has, else first.
 */
function insertionIndex(
  listSteps: readonly Step[],
  myList: readonly unknown[],
  theirList: readonly unknown[],
  theirIndex: number,
): number {
  const rule = listRule(listSteps);
  const mineById = identityOf(rule, myList);
  const theirIds = [...identityOf(rule, theirList)].sort(([, a], [, b]) => a.index - b.index);
  for (let index = theirIndex - 1; index >= 0; index -= 1) {
    const id = theirIds[index]?.[0];
    const match = id === undefined ? undefined : mineById.get(id);
    if (match) return match.index + 1;
  }
  return 0;
}

/** The edit of my (partly merged) document that gives a field their value. */
function editFor(
  current: unknown,
  theirDocument: unknown,
  difference: RawDifference,
): YamlEdit | undefined {
  const steps = difference.steps;
  const last = steps.at(-1);
  if (!last) return undefined;
  const parent = locate(current, steps.slice(0, -1));
  if (!parent) return undefined;
  if (difference.type === 'CHANGE') {
    const path = locate(current, steps);
    return path && { op: 'set', path, value: difference.value2 as YamlValue };
  }
  if ('key' in last) {
    const path = [...parent, last.key];
    return difference.type === 'ADD'
      ? { op: 'set', path, value: difference.value2 as YamlValue }
      : { op: 'delete', path };
  }
  const myList = valueAt(current, parent);
  if (!Array.isArray(myList)) return undefined;
  if (difference.type === 'REMOVE') {
    const path = locate(current, steps);
    const index = path?.at(-1);
    return typeof index === 'number' ? { op: 'remove', path: parent, index } : undefined;
  }
  const theirIndex = difference.at2.at(-1);
  const theirList = valueAt(theirDocument, difference.at2.slice(0, -1));
  if (typeof theirIndex !== 'number' || !Array.isArray(theirList)) return undefined;
  return {
    op: 'insert',
    path: parent,
    index: insertionIndex(steps.slice(0, -1), myList, theirList, theirIndex),
    value: difference.value2 as YamlValue,
  };
}

/**
 * My text with their value for each field chosen `'theirs'` (by `FieldDifference.key`; a field
 * not in `choices` keeps mine). Only the lines of those fields change. All or nothing: when one
 * of them cannot be written, the message says which and no text is returned.
 */
export function mergeFields(
  mine: string,
  theirs: string,
  choices: ReadonlyMap<string, Side>,
): EditResult {
  const both = readBoth(mine, theirs);
  if (!both.ok) return both;
  const chosen = both.diffs.filter(
    (difference) => choices.get(formatDifferencePath(difference.steps)) === 'theirs',
  );
  // The documents differ as a whole (a list against a mapping, say): theirs is the whole text.
  if (chosen.some((difference) => difference.steps.length === 0)) return { ok: true, text: theirs };
  const edits: YamlEdit[] = [];
  let current = both.mine;
  for (const difference of chosen) {
    const edit = editFor(current, both.theirs, difference);
    if (!edit) {
      const field = formatDifferencePath(difference.steps);
      return { ok: false, message: `Your text has no place left for their \`${field}\`` };
    }
    edits.push(edit);
    current = expectedValue(current, edit);
  }
  return applyEdits(mine, edits);
}
