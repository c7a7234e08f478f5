import type { Scalar, YAMLMap } from 'yaml';
import { isCollection, isMap, isScalar, isSeq } from 'yaml';
import type { PathSegment } from '../documents/document-issue';
import { detectLayout } from './edit-yaml-layout';
import type { Layout, RenderedValue, YamlValue } from './edit-yaml-render';
import { renderEntryValue, renderFlowValue, renderItemValue, renderKey } from './edit-yaml-render';
import type { Failure, Located, Splice, YamlSource } from './edit-yaml-source';
import {
  columnOf,
  describePath,
  findSharedNode,
  hasRange,
  isFailure,
  isPaddedFlow,
  lineEnd,
  lineOf,
  lineStart,
  walkPath,
} from './edit-yaml-source';
import {
  absorbsBlankLines,
  colonEnd,
  contentEnd,
  dashOffsets,
  indentBody,
  pairLines,
  removeLines,
  replaceValue,
} from './edit-yaml-spans';

export const unchanged: Splice = { from: 0, to: 0, insert: '' };

/** The style of the scalar being replaced, kept for a new string (see `chooseStringType`). */
function styleOf(node: unknown): Scalar.Type | undefined {
  return isScalar(node) && typeof node.value === 'string' && node.type ? node.type : undefined;
}

function isEmptyNode(node: unknown): boolean {
  if (node === null || node === undefined) return true;
  return isScalar(node) && node.value === null;
}

function isScalarValue(value: YamlValue): boolean {
  return value === null || typeof value !== 'object';
}

/**
 * Whether a new collection replacing `old` should be written in flow style: when the author wrote
 * a non-empty flow collection there, and for a list of plain values where they wrote `[]`. A
 * mapping that replaces `{}` gets lines of its own, which is how such entries read elsewhere.
 */
function keepsFlow(old: unknown, value: YamlValue): boolean {
  if (!isCollection(old) || !old.flow || typeof value !== 'object' || value === null) return false;
  return old.items.length > 0 || (Array.isArray(value) && value.every(isScalarValue));
}

/** Whether the node sits inside a flow collection, where only flow text may go. */
function inFlow(located: Located): boolean {
  const { slot } = located;
  if (slot.kind === 'pair') return Boolean(slot.map.flow);
  if (slot.kind === 'item') return Boolean(slot.seq.flow);
  return false;
}

function nearMap(located: Located): YAMLMap | undefined {
  return located.slot.kind === 'pair' ? located.slot.map : undefined;
}

/** Replaces the node at `located` with `value`, in the style its place calls for. */
export function replaceNode(
  source: YamlSource,
  located: Located,
  value: YamlValue,
): Splice | Failure {
  const layout = detectLayout(source, nearMap(located));
  const old = located.node;
  const keep = styleOf(old);
  const { slot } = located;
  if (inFlow(located)) {
    if (!hasRange(old)) return { message: 'This value has no place in the text to write to' };
    const around = slot.kind === 'pair' ? slot.map : slot.kind === 'item' ? slot.seq : undefined;
    const text = renderFlowValue(value, layout, keep, isPaddedFlow(source, around));
    const spaced = source.text[old.range[0] - 1] === ':' ? ` ${text}` : text;
    return { from: old.range[0], to: old.range[1], insert: spaced };
  }
  const flow = keepsFlow(old, value);
  const padded = isPaddedFlow(source, old);
  /** The layout for a value written from `indicatorEnd`, under a key or dash at `column`. */
  const layoutAt = (indicatorEnd: number, column: number): Layout => {
    const end =
      hasRange(old) && old.range[1] > old.range[0] ? contentEnd(source, old) : indicatorEnd;
    const last = lineOf(source, end);
    return absorbsBlankLines(source, last, column) ? { ...layout, quoteMultiline: true } : layout;
  };
  if (slot.kind === 'pair') {
    const indicatorEnd = colonEnd(slot.pair);
    if (isFailure(indicatorEnd)) return indicatorEnd;
    if (!hasRange(slot.pair.key)) return { message: 'This entry has no key to find it by' };
    const column = columnOf(source, slot.pair.key.range[0]);
    const rendered: RenderedValue = flow
      ? { head: renderFlowValue(value, layout, undefined, padded), body: [] }
      : renderEntryValue(value, layoutAt(indicatorEnd, column), keep);
    return replaceValue(source, { indicatorEnd, column, value: old }, rendered);
  }
  if (slot.kind === 'item') {
    const dashes = dashOffsets(slot.seq);
    if (isFailure(dashes)) return dashes;
    const dash = dashes[slot.index] ?? 0;
    const column = columnOf(source, dash);
    const rendered: RenderedValue = flow
      ? { head: renderFlowValue(value, layout, undefined, padded), body: [] }
      : renderItemValue(value, layoutAt(dash + 1, column), keep);
    return replaceValue(source, { indicatorEnd: dash + 1, column, value: old }, rendered);
  }
  return { message: 'Give the path of a value inside the document to set' };
}

