import type { YAMLSeq } from 'yaml';
import { isSeq } from 'yaml';
import type { PathSegment } from '../documents/document-issue';
import { detectLayout } from './edit-yaml-layout';
import type { YamlValue } from './edit-yaml-render';
import { renderFlowValue, renderItemValue } from './edit-yaml-render';
import type { Failure, Located, Splice, YamlSource } from './edit-yaml-source';
import {
  describePath,
  findSharedNode,
  hasRange,
  isFailure,
  isPaddedFlow,
  lineEnd,
  lineStart,
  walkPath,
} from './edit-yaml-source';
import type { EntryLines } from './edit-yaml-spans';
import {
  absorbsBlankLines,
  dashOffsets,
  indentBody,
  itemLines,
  removeLines,
} from './edit-yaml-spans';
import { planSetValue, removeFromFlow, replaceNode, unchanged } from './edit-yaml-values';

interface FoundList {
  readonly seq: YAMLSeq;
  readonly located: Located;
}

/** The list at `path`, `undefined` when it is absent or empty (`key:`), or why it cannot be edited. */
function findList(
  source: YamlSource,
  path: readonly PathSegment[],
): FoundList | undefined | Failure {
  const walk = walkPath(source, path);
  if (isFailure(walk)) return walk;
  if (walk.found < path.length) return undefined;
  const located = walk.located[path.length];
  if (!located) return undefined;
  const shared = findSharedNode(source, walk.located, path);
  if (shared) return shared;
  const { node } = located;
  if (isSeq(node)) return { seq: node, located };
  if (node === null || (typeof node === 'object' && 'value' in node && node.value === null)) {
    return undefined;
  }
  return { message: `${describePath(path)} is not a list` };
}

/** Refuses an index that is not one of the `positions` (the items, or the places between). */
function checkIndex(
  index: number,
  positions: number,
  size: number,
  name: string,
): Failure | undefined {
  if (Number.isInteger(index) && index >= 0 && index < positions) return undefined;
  const items = size === 1 ? '1 item' : `${size} items`;
  return { message: `${name} ${index} is outside the list, which has ${items}` };
}

/** Each flow item's own text: from its first character to its last. */
function flowSpans(seq: YAMLSeq): { from: number; to: number }[] | Failure {
  const spans: { from: number; to: number }[] = [];
  for (const item of seq.items) {
    if (!hasRange(item)) return { message: 'An item of this list has no place in the text' };
    spans.push({ from: item.range[0], to: item.range[1] });
  }
  return spans;
}

function blockItemLines(source: YamlSource, seq: YAMLSeq): EntryLines[] | Failure {
  const dashes = dashOffsets(seq);
  if (isFailure(dashes)) return dashes;
  const all: EntryLines[] = [];
  for (let index = 0; index < seq.items.length; index += 1) {
    const lines = itemLines(source, seq, dashes, index);
    if (isFailure(lines)) return lines;
    all.push(lines);
  }
  return all;
}

/**
 * Plans `insertItem`. In a block list the new item gets lines of its own at the column of the
 * other dashes (and a blank line around it when the author separates every item by one); in a
 * flow list it goes between the others with `, `. A missing or empty list is created.
 */
