import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import type { DocumentIssue, PathSegment } from './document-issue';
import { formatPath } from './document-issue';

export interface ParsedYaml {
  /** The plain JavaScript value, or `undefined` when the text could not be parsed. */
  value: unknown;
  issues: DocumentIssue[];
  /** Line (1-based) of the node at `path`, or of its nearest ancestor that exists. */
  lineOf(path: readonly PathSegment[]): number | undefined;
}

/**
 * Parses YAML (or JSON, which YAML 1.2 contains) with the 1.2 core schema, so unquoted dates
 * stay strings as both standards expect, and duplicate keys are errors rather than a silent
 * last-one-wins.
 */
export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: false,
    lineCounter,
  });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;

  const issues: DocumentIssue[] = document.errors.map((error) => {
    const offset = error.pos[0];
    return {
      path: formatPath(pathAtOffset(document.contents, offset)),
      line: lineAt(offset),
      message: describeYamlError(error.code, error.message),
      severity: 'error',
    };
  });
  for (const warning of document.warnings) {
    issues.push({
      path: formatPath(pathAtOffset(document.contents, warning.pos[0])),
      line: lineAt(warning.pos[0]),
      message: firstLine(warning.message),
      severity: 'warning',
    });
  }

  const lineOf = (path: readonly PathSegment[]) => {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node: unknown = document.getIn(path.slice(0, depth), true);
      const range = isNodeWithRange(node) ? node.range : undefined;
      if (range) return lineAt(range[0]);
    }
    return undefined;
  };

  if (issues.some((issue) => issue.severity === 'error')) {
    return { value: undefined, issues, lineOf };
  }
  return { value: document.toJS({ maxAliasCount: 100 }) as unknown, issues, lineOf };
}

function describeYamlError(code: string, message: string): string {
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

/** Finds the path of the deepest node whose text contains `offset`, to name where an error is. */
function pathAtOffset(root: unknown, offset: number): PathSegment[] {
  const path: PathSegment[] = [];
  let node: unknown = root;
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((item) => {
        const start = isNodeWithRange(item.key) ? item.key.range[0] : undefined;
        const end = isNodeWithRange(item.value) ? item.value.range[2] : undefined;
        return start !== undefined && offset >= start && (end === undefined || offset < end);
      });
      if (!pair || !isPair(pair)) return path;
      path.push(isScalar(pair.key) ? String(pair.key.value) : String(pair.key));
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex(
        (item) => isNodeWithRange(item) && offset >= item.range[0] && offset < item.range[2],
      );
      if (index < 0) return path;
      path.push(index);
      node = node.items[index];
    } else {
      return path;
    }
  }
}
