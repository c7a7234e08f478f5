import type { PathSegment } from '../documents/document-issue';
import { documentLimits } from '../documents/document-limits';
import type { YamlValue } from './edit-yaml-render';
import type { Failure } from './edit-yaml-source';
import { describePath } from './edit-yaml-source';

/** One change a form makes to a document, as `applyEdits` takes it. */
export type YamlEdit =
  | { readonly op: 'set'; readonly path: readonly PathSegment[]; readonly value: YamlValue }
  | { readonly op: 'delete'; readonly path: readonly PathSegment[] }
  | {
      readonly op: 'insert';
      readonly path: readonly PathSegment[];
      readonly index: number;
      readonly value: YamlValue;
    }
  | { readonly op: 'remove'; readonly path: readonly PathSegment[]; readonly index: number }
  | {
      readonly op: 'move';
      readonly path: readonly PathSegment[];
      readonly from: number;
      readonly to: number;
    };

/** The edited text, or why the edit was not made (the text is then left as it was). */
export type EditResult = { ok: true; text: string } | { ok: false; message: string };

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Refuses what JSON cannot hold (`undefined`, `NaN`, dates, class instances, cycles): forms pass
 * what they collected, and such a value would otherwise be written as something else.
 */
export function checkValue(value: unknown, depth = 0): Failure | undefined {
  if (depth > documentLimits.nestingDepth) {
    return { message: `The value nests deeper than ${documentLimits.nestingDepth} levels` };
  }
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? undefined
      : { message: `${value} cannot be written in a document` };
  }
  if (typeof value !== 'object' || !(Array.isArray(value) || isPlainObject(value))) {
    return { message: `A ${typeof value} cannot be written in a document` };
  }
  for (const child of Object.values(value)) {
    const problem = checkValue(child, depth + 1);
    if (problem) return problem;
  }
  return undefined;
}

export function checkPath(path: unknown): Failure | undefined {
  if (!Array.isArray(path)) return { message: 'The path must be a list of keys and indexes' };
  for (const segment of path) {
    if (typeof segment === 'string') continue;
    if (typeof segment === 'number' && Number.isInteger(segment) && segment >= 0) continue;
    return { message: `"${String(segment)}" is neither a key nor an index` };
  }
  return undefined;
}

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

function childOf(container: Container, segment: PathSegment): unknown {
  return Array.isArray(container)
    ? container[Number(segment)]
    : (container as Record<string, unknown>)[String(segment)];
}

function setChild(container: Container, segment: PathSegment, value: unknown): void {
  if (Array.isArray(container)) container[Number(segment)] = value;
  else container[String(segment)] = value;
}

/** The container at `path` under `holder`, creating mappings on the way when `create`. */
function containerAt(
  holder: Container,
  path: readonly PathSegment[],
  create: boolean,
): Container | undefined {
  let container = holder;
  for (const segment of path) {
    let child = childOf(container, segment);
    if (!isContainer(child)) {
      if (!create) return undefined;
      child = {};
      setChild(container, segment, child);
    }
    container = child as Container;
  }
  return container;
}

/**
 * The document's value as the edit should leave it, computed on plain data. Each edited text is
 * read back and compared with this, so an edit can never quietly change another value.
 */
export function expectedValue(before: unknown, edit: YamlEdit): unknown {
  const holder: Record<string, unknown> = { document: structuredClone(before) };
  const path: PathSegment[] = ['document', ...edit.path];
  const parentPath = path.slice(0, -1);
  const last = path.at(-1) as PathSegment;
  if (edit.op === 'set') {
    const parent = containerAt(holder, parentPath, true);
    if (parent) setChild(parent, last, structuredClone(edit.value));
  } else if (edit.op === 'delete') {
    const parent = containerAt(holder, parentPath, false);
    if (parent && !Array.isArray(parent)) delete parent[String(last)];
  } else {
    const parent = containerAt(holder, parentPath, true);
    if (!parent) return holder.document;
    let list = childOf(parent, last);
    if (!Array.isArray(list)) {
      list = [];
      setChild(parent, last, list);
    }
    const items = list as unknown[];
    if (edit.op === 'insert') items.splice(edit.index, 0, structuredClone(edit.value));
    else if (edit.op === 'remove') items.splice(edit.index, 1);
    else items.splice(edit.to, 0, ...items.splice(edit.from, 1));
  }
  return holder.document;
}

/** Deep equality of plain values read from documents; the order of keys does not matter. */
export function sameValue(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (!isContainer(left) || !isContainer(right)) return false;
  if (Array.isArray(left) !== Array.isArray(right)) return false;
  const leftKeys = Object.keys(left);
  const rightKeys = Object.keys(right);
  if (leftKeys.length !== rightKeys.length) return false;
  return leftKeys.every(
    (key) =>
      Object.prototype.hasOwnProperty.call(right, key) &&
      sameValue(childOf(left, key), childOf(right, key)),
  );
}

/** Names an edit in messages about a sequence of edits. */
export function describeEdit(edit: YamlEdit): string {
  const path = checkPath(edit?.path) ? [] : edit.path;
  return `${String(edit?.op)} ${describePath(path)}`;
}
