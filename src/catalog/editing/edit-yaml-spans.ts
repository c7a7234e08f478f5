import type { Pair, YAMLSeq } from 'yaml';
import { isCollection, isScalar } from 'yaml';
import type { RenderedValue } from './edit-yaml-render';
import type { Failure, RangedNode, Splice, YamlSource } from './edit-yaml-source';
import {
  columnOf,
  hasRange,
  indentOf,
  isBlankLine,
  isCommentLine,
  lineCount,
  lineEnd,
  lineOf,
  lineStart,
  lineText,
  startsItsLine,
} from './edit-yaml-source';

/** Where a node's own text ends, before the line break and blank lines the parser counts in. */
export function contentEnd(source: YamlSource, node: RangedNode): number {
  let end = node.range[1];
  while (end > node.range[0] && /\s/.test(source.text[end - 1] ?? '')) end -= 1;
  return end;
}

/**
 * The lines a mapping entry or list item occupies: from its key or dash to the end of its value,
 * with the comment lines just above it at its own indentation (they describe it) and the comment
 * lines after it that are indented deeper (they are inside it). Comments at its indentation after
 * it are left alone: they come before whatever follows.
 */
export interface EntryLines {
  readonly first: number;
  readonly last: number;
  /** Column of the key or dash. */
  readonly column: number;
  /** Where the key or dash is. */
  readonly start: number;
  /** False for the first entry of a mapping written on its list item's line (`- name: x`). */
  readonly startsLine: boolean;
}

function isBlockScalar(node: unknown): boolean {
  return isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
}

function entryLines(
  source: YamlSource,
  start: number,
  value: unknown,
  previousValue: unknown,
): EntryLines {
  const column = columnOf(source, start);
  const startsLine = startsItsLine(source, start);
  const contentLast = hasRange(value) ? lineOf(source, contentEnd(source, value)) : undefined;
  let last = Math.max(lineOf(source, start), contentLast ?? 0);
  let first = lineOf(source, start);
  if (startsLine) {
    const floor = hasRange(previousValue) ? lineOf(source, contentEnd(source, previousValue)) : -1;
    while (
      first - 1 > floor &&
      isCommentLine(source, first - 1) &&
      indentOf(source, first - 1) === column
    ) {
      first -= 1;
    }
  }
  for (let line = last + 1; line < lineCount(source); line += 1) {
    if (isBlankLine(source, line)) continue;
    if (!isCommentLine(source, line) || indentOf(source, line) <= column) break;
    last = line;
  }
  return { first, last, column, start, startsLine };
}

/** The lines of a block mapping's entry; see {@link EntryLines}. */
export function pairLines(
  source: YamlSource,
  pairs: readonly Pair[],
  index: number,
): EntryLines | Failure {
  const pair = pairs[index];
  if (!pair || !hasRange(pair.key)) return { message: 'This entry has no key to find it by' };
  const value = hasRange(pair.value) ? pair.value : pair.key;
  return entryLines(source, pair.key.range[0], value, pairs[index - 1]?.value);
}

/**
 * Where each item's `-` is in a block list, read from the parser's tokens: the item's own range
 * starts after the dash, its anchor and any comments between.
 */
export function dashOffsets(seq: YAMLSeq): number[] | Failure {
  const token = seq.srcToken;
  if (token?.type !== 'block-seq') return { message: 'This list is not a block list' };
  const dashes: number[] = [];
  for (const item of token.items) {
    const dash = item.start.find((part) => part.type === 'seq-item-ind');
    if (dash) dashes.push(dash.offset);
  }
  if (dashes.length !== seq.items.length) return { message: 'The items of this list are unclear' };
  return dashes;
}

/** The lines of a block list's item; see {@link EntryLines}. */
export function itemLines(
  source: YamlSource,
  seq: YAMLSeq,
  dashes: readonly number[],
  index: number,
): EntryLines | Failure {
  const dash = dashes[index];
  if (dash === undefined) return { message: `The list has no item ${index}` };
  const item = seq.items[index];
  const lines = entryLines(source, dash, hasRange(item) ? item : undefined, seq.items[index - 1]);
  if (!lines.startsLine) {
    return {
      message: 'This list starts on the line of its parent item (`- - a`); edit it as text',
    };
  }
  return lines;
}

/**
 * Removes whole lines. A blank line that separated them from what was before stays as the only
 * separator, so removing a paragraph-like entry leaves the spacing as it was around the others;
 * removing the last lines of a text keeps whether it ends with a line break.
 */
export function removeLines(source: YamlSource, firstLine: number, lastLine: number): Splice {
  let first = firstLine;
  let last = lastLine;
  const count = lineCount(source);
  if (first === 0 || isBlankLine(source, first - 1)) {
    while (last + 1 < count && isBlankLine(source, last + 1)) last += 1;
  }
  if (last + 1 < count) {
    return { from: lineStart(source, first), to: lineStart(source, last + 1), insert: '' };
  }
  while (first > 0 && isBlankLine(source, first - 1)) first -= 1;
  const endsWithBreak = source.text.endsWith('\n');
  const from = !endsWithBreak && first > 0 ? lineEnd(source, first - 1) : lineStart(source, first);
  return { from, to: source.text.length, insert: '' };
}

