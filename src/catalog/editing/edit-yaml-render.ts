import type { Node as YamlNode } from 'yaml';
import { Document, isScalar, Pair, parseDocument, Scalar, visit, YAMLMap, YAMLSeq } from 'yaml';

/** A value a form can write: what JSON can hold. */
export type YamlValue =
  string | number | boolean | null | YamlValue[] | { [key: string]: YamlValue };

/** How the text around an edit is laid out, so that new lines look like their neighbours. */
export interface Layout {
  /** Spaces per level of nesting. */
  readonly indent: number;
  /** Whether a list under a key is indented (`key:\n  - a`) or not (`key:\n- a`). */
  readonly indentSeq: boolean;
  /** Whether strings that need quotes get single quotes (the text mostly uses them). */
  readonly singleQuote: boolean;
  /**
   * Whether multi-line strings must be quoted rather than written as `|` blocks: a block would
   * take in the whitespace-only lines that follow it in the text as lines of its own.
   */
  readonly quoteMultiline?: boolean;
}

/**
 * A value rendered for a place in block context: `head` goes on the line of its key or dash,
 * `body` lines follow, indented relative to the column of that key or dash (empty lines stay
 * empty, so block scalars keep their blank lines without trailing spaces).
 */
export interface RenderedValue {
  readonly head: string;
  readonly body: readonly string[];
}

type StringType = Scalar.Type;
type Context = 'block' | 'flow' | 'key';

/**
 * Whether a YAML 1.1 reader (PyYAML, older tools) reads the plain text as this same string. The
 * core schema reads `yes`, `on` or `2024-01-01` as strings, but a text that other tools read too
 * is safer with those new values quoted.
 */
function readsAsSameStringIn11(value: string): boolean {
  const document = parseDocument(value, { schema: 'yaml-1.1' });
  return (
    !document.errors.length && isScalar(document.contents) && document.contents.value === value
  );
}

/**
 * The style of a new string scalar. The style the author chose for the value being replaced is
 * kept when it can hold the new text; multi-line text becomes a literal block (`|`) where blocks
 * are allowed, since that is how a Markdown description reads best.
 */
function chooseStringType(
  value: string,
  context: Context,
  layout: Layout,
  keep: StringType | undefined,
): StringType {
  const quote: StringType = layout.singleQuote ? 'QUOTE_SINGLE' : 'QUOTE_DOUBLE';
  if (value.includes('\n')) {
    if (context !== 'block' || layout.quoteMultiline) return 'QUOTE_DOUBLE';
    return keep === 'BLOCK_FOLDED' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
  }
  if (keep === 'QUOTE_DOUBLE' || keep === 'QUOTE_SINGLE') return keep;
  // An empty block (`|` and nothing under it) reads as `''`, but hardly looks like it.
  const block = keep === 'BLOCK_LITERAL' || keep === 'BLOCK_FOLDED';
  if (block && context === 'block' && !layout.quoteMultiline && value !== '') return keep;
  // A plain value stays plain only while the new text still reads as itself, in 1.1 too.
  return readsAsSameStringIn11(value) ? 'PLAIN' : quote;
}

/**
 * Builds the node of a new value with each string's style chosen as above; `keep` applies to
 * the value itself, not to what it contains.
 */
function createValueNode(
  document: Document,
  value: YamlValue,
  context: 'block' | 'flow',
  layout: Layout,
  keep: StringType | undefined,
): YamlNode {
  const node = document.createNode(value) as YamlNode;
  if (isScalar(node) && typeof node.value === 'string') {
    node.type = chooseStringType(node.value, context, layout, keep);
    return node;
  }
  visit(node, {
    Scalar(key, scalar) {
      if (typeof scalar.value !== 'string') return;
      scalar.type = chooseStringType(
        scalar.value,
        key === 'key' ? 'key' : context,
        layout,
        undefined,
      );
    },
    // An empty collection has no lines of its own: `{}` and `[]` stay beside their key.
    Map(_, map) {
      map.flow = context === 'flow' || map.items.length === 0;
    },
    Seq(_, seq) {
      seq.flow = context === 'flow' || seq.items.length === 0;
    },
  });
  return node;
}

function stringifyOptions(layout: Layout, flow: boolean, padded: boolean) {
  return {
    indent: layout.indent,
    indentSeq: layout.indentSeq,
    // `false` would turn the single quotes kept from the old value into double ones; `null`
    // keeps each scalar's quotes and lets `yaml` choose for the others.
    singleQuote: layout.singleQuote ? true : null,
    // Folding long lines would change lines the author wrote as one; a flow value must also
    // stay on its line.
    lineWidth: flow ? 1_000_000 : 0,
    minContentWidth: 0,
    flowCollectionPadding: padded,
  };
}

function outputLines(document: Document, layout: Layout, flow: boolean, padded = false): string[] {
  const lines = document.toString(stringifyOptions(layout, flow, padded)).split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** The value as it goes after `key:`, rendered by `yaml` as the value of a one-entry mapping. */
export function renderEntryValue(
  value: YamlValue,
  layout: Layout,
  keep?: StringType,
): RenderedValue {
  const document = new Document(null, { schema: 'core' });
  const map = new YAMLMap();
  map.items.push(
    new Pair(new Scalar('k'), createValueNode(document, value, 'block', layout, keep)),
  );
  document.contents = map;
  const [first = 'k:', ...body] = outputLines(document, layout, false);
  return { head: first.slice('k:'.length).trimStart(), body };
}

/** The value as it goes after a sequence's `-`, rendered as the item of a one-item list. */
export function renderItemValue(
  value: YamlValue,
  layout: Layout,
  keep?: StringType,
): RenderedValue {
  const document = new Document(null, { schema: 'core' });
  const seq = new YAMLSeq();
  seq.items.push(createValueNode(document, value, 'block', layout, keep));
  document.contents = seq;
  const [first = '-', ...body] = outputLines(document, layout, false);
  return { head: first.slice('-'.length).trimStart(), body };
}

/**
 * The value on one line, as it goes inside `[...]` or `{...}` or after a key in a flow map;
 * `padded` writes its own brackets as `[ a, b ]`, as the author wrote the collection it replaces.
 */
export function renderFlowValue(
  value: YamlValue,
  layout: Layout,
  keep?: StringType,
  padded = false,
): string {
  const document = new Document(null, { schema: 'core' });
  const seq = new YAMLSeq();
  seq.flow = true;
  seq.items.push(createValueNode(document, value, 'flow', layout, keep));
  document.contents = seq;
  const line = outputLines(document, layout, true, padded).join(' ');
  return padded ? line.slice(1, -1).trim() : line.slice(1, -1);
}

/**
 * A key as written before its `:`, quoted when needed; undefined when YAML would need an explicit
 * (`? key`) entry for it, which a form has no reason to create.
 */
export function renderKey(key: string, layout: Layout): string | undefined {
  const document = new Document(null, { schema: 'core' });
  const map = new YAMLMap();
  const keyNode = new Scalar(key);
  keyNode.type = chooseStringType(key, 'key', layout, undefined);
  map.items.push(new Pair(keyNode, new Scalar(null)));
  document.contents = map;
  const lines = outputLines(document, layout, true);
  const line = lines[0];
  if (lines.length !== 1 || !line?.endsWith(': null') || line.startsWith('?')) return undefined;
  return line.slice(0, -': null'.length);
}
