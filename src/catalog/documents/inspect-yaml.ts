import type { Document, Node as YamlNode, Scalar } from 'yaml';
import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { DocumentIssue, PathSegment } from './document-issue';
import { formatPath } from './document-issue';
import { documentLimits } from './document-limits';
import { describeUnstorableText } from './unstorable-text';

/** A key given twice: reported, but the rest of the document can still be checked. */
export const duplicateKeyMessage =
  'Duplicate key: a key may appear only once in a mapping (the later value would silently replace the earlier one)';

/** The tags of the YAML 1.2 core schema; others are read as plain values, which may surprise. */
const coreTags = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`),
);

type Frame =
  | {
      kind: 'enter';
      node: unknown;
      segment: PathSegment | null;
      depth: number;
      /** The key a value belongs to: a tag written after it is on the key's line. */
      key?: unknown;
    }
  | { kind: 'exit'; node: unknown };

interface Inspection {
  issues: DocumentIssue[];
}

/**
 * One pass over a parsed document, in text order, that finds what the parser lets through:
 * duplicate keys, nesting beyond the limit, more aliases than allowed or aliases that expand
 * into far more than was written (the "billion laughs"), an alias inside its own anchor, text
 * PostgreSQL cannot store (NUL, lone surrogates) and values JSON cannot represent (`.inf`,
 * `.nan`, integers beyond 2^53, tags outside the core schema). Iterative, so deep nesting cannot
 * overflow the stack, and linear in the number of nodes.
 */
export function inspectYaml(
  document: Document.Parsed,
  lineAt: (offset: number) => number,
): Inspection {
  const issues: DocumentIssue[] = [];
  const path: PathSegment[] = [];
  const lineOf = (node: unknown) => {
    const range = (node as YamlNode | null)?.range;
    return range ? lineAt(range[0]) : undefined;
  };
  const report = (
    segments: readonly PathSegment[],
    node: unknown,
    message: string,
    severity: DocumentIssue['severity'],
  ) => {
    const line = lineOf(node);
    issues.push({
      path: formatPath(segments),
      ...(line === undefined ? {} : { line }),
      message,
      severity,
    });
  };

  const anchors = new Map<string, unknown>();
  const open = new Set<unknown>();
  /** Nodes each subtree stands for once its aliases are expanded. */
  const sizes = new Map<unknown, number>();
  /** Characters of text each subtree stands for once expanded: one alias of a long text counts. */
  const texts = new Map<unknown, number>();
  let ownText = 0;
  const aliasNodes = new Map<string, { count: number; node: unknown }>();
  let aliasCount = 0;
  let nodeCount = 0;
  let stop = false;

  const stack: Frame[] = [{ kind: 'enter', node: document.contents, segment: null, depth: 0 }];
  while (stack.length && !stop) {
    const frame = stack.pop() as Frame;
    if (frame.kind === 'exit') {
      open.delete(frame.node);
      const children = childrenOf(frame.node);
      sizes.set(
        frame.node,
        1 + children.reduce<number>((sum, child) => sum + (sizes.get(child) ?? 0), 0),
      );
      const own = textLength(frame.node);
      ownText += own;
      texts.set(
        frame.node,
        own + children.reduce<number>((sum, child) => sum + (texts.get(child) ?? 0), 0),
      );
      path.pop();
      continue;
    }
    const { node, segment, depth, key } = frame;
    if (segment !== null) path.push(segment);
    nodeCount += 1;

    if (depth > documentLimits.nestingDepth) {
      report(
        path,
        node,
        `Nested more than ${documentLimits.nestingDepth} levels deep; flatten the document`,
        'error',
      );
      stop = true;
      break;
    }
    const anchor = (node as { anchor?: string } | null)?.anchor;
    if (anchor) anchors.set(anchor, node);

    if (isAlias(node)) {
      aliasCount += 1;
      const target = anchors.get(node.source);
      if (aliasCount > documentLimits.aliases) {
        report(
          path,
          node,
          `More than ${documentLimits.aliases} aliases (*name): write the values out, or reuse fewer of them`,
          'error',
        );
        stop = true;
      } else if (target === undefined) {
        report(
          path,
          node,
          `The alias *${node.source} has no anchor &${node.source} before it`,
          'error',
        );
      } else if (open.has(target)) {
        report(
          path,
          node,
          `The alias *${node.source} is inside its own anchor &${node.source}, which would make the value endless`,
          'error',
        );
      } else {
        const size = sizes.get(target) ?? 1;
        sizes.set(node, size);
        texts.set(node, texts.get(target) ?? 0);
        const entry = aliasNodes.get(node.source) ?? { count: 0, node: target };
        entry.count += size;
        aliasNodes.set(node.source, entry);
      }
      if (segment !== null) path.pop();
      continue;
    }

    checkScalar(node, path, report);
    if (isMap(node)) findDuplicateKeys(node.items, path, report);
    if (node && typeof node === 'object' && 'tag' in node) {
      const tag = (node as { tag?: string }).tag;
      if (tag && !coreTags.has(tag)) {
        report(
          path,
          key ?? node,
          `The tag ${tag.replace('tag:yaml.org,2002:', '!!')} is not part of YAML's core schema: it is read as a plain ${isMap(node) ? 'mapping' : isSeq(node) ? 'list' : 'value'} and other tools may read it differently`,
          'warning',
        );
      }
    }

    open.add(node);
    stack.push({ kind: 'exit', node });
    const children = childEntries(node);
    for (let index = children.length - 1; index >= 0; index -= 1) {
      const [childSegment, child, childKey] = children[index] as ChildEntry;
      stack.push({
        kind: 'enter',
        node: child,
        segment: childSegment,
        depth: depth + 1,
        key: childKey,
      });
    }
  }

  if (!stop) {
    const expanded = sizes.get(document.contents) ?? nodeCount;
    const added = expanded - nodeCount;
    if (added > documentLimits.aliasExpansionNodes) {
      const [name, worst] = [...aliasNodes].sort((a, b) => b[1].count - a[1].count)[0] ?? [];
      if (name && worst) {
        issues.push({
          path: '',
          ...(lineOf(worst.node) === undefined ? {} : { line: lineOf(worst.node) }),
          message: `The aliases of &${name} expand the document by ${formatCount(worst.count)} values; aliases may add at most ${formatCount(documentLimits.aliasExpansionNodes)} values in all, so write the repeated part fewer times`,
          severity: 'error',
        });
      }
    } else {
      const addedText = (texts.get(document.contents) ?? ownText) - ownText;
      if (addedText > documentLimits.aliasExpansionText) {
        const [name, worst] = [...aliasNodes][0] ?? [];
        issues.push({
          path: '',
          ...(worst && lineOf(worst.node) !== undefined ? { line: lineOf(worst.node) } : {}),
          message: `Aliases${name ? ` such as *${name}` : ''} repeat ${formatCount(addedText)} characters of text; they may add at most ${formatCount(documentLimits.aliasExpansionText)} in all, so write the repeated text fewer times`,
          severity: 'error',
        });
      }
    }
  }
  return { issues };
}