/** The lines of a new block mapping entry, at the column of its siblings. */
function entryText(
  source: YamlSource,
  key: string,
  value: YamlValue,
  column: number,
  layout: Layout,
): string | Failure {
  const keyText = renderKey(key, layout);
  if (keyText === undefined) return { message: `The key "${key}" cannot be written on one line` };
  const rendered = renderEntryValue(value, layout);
  const head = `${' '.repeat(column)}${keyText}:${rendered.head ? ` ${rendered.head}` : ''}`;
  return rendered.body.length ? head + source.eol + indentBody(source, rendered, column) : head;
}

/** Adds `key: value` as the last entry of a mapping, after the last entry's own comments. */
function appendEntry(
  source: YamlSource,
  located: Located,
  key: string,
  value: YamlValue,
): Splice | Failure {
  const map = located.node;
  if (!isMap(map)) return { message: 'Not a mapping' };
  const layout = detectLayout(source, map);
  const last = map.items.at(-1);
  if (map.flow || !last) {
    if (!last) return replaceNode(source, located, { [key]: value });
    const keyText = renderKey(key, layout);
    if (keyText === undefined) return { message: `The key "${key}" cannot be written on one line` };
    const end = hasRange(last.value)
      ? last.value.range[1]
      : hasRange(last.key) && last.key.range[1];
    if (end === false)
      return { message: 'The last entry of this mapping has no place in the text' };
    const text = renderFlowValue(value, layout, undefined, isPaddedFlow(source, map));
    return { from: end, to: end, insert: `, ${keyText}: ${text}` };
  }
  const first = map.items[0];
  if (!first || !hasRange(first.key)) return { message: 'This mapping has no key to align with' };
  const lines = pairLines(source, map.items, map.items.length - 1);
  if (isFailure(lines)) return lines;
  const column = columnOf(source, first.key.range[0]);
  const here = absorbsBlankLines(source, lines.last, column)
    ? { ...layout, quoteMultiline: true }
    : layout;
  const text = entryText(source, key, value, column, here);
  if (isFailure(text)) return text;
  const at = lineEnd(source, lines.last);
  return { from: at, to: at, insert: source.eol + text };
}

/** Adds the first entry of a document that has none yet (empty, or only comments). */
function appendToEmptyDocument(
  source: YamlSource,
  key: string,
  value: YamlValue,
): Splice | Failure {
  const text = entryText(source, key, value, 0, detectLayout(source));
  if (isFailure(text)) return text;
  const end = source.text.length;
  const before = end > 0 && !source.text.endsWith('\n') ? source.eol : '';
  return { from: end, to: end, insert: before + text + source.eol };
}

/** `value` wrapped in the mappings that `keys` name, innermost last. */
function nest(keys: readonly PathSegment[], value: YamlValue): YamlValue | Failure {
  let nested = value;
  for (let index = keys.length - 1; index >= 0; index -= 1) {
    const key = keys[index];
    if (typeof key !== 'string') {
      return {
        message: `There is no list at ${describePath(keys.slice(0, index))} to hold item ${key}`,
      };
    }
    nested = { [key]: nested };
  }
  return nested;
}

/**
 * Plans `setValue`: replaces the value at `path` when it exists; otherwise adds the missing key
 * to its mapping, creating the mappings on the way (`description.purpose` without
 * `description`). A missing list item is not created here: its index would be a guess.
 */