/**
 * Whether a block scalar written to end on `line`, under a key or dash at `column`, would take in
 * the whitespace-only lines after it: a line of spaces indented deeper than the block's text is
 * a line of that text, not a blank line. Such lines are left as they are, so the value is quoted.
 */
export function absorbsBlankLines(source: YamlSource, line: number, column: number): boolean {
  for (let next = line + 1; next < lineCount(source) && isBlankLine(source, next); next += 1) {
    if (lineText(source, next).length > column) return true;
  }
  return false;
}

/** Lines of a rendered value's body, moved to the column of their key or dash. */
export function indentBody(source: YamlSource, rendered: RenderedValue, column: number): string {
  const pad = ' '.repeat(column);
  return rendered.body.map((line) => (line ? pad + line : line)).join(source.eol);
}

/** A comment that follows `offset` on its line, or undefined. */
function commentAfter(source: YamlSource, offset: number): string | undefined {
  const rest = source.text.slice(offset, lineEnd(source, lineOf(source, offset)));
  const match = /^\s*(#.*)$/.exec(rest);
  return match?.[1]?.trimEnd();
}

/** The comment after a block scalar's `|` or `>` header, which belongs on the key's line. */
function blockHeaderComment(source: YamlSource, node: RangedNode): string | undefined {
  const header = source.text.slice(node.range[0], lineEnd(source, lineOf(source, node.range[0])));
  return /^[|>][0-9+-]*\s+(#.*)$/.exec(header)?.[1]?.trimEnd();
}

/** Where the anchor and tag after an indicator (`key: &base !tag`) end. */
function afterProperties(source: YamlSource, indicatorEnd: number): number {
  const rest = source.text.slice(indicatorEnd, lineEnd(source, lineOf(source, indicatorEnd)));
  const match = /^(?:[ \t]+[&!][^\s]*)*/.exec(rest);
  return indicatorEnd + (match?.[0].length ?? 0);
}

function trimSpacesBefore(source: YamlSource, offset: number, limit: number): number {
  let at = offset;
  while (at > limit && (source.text[at - 1] === ' ' || source.text[at - 1] === '\t')) at -= 1;
  return at;
}

/** The value of a block mapping entry or block list item, and where its `:` or `-` is. */
export interface ValuePlace {
  /** Offset just after the entry's `:` or the item's `-`. */
  readonly indicatorEnd: number;
  /** Column of the key or dash: the body of a new value is indented from there. */
  readonly column: number;
  readonly value: unknown;
}

/**
 * Replaces a value in block context. An inline value that stays inline is replaced alone, so
 * the spacing and comment around it stay; otherwise the value's lines are replaced, keeping the
 * anchor and tag before it and moving a comment of the key's line after the new head (never
 * into a block scalar, where it would become text).
 */
export function replaceValue(
  source: YamlSource,
  place: ValuePlace,
  rendered: RenderedValue,
): Splice {
  const { eol } = source;
  const body = indentBody(source, rendered, place.column);
  const tail = (comment: string | undefined) =>
    (comment ? ` ${comment}` : '') + (rendered.body.length ? eol + body : '');
  const indicatorLine = lineOf(source, place.indicatorEnd);
  const old = place.value;
  const present = hasRange(old) && old.range[1] > old.range[0] ? old : undefined;

  if (present && lineOf(source, present.range[0]) === indicatorLine) {
    const block = isBlockScalar(old) || isCollection(old);
    const flowCollection = isCollection(old) && old.flow;
    if (!rendered.body.length && (!block || flowCollection)) {
      return { from: present.range[0], to: present.range[1], insert: rendered.head };
    }
    const comment = isBlockScalar(old)
      ? blockHeaderComment(source, present)
      : !isCollection(old) || flowCollection
        ? commentAfter(source, present.range[1])
        : undefined;
    const from = rendered.head
      ? present.range[0]
      : trimSpacesBefore(source, present.range[0], place.indicatorEnd);
    const to = lineEnd(source, lineOf(source, contentEnd(source, present)));
    return { from, to, insert: rendered.head + tail(comment) };
  }

  const from = afterProperties(source, place.indicatorEnd);
  const comment = commentAfter(source, from);
  const lastLine = present ? lineOf(source, contentEnd(source, present)) : indicatorLine;
  const to = lineEnd(source, lastLine);
  return { from, to, insert: (rendered.head ? ` ${rendered.head}` : '') + tail(comment) };
}

/** Where a block mapping entry's `:` ends, from the parser's tokens. */
export function colonEnd(pair: Pair): number | Failure {
  const colon = pair.srcToken?.sep?.find((part) => part.type === 'map-value-ind');
  if (!colon) return { message: 'This entry has no `:` to write a value after' };
  return colon.offset + 1;
}
