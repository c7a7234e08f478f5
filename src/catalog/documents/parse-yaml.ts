import type { Document, Node as YamlNode, Pair, YAMLMap, YAMLSeq } from 'yaml';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { DocumentIssue, PathSegment } from './document-issue';
import { formatPath } from './document-issue';
import { documentLimits } from './document-limits';
import { duplicateKeyMessage, inspectYaml } from './inspect-yaml';
import {
  describeUnderIndentedQuote,
  findUnderIndentedQuotes,
  indentContinuations,
} from './yaml-quoted-continuations';

export interface ParsedYaml {
  /** The plain JavaScript value, or `undefined` when the text could not be parsed. */
  value: unknown;
  issues: DocumentIssue[];
  /** Line (1-based) of the node at `path`, or of its nearest ancestor that exists. */
  lineOf(path: readonly PathSegment[]): number | undefined;
}

type ParsedDocument = Document.Parsed;

function parse(text: string) {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {
    schema: 'core',
    // Duplicate keys are found by `inspectYaml` in one pass; the parser's own check compares
    // every key with every other, which takes seconds on a mapping of 20,000 keys.
    uniqueKeys: false,
    prettyErrors: false,
    lineCounter,
  });
  return { document, lineAt: (offset: number) => lineCounter.linePos(offset).line };
}

/**
 * Parses YAML (or JSON, which YAML 1.2 contains) with the 1.2 core schema, so unquoted dates
 * stay strings as both standards expect. Duplicate keys, aliases that expand a small text into a
 * huge value, text PostgreSQL cannot store and values JSON cannot represent are reported with
 * their path and line. Every step is linear in the size of the text, so a hostile document
 * costs no more than an honest one of the same size.
 */
export function parseYaml(text: string): ParsedYaml {
  const nul = text.indexOf('\u0000');
  let { document, lineAt } = parse(text);
  const issues: DocumentIssue[] = [];
  if (nul >= 0) {
    issues.push({
      path: '',
      line: lineAt(nul),
      message: 'The text contains a NUL character (U+0000), which cannot be stored; remove it',
      severity: 'error',
    });
  }

  if (document.errors.some((error) => /closing ['"]?quote/i.test(error.message))) {
    // Report each under-indented quoted value once, then read the rest of the text as if they
    // were indented, so that what is left are the document's other, real problems.
    const quotes = findUnderIndentedQuotes(text);
    if (quotes.length) {
      const repaired = parse(indentContinuations(text, quotes));
      for (const quote of quotes) {
        issues.push({
          path: formatPath(pathAtLine(repaired.document, repaired.lineAt, quote.keyLine)),
          line: quote.lines[0] ?? quote.keyLine,
          message: describeUnderIndentedQuote(quote),
          severity: 'error',
        });
      }
      ({ document, lineAt } = repaired);
    }
  }

  const errorLimit = documentLimits.reportedProblems;
  document.errors.forEach((error, index) => {
    const offset = error.pos[0];
    issues.push({
      // Naming the path costs a descent per error: the first ones are enough to act on.
      path: index < errorLimit ? formatPath(pathAtOffset(document.contents, offset)) : '',
      line: lineAt(offset),
      message: describeYamlError(error.code, error.message),
      severity: 'error',
    });
  });
  for (const warning of document.warnings.slice(0, errorLimit)) {
    issues.push({
      path: formatPath(pathAtOffset(document.contents, warning.pos[0])),
      line: lineAt(warning.pos[0]),
      message: firstLine(warning.message),
      severity: 'warning',
    });
  }

  const lineOf = createLineLookup(document, lineAt);
  if (issues.some((issue) => issue.severity === 'error')) {
    return { value: undefined, issues, lineOf };
  }
  const inspected = inspectYaml(document, lineAt);
  issues.push(...inspected.issues);
  // A duplicate key leaves a readable document (the later value wins), so what else is wrong
  // with it can still be found and shown at once; anything else stops here.
  if (
    inspected.issues.some(
      (issue) => issue.severity === 'error' && issue.message !== duplicateKeyMessage,
    )
  ) {
    return { value: undefined, issues, lineOf };
  }
  // Aliases are bounded above, so the parser's own alias count (which refuses some honest
  // documents and lets some hostile ones through) is not needed.
  return { value: document.toJS({ maxAliasCount: -1 }) as unknown, issues, lineOf };
}

function describeYamlError(code: string, message: string): string {
  if (/Maximum call stack size exceeded/.test(message)) {
    return `The document nests too deeply to be read; keep it under ${documentLimits.nestingDepth} levels`;
  }
  if (code === 'DUPLICATE_KEY') {
    return 'Duplicate key: a key may appear only once in a mapping (the later value would silently replace the earlier one)';
  }
  return firstLine(message);
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
}

function isNodeWithRange(node: unknown): node is YamlNode & { range: [number, number, number] } {
  return typeof node === 'object' && node !== null && 'range' in node && Array.isArray(node.range);
}

function startOf(node: unknown): number | undefined {
  return isNodeWithRange(node) ? node.range[0] : undefined;
}

/**
 * A lookup of lines by path that indexes each mapping's keys the first time a path goes through
 * it, so finding the lines of thousands of problems stays linear in the document's size.
 */
function createLineLookup(
  document: ParsedDocument,
  lineAt: (offset: number) => number,
): (path: readonly PathSegment[]) => number | undefined {
  const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();
  const indexOf = (map: YAMLMap) => {
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        if (!index.has(key)) index.set(key, pair as Pair);
      }
      indexes.set(map, index);
    }
    return index;
  };
  return (path) => {
    let node: unknown = document.contents;
    let line = startOf(node) === undefined ? undefined : lineAt(startOf(node) as number);
    for (const segment of path) {
      let next: unknown;
      if (isMap(node)) {
        const pair = indexOf(node).get(String(segment));
        if (!pair) break;
        // The key's line: where a reader looks for `outputPorts`, even when its items follow.
        const at = startOf(pair.key) ?? startOf(pair.value);
        if (at !== undefined) line = lineAt(at);
        next = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        next = (node as YAMLSeq).items[segment];
        const at = startOf(next);
        if (at === undefined) break;
        line = lineAt(at);
      } else {
        // A scalar or an alias: the problem is inside what it stands for, written here.
        break;
      }
      node = next;
    }
    return line;
  };
}

