import type { Document, Pair, YAMLMap, YAMLSeq } from 'yaml';
import { isAlias, isCollection, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { PathSegment } from '../documents/document-issue';
import { formatPath } from '../documents/document-issue';

/**
 * The text being edited, its parsed document with source ranges, and a line index. Edits are
 * found in the document and written into the text, so everything they do not touch stays byte
 * for byte what the author wrote.
 */
export interface YamlSource {
  readonly text: string;
  readonly document: Document.Parsed;
  /** The line break the text uses (the first one found), so inserted lines match it. */
  readonly eol: '\n' | '\r\n';
  /** Offsets where each line starts; a final line break does not open another line. */
  readonly lineStarts: readonly number[];
}

/** A part of the text to replace: `text.slice(from, to)` becomes `insert`. */
export interface Splice {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

export interface Failure {
  readonly message: string;
}

export function isFailure(value: unknown): value is Failure {
  return typeof value === 'object' && value !== null && 'message' in value;
}

/** A node that carries its place in the text, as every node of a parsed document does. */
export interface RangedNode {
  range: [number, number, number];
}

export function hasRange(node: unknown): node is RangedNode {
  return (
    typeof node === 'object' &&
    node !== null &&
    'range' in node &&
    Array.isArray(node.range) &&
    node.range.length === 3
  );
}

/** Whether a flow collection is written with spaces inside its brackets (`[ a, b ]`). */
export function isPaddedFlow(source: YamlSource, node: unknown): boolean {
  if (!isCollection(node) || !node.flow || !hasRange(node)) return false;
  const inside = source.text[node.range[0] + 1];
  return inside === ' ' || inside === '\t';
}

function findLineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) {
    if (index + 1 < text.length) starts.push(index + 1);
  }
  return starts;
}

/**
 * Parses the text as `parseYaml` does (YAML 1.2 core schema), keeping the source tokens that say
 * where each sequence item's dash is. A text the parser cannot read is refused: an edit needs to
 * know exactly where each value is.
 */
export function readSource(text: string): YamlSource | Failure {
  const document = parseDocument(text, {
    schema: 'core',
    uniqueKeys: false,
    prettyErrors: false,
    keepSourceTokens: true,
  });
  const error = document.errors[0];
  if (error) return { message: `The text cannot be read as YAML: ${error.message.split('\n')[0]}` };
  const firstBreak = text.indexOf('\n');
  const eol = firstBreak > 0 && text[firstBreak - 1] === '\r' ? '\r\n' : '\n';
  return { text, document, eol, lineStarts: findLineStarts(text) };
}

export function lineCount(source: YamlSource): number {
  return source.lineStarts.length;
}

/** The 0-based line that holds `offset`. */
export function lineOf(source: YamlSource, offset: number): number {
  const starts = source.lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

export function lineStart(source: YamlSource, line: number): number {
  return source.lineStarts[line] ?? source.text.length;
}

/** Where the line's content ends, before its line break. */
export function lineEnd(source: YamlSource, line: number): number {
  const next = source.lineStarts[line + 1];
  const end = next === undefined ? source.text.length : next;
  let at = end;
  if (at > lineStart(source, line) && source.text[at - 1] === '\n') at -= 1;
  if (at > lineStart(source, line) && source.text[at - 1] === '\r') at -= 1;
  return at;
}

export function lineText(source: YamlSource, line: number): string {
  return source.text.slice(lineStart(source, line), lineEnd(source, line));
}

export function indentOf(source: YamlSource, line: number): number {
  const text = lineText(source, line);
  return text.length - text.trimStart().length;
}

export function isBlankLine(source: YamlSource, line: number): boolean {
  return lineText(source, line).trim() === '';
}

export function isCommentLine(source: YamlSource, line: number): boolean {
  return lineText(source, line).trimStart().startsWith('#');
}

export function columnOf(source: YamlSource, offset: number): number {
  return offset - lineStart(source, lineOf(source, offset));
}

/** Whether only indentation comes before `offset` on its line. */
export function startsItsLine(source: YamlSource, offset: number): boolean {
  return source.text.slice(lineStart(source, lineOf(source, offset)), offset).trim() === '';
}

/** Where a node sits: the whole document, a mapping entry or a sequence item. */
export type Slot =
  | { readonly kind: 'root' }
  | { readonly kind: 'pair'; readonly map: YAMLMap; readonly pair: Pair; readonly index: number }
  | { readonly kind: 'item'; readonly seq: YAMLSeq; readonly index: number };

export interface Located {
  readonly node: unknown;
  readonly slot: Slot;
}

/** What a path leads to: every node on the way, and where the path leaves the document. */
export interface Walk {
  /** `located[i]` is the node at `path.slice(0, i)`; `located[0]` is the document's root. */
  readonly located: readonly Located[];
  /** The number of segments found; equal to the path's length when the whole path exists. */
  readonly found: number;
}

/** The key of a mapping entry as the paths name it (`parseYaml` compares keys the same way). */
export function keyName(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

/**
 * Follows `path` from the root. It stops where the document ends (a missing key or item) and
 * refuses to go through an alias, since a change there would change the anchored value too.
 */
export function walkPath(source: YamlSource, path: readonly PathSegment[]): Walk | Failure {
  const located: Located[] = [{ node: source.document.contents, slot: { kind: 'root' } }];
  for (let depth = 0; depth < path.length; depth += 1) {
    const segment = path[depth] as PathSegment;
    const node = located[depth]?.node;
    if (isAlias(node)) {
      return {
        message: `${describePath(path.slice(0, depth))} is an alias (*${node.source}); edit its anchor instead`,
      };
    }
    let next: Located | undefined;
    if (isMap(node)) {
      const index = node.items.findIndex((pair) => keyName(pair) === String(segment));
      const pair = node.items[index];
      if (pair) next = { node: pair.value, slot: { kind: 'pair', map: node, pair, index } };
    } else if (isSeq(node)) {
      if (typeof segment !== 'number') {
        return {
          message: `${describePath(path.slice(0, depth))} is a list; "${segment}" is not an index`,
        };
      }
      if (segment in node.items) {
        next = { node: node.items[segment], slot: { kind: 'item', seq: node, index: segment } };
      }
    }
    if (!next) return { located, found: depth };
    located.push(next);
  }
  return { located, found: path.length };
}

/** How messages name a place: `schema[0].properties`, or "The document" for the root. */
export function describePath(path: readonly PathSegment[]): string {
  return path.length ? `\`${formatPath(path)}\`` : 'The document';
}

/**
 * The anchors that some alias repeats. Editing an anchored value would change every alias of it
 * as well, which a form that shows one place cannot show, so such edits are refused.
 */
export function aliasedAnchors(source: YamlSource): Set<string> {
  const anchors = new Set<string>();
  visit(source.document, {
    Alias(_, alias) {
      anchors.add(alias.source);
    },
  });
  return anchors;
}

/** The first node on the way that an alias elsewhere repeats, described for a message. */
export function findSharedNode(
  source: YamlSource,
  located: readonly Located[],
  path: readonly PathSegment[],
): Failure | undefined {
  const anchors = aliasedAnchors(source);
  if (!anchors.size) return undefined;
  for (let depth = 0; depth < located.length; depth += 1) {
    const node = located[depth]?.node;
    const anchor =
      typeof node === 'object' && node !== null && 'anchor' in node ? node.anchor : undefined;
    if (typeof anchor === 'string' && anchors.has(anchor)) {
      return {
        message: `${describePath(path.slice(0, depth))} is anchored as &${anchor} and repeated by *${anchor}; an edit here would change both, so edit the text instead`,
      };
    }
  }
  return undefined;
}