export function planSetValue(
  source: YamlSource,
  path: readonly PathSegment[],
  value: YamlValue,
): Splice | Failure {
  if (!path.length) return { message: 'Give the path of a value inside the document to set' };
  const walk = walkPath(source, path);
  if (isFailure(walk)) return walk;
  const shared = findSharedNode(source, walk.located, path);
  if (shared) return shared;
  const target = walk.located[walk.found];
  if (!target) return { message: `${describePath(path)} cannot be found` };
  if (walk.found === path.length) return replaceNode(source, target, value);

  const segment = path[walk.found] as PathSegment;
  const parentPath = path.slice(0, walk.found);
  if (isSeq(target.node)) {
    return {
      message: `${describePath(parentPath)} has ${target.node.items.length} items; add one with insertItem`,
    };
  }
  const nested = nest(path.slice(walk.found + 1), value);
  if (isFailure(nested)) return nested;
  if (isMap(target.node)) return appendEntry(source, target, String(segment), nested);
  if (isEmptyNode(target.node)) {
    if (target.slot.kind === 'root') {
      if (hasRange(target.node) && target.node.range[1] > target.node.range[0]) {
        return { message: 'The document is `null`, not a mapping' };
      }
      return appendToEmptyDocument(source, String(segment), nested);
    }
    return replaceNode(source, target, { [String(segment)]: nested });
  }
  return { message: `${describePath(parentPath)} is a value, not a mapping with keys` };
}

/**
 * Removes one entry from a flow collection (`[a, b]`, `{ a: 1, b: 2 }`) with the comma and space
 * that separated it, leaving the others as they were written.
 */
export function removeFromFlow(
  spans: readonly { from: number; to: number }[],
  index: number,
): Splice | Failure {
  const span = spans[index];
  if (!span) return { message: `There is no item ${index}` };
  const next = spans[index + 1];
  if (next) return { from: span.from, to: next.from, insert: '' };
  const previous = spans[index - 1];
  if (previous) return { from: previous.to, to: span.to, insert: '' };
  return { from: span.from, to: span.to, insert: '' };
}

/**
 * Plans `deleteKey`: the entry's lines go, with the comments that belong to it. An entry that is
 * the first of a mapping on its list item's line (`- name: x`) hands that line to the next entry;
 * the last entry of a mapping leaves `{}`, so the mapping is still there, only empty.
 */
export function planDeleteKey(source: YamlSource, path: readonly PathSegment[]): Splice | Failure {
  if (!path.length) return { message: 'Give the path of the entry to delete' };
  const walk = walkPath(source, path);
  if (isFailure(walk)) return walk;
  if (walk.found < path.length) return unchanged;
  const target = walk.located[path.length];
  const parent = walk.located[path.length - 1];
  if (!target || !parent) return { message: `${describePath(path)} cannot be found` };
  if (target.slot.kind !== 'pair') {
    return { message: `${describePath(path)} is a list item; remove it with removeItem` };
  }
  const shared = findSharedNode(source, walk.located, path);
  if (shared) return shared;
  const { map, index } = target.slot;
  if (map.flow) {
    const spans = map.items.map((pair) => ({
      from: hasRange(pair.key) ? pair.key.range[0] : 0,
      to: hasRange(pair.value) ? pair.value.range[1] : hasRange(pair.key) ? pair.key.range[1] : 0,
    }));
    return removeFromFlow(spans, index);
  }
  const lines = pairLines(source, map.items, index);
  if (isFailure(lines)) return lines;
  if (map.items.length === 1) {
    if (parent.slot.kind !== 'root') return replaceNode(source, parent, {});
    return {
      from: lineStart(source, lines.first),
      to: lineEnd(source, lines.last),
      insert: '{}',
    };
  }
  if (lines.startsLine) return removeLines(source, lines.first, lines.last);

  const next = pairLines(source, map.items, index + 1);
  if (isFailure(next)) return next;
  if (next.first === lines.last + 1 && lineOf(source, next.start) === next.first) {
    return { from: lines.start, to: next.start, insert: '' };
  }
  let from = lines.start;
  while (from > 0 && source.text[from - 1] === ' ') from -= 1;
  return { from, to: lineEnd(source, lines.last), insert: '' };
}