/** The path of the node that starts the given line, for messages that begin with a line. */
function pathAtLine(
  document: ParsedDocument,
  lineAt: (offset: number) => number,
  line: number,
): PathSegment[] {
  const path: PathSegment[] = [];
  let node: unknown = document.contents;
  for (let depth = 0; depth < documentLimits.nestingDepth; depth += 1) {
    const children: [PathSegment, unknown, number | undefined][] = isMap(node)
      ? node.items.map((pair) => [
          isScalar(pair.key) ? String(pair.key.value) : String(pair.key),
          pair.value,
          startOf(pair.key),
        ])
      : isSeq(node)
        ? node.items.map((item, index) => [index, item, startOf(item)])
        : [];
    let chosen: [PathSegment, unknown] | undefined;
    for (const [segment, child, start] of children) {
      if (start === undefined || lineAt(start) > line) break;
      chosen = [segment, child];
    }
    if (!chosen) return path;
    path.push(chosen[0]);
    node = chosen[1];
    if (isAlias(node)) return path;
  }
  return path;
}

/** The index of the last item starting at or before `offset`, by binary search. */
function lastStartingBefore(starts: readonly (number | undefined)[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = starts[middle];
    if (start !== undefined && start <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** Finds the path of the deepest node whose text contains `offset`, to name where an error is. */
function pathAtOffset(root: unknown, offset: number): PathSegment[] {
  const path: PathSegment[] = [];
  let node: unknown = root;
  for (let depth = 0; depth < documentLimits.nestingDepth; depth += 1) {
    if (isMap(node)) {
      const index = lastStartingBefore(
        node.items.map((item) => startOf(item.key)),
        offset,
      );
      const pair = node.items[index];
      if (!pair) return path;
      const end = isNodeWithRange(pair.value) ? pair.value.range[2] : undefined;
      if (end !== undefined && offset >= end) return path;
      path.push(isScalar(pair.key) ? String(pair.key.value) : String(pair.key));
      node = pair.value;
    } else if (isSeq(node)) {
      const index = lastStartingBefore(
        node.items.map((item) => startOf(item)),
        offset,
      );
      const item = node.items[index];
      if (!isNodeWithRange(item) || offset >= item.range[2]) return path;
      path.push(index);
      node = item;
    } else {
      return path;
    }
  }
  return path;
}
