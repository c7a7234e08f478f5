import type { PathSegment } from '../documents/document-issue';
import type { EditResult, YamlEdit } from './edit-yaml-edits';
import { checkPath, checkValue, describeEdit, expectedValue, sameValue } from './edit-yaml-edits';
import { planInsertItem, planMoveItem, planRemoveItem } from './edit-yaml-lists';
import type { YamlValue } from './edit-yaml-render';
import type { Failure, Splice, YamlSource } from './edit-yaml-source';
import { isFailure, readSource } from './edit-yaml-source';
import { planDeleteKey, planSetValue } from './edit-yaml-values';
import type { ParsedYaml } from '../documents/parse-yaml';
import { parseYamlCached as parseYaml } from './parse-cache';

export type { EditResult, YamlEdit } from './edit-yaml-edits';
export type { YamlValue } from './edit-yaml-render';

/*
 * Edits of a YAML text that change only the lines they touch. A form edits one value of a
 * descriptor or contract; the author's comments, key order, quotes, blank lines, indentation and
 * line breaks elsewhere must survive, which re-serialising the parsed document does not ensure.
 * So each edit finds its place through the parsed document's source ranges, renders only the new
 * value with `yaml`, splices it into the original text, and reads the result back to check that
 * the document's value changed exactly as asked.
 */

function firstError(parsed: ParsedYaml): string | undefined {
  const error = parsed.issues.find((issue) => issue.severity === 'error');
  if (!error) return undefined;
  return error.line ? `line ${error.line}: ${error.message}` : error.message;
}

function plan(source: YamlSource, edit: YamlEdit): Splice | Failure {
  switch (edit.op) {
    case 'set':
      return planSetValue(source, edit.path, edit.value);
    case 'delete':
      return planDeleteKey(source, edit.path);
    case 'insert':
      return planInsertItem(source, edit.path, edit.index, edit.value);
    case 'remove':
      return planRemoveItem(source, edit.path, edit.index);
    case 'move':
      return planMoveItem(source, edit.path, edit.from, edit.to);
  }
}

function checkEdit(edit: YamlEdit): Failure | undefined {
  const pathProblem = checkPath(edit.path);
  if (pathProblem) return pathProblem;
  if (edit.op === 'set' || edit.op === 'insert') return checkValue(edit.value);
  return undefined;
}

function applyChecked(text: string, edit: YamlEdit): EditResult {
  const problem = checkEdit(edit);
  if (problem) return { ok: false, message: problem.message };
  if (typeof text !== 'string') return { ok: false, message: 'The document must be a text' };
  const before = parseYaml(text);
  const beforeError = firstError(before);
  if (beforeError) return { ok: false, message: `Fix the text first (${beforeError})` };
  const source = readSource(text);
  if (isFailure(source)) return { ok: false, message: source.message };
  const splice = plan(source, edit);
  if (isFailure(splice)) return { ok: false, message: splice.message };
  const edited = text.slice(0, splice.from) + splice.insert + text.slice(splice.to);
  const after = parseYaml(edited);
  const afterError = firstError(after);
  if (afterError) {
    return {
      ok: false,
      message: `The edit would leave a text that cannot be read (${afterError})`,
    };
  }
  if (!sameValue(after.value, expectedValue(before.value, edit))) {
    return {
      ok: false,
      message: `${describeEdit(edit)} could not be written without changing other values; edit the text instead`,
    };
  }
  return { ok: true, text: edited };
}

/** Applies one edit; never throws, whatever the text or the edit. */
export function applyEdit(text: string, edit: YamlEdit): EditResult {
  try {
    return applyChecked(text, edit);
  } catch (error) {
    return {
      ok: false,
      message: `${describeEdit(edit)} failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/**
 * Sets a scalar, mapping or list at `path`, adding the key (and the mappings above it) when it
 * is missing. `setValue(text, ['description', 'purpose'], 'Orders\n\nBy day')` writes a `|` block.
 */
export function setValue(text: string, path: readonly PathSegment[], value: YamlValue): EditResult {
  return applyEdit(text, { op: 'set', path, value });
}

/** Removes a mapping entry with its lines and comments; a key that is not there is no change. */
export function deleteKey(text: string, path: readonly PathSegment[]): EditResult {
  return applyEdit(text, { op: 'delete', path });
}

/** Inserts `value` so that it becomes item `index` of the list (`index` = length appends). */
export function insertItem(
  text: string,
  listPath: readonly PathSegment[],
  index: number,
  value: YamlValue,
): EditResult {
  return applyEdit(text, { op: 'insert', path: listPath, index, value });
}

/** Removes item `index` of the list; removing the only item leaves `[]`. */
export function removeItem(
  text: string,
  listPath: readonly PathSegment[],
  index: number,
): EditResult {
  return applyEdit(text, { op: 'remove', path: listPath, index });
}

/** Moves item `from` so that it becomes item `to`, as `splice` out and in would. */
export function moveItem(
  text: string,
  listPath: readonly PathSegment[],
  from: number,
  to: number,
): EditResult {
  return applyEdit(text, { op: 'move', path: listPath, from, to });
}

/**
 * Applies edits in order, each to the text the previous one produced. All or nothing: the first
 * edit that cannot be made stops the sequence, and its message says which one it was.
 */
export function applyEdits(text: string, edits: readonly YamlEdit[]): EditResult {
  let current = text;
  for (const [index, edit] of edits.entries()) {
    const result = applyEdit(current, edit);
    if (!result.ok) {
      return { ok: false, message: `Edit ${index + 1} (${describeEdit(edit)}): ${result.message}` };
    }
    current = result.text;
  }
  return { ok: true, text: current };
}