/** The characters of a scalar's text (a key or a value); collections have none of their own. */
function textLength(node: unknown): number {
  if (!isScalar(node)) return 0;
  const value = node.value;
  return typeof value === 'string' ? value.length : 0;
}

function formatCount(count: number): string {
  return count > 1e15 ? 'more than 10^15' : Math.round(count).toLocaleString('en');
}

function childrenOf(node: unknown): unknown[] {
  return childEntries(node).map(([, child]) => child);
}

type ChildEntry = [segment: PathSegment, child: unknown, key?: unknown];

/** A mapping's keys and values, or a list's items, with the path segment of each. */
function childEntries(node: unknown): ChildEntry[] {
  if (isMap(node)) {
    const entries: ChildEntry[] = [];
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const segment = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (pair.key) entries.push([segment, pair.key]);
      if (pair.value) entries.push([segment, pair.value, pair.key]);
    }
    return entries;
  }
  if (isSeq(node)) {
    return node.items.flatMap((item, index): ChildEntry[] => (item ? [[index, item]] : []));
  }
  return [];
}

type Report = (
  segments: readonly PathSegment[],
  node: unknown,
  message: string,
  severity: DocumentIssue['severity'],
) => void;

function checkScalar(node: unknown, path: readonly PathSegment[], report: Report) {
  if (!isScalar(node)) return;
  const { value } = node as Scalar;
  if (typeof value === 'string') {
    const problem = describeUnstorableText(value);
    if (problem) report(path, node, problem, 'error');
  } else if (typeof value === 'number') {
    const source = (node as Scalar).source ?? String(value);
    if (!Number.isFinite(value)) {
      report(
        path,
        node,
        `${source} has no JSON equivalent and is read as null; quote it ("${source}") to keep it as text`,
        'warning',
      );
    } else if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
      report(
        path,
        node,
        `${source} is too large to be kept exactly and is read as ${String(value)}; quote it ("${source}") to keep every digit`,
        'warning',
      );
    }
  }
}

function findDuplicateKeys(
  items: readonly unknown[],
  path: readonly PathSegment[],
  report: Report,
) {
  const seen = new Set<string>();
  for (const pair of items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const value = (pair.key as Scalar).value;
    const key = `${typeof value}:${String(value)}`;
    if (seen.has(key)) {
      report([...path, String(value)], pair.key, duplicateKeyMessage, 'error');
    }
    seen.add(key);
  }
}