export function planInsertItem(
  source: YamlSource,
  path: readonly PathSegment[],
  index: number,
  value: YamlValue,
): Splice | Failure {
  const list = findList(source, path);
  if (isFailure(list)) return list;
  const size = list?.seq.items.length ?? 0;
  const outside = checkIndex(index, size + 1, size, 'Position');
  if (outside) return outside;
  if (!list) return planSetValue(source, path, [value]);
  const { seq, located } = list;
  if (!seq.items.length) return replaceNode(source, located, [value]);
  const layout = detectLayout(source, located.slot.kind === 'pair' ? located.slot.map : undefined);

  if (seq.flow) {
    const spans = flowSpans(seq);
    if (isFailure(spans)) return spans;
    const text = renderFlowValue(value, layout, undefined, isPaddedFlow(source, seq));
    const before = spans[index];
    if (before) return { from: before.from, to: before.from, insert: `${text}, ` };
    const end = spans.at(-1)?.to ?? 0;
    return { from: end, to: end, insert: `, ${text}` };
  }

  const all = blockItemLines(source, seq);
  if (isFailure(all)) return all;
  const column = all[0]?.column ?? 0;
  const before = all[index];
  // Only the new last item can be followed by whitespace-only lines that a block would take in.
  const lastLine = all.at(-1)?.last ?? 0;
  const rendered = renderItemValue(
    value,
    !before && absorbsBlankLines(source, lastLine, column)
      ? { ...layout, quoteMultiline: true }
      : layout,
  );
  const dashLine = `${' '.repeat(column)}-${rendered.head ? ` ${rendered.head}` : ''}`;
  const text = rendered.body.length
    ? dashLine + source.eol + indentBody(source, rendered, column)
    : dashLine;
  const spaced =
    all.length > 1 &&
    all.every((lines, at) => at === 0 || lines.first > (all[at - 1]?.last ?? 0) + 1);
  const gap = spaced ? source.eol : '';
  if (before) {
    const at = lineStart(source, before.first);
    return { from: at, to: at, insert: text + source.eol + gap };
  }
  const at = lineEnd(source, lastLine);
  return { from: at, to: at, insert: source.eol + gap + text };
}

/** Plans `removeItem`: the item's lines (or its text in a flow list) go; the last leaves `[]`. */
export function planRemoveItem(
  source: YamlSource,
  path: readonly PathSegment[],
  index: number,
): Splice | Failure {
  const list = findList(source, path);
  if (isFailure(list)) return list;
  if (!list) return { message: `There is no list at ${describePath(path)}` };
  const { seq, located } = list;
  const outside = checkIndex(index, seq.items.length, seq.items.length, 'Item');
  if (outside) return outside;
  if (seq.items.length === 1) return replaceNode(source, located, []);
  if (seq.flow) {
    const spans = flowSpans(seq);
    return isFailure(spans) ? spans : removeFromFlow(spans, index);
  }
  const all = blockItemLines(source, seq);
  if (isFailure(all)) return all;
  const lines = all[index];
  if (!lines) return { message: `There is no item ${index}` };
  return removeLines(source, lines.first, lines.last);
}

/**
 * Plans `moveItem`: the items between the two places trade their text (block items with their
 * comments), while what separates them (commas, line breaks, blank lines) stays where it was.
 */
export function planMoveItem(
  source: YamlSource,
  path: readonly PathSegment[],
  from: number,
  to: number,
): Splice | Failure {
  const list = findList(source, path);
  if (isFailure(list)) return list;
  if (!list) return { message: `There is no list at ${describePath(path)}` };
  const { seq } = list;
  const outside =
    checkIndex(from, seq.items.length, seq.items.length, 'Item') ??
    checkIndex(to, seq.items.length, seq.items.length, 'Position');
  if (outside) return outside;
  if (from === to) return unchanged;
  let spans: { from: number; to: number }[];
  if (seq.flow) {
    const found = flowSpans(seq);
    if (isFailure(found)) return found;
    spans = found;
  } else {
    const all = blockItemLines(source, seq);
    if (isFailure(all)) return all;
    spans = all.map((lines) => ({
      from: lineStart(source, lines.first),
      to: lineEnd(source, lines.last),
    }));
  }
  const order = spans.map((_, index) => index);
  order.splice(to, 0, ...order.splice(from, 1));
  const low = Math.min(from, to);
  const high = Math.max(from, to);
  let text = '';
  for (let slot = low; slot <= high; slot += 1) {
    const moved = spans[order[slot] ?? slot];
    const here = spans[slot];
    const next = spans[slot + 1];
    if (!moved || !here) return { message: 'The items of this list are unclear' };
    text += source.text.slice(moved.from, moved.to);
    if (slot < high && next) text += source.text.slice(here.to, next.from);
  }
  const first = spans[low];
  const last = spans[high];
  if (!first || !last) return { message: 'The items of this list are unclear' };
  return { from: first.from, to: last.to, insert: text };
}
