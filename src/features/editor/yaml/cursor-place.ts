import { isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { PlaceStep, Siblings } from '@/catalog/documents/schema-fields';

/**
 * Where the cursor is in a half-typed YAML text, for completion and hover from the standard's
 * schema (`src/catalog/documents/schema-fields.ts`).
 */
const sentinel = '__meshport_cursor__';

/** The text with line `lineIndex` replaced by a key of ours at its indentation and list markers. */
function probe(lines: readonly string[], lineIndex: number, column: number) {
  const line = lines[lineIndex] ?? '';
  const prefix =
    line.trim() === '' ? ' '.repeat(column) : (/^(\s*(?:-\s+)*)/.exec(line)?.[1] ?? '');
  const text = [
    ...lines.slice(0, lineIndex),
    `${prefix}${sentinel}: x`,
    ...lines.slice(lineIndex + 1),
  ];
  return parseDocument(text.join('\n'), { schema: 'core', uniqueKeys: false });
}

/**
 * Where a line of a text sits in its document, as the keys and list items that lead to it:
 * `["schema", "-", "properties", "-"]` for a column's field. The text is usually half-typed, so
 * the line is replaced by a key of our own at the same indentation (keeping its list markers),
 * and the tolerant parser says where that key landed. `column` is where the cursor is.
 */
export function placeOfLine(lines: readonly string[], lineIndex: number, column = 0): PlaceStep[] {
  const document = probe(lines, lineIndex, column);
  let found: PlaceStep[] | undefined;
  visit(document, {
    Pair(_key, pair, path) {
      if (!isScalar(pair.key) || pair.key.value !== sentinel) return undefined;
      const steps: PlaceStep[] = [];
      for (const [index, node] of path.entries()) {
        if (isSeq(node)) steps.push('-');
        else if (isPair(node) && isScalar(node.key) && index < path.length)
          steps.push(String(node.key.value));
      }
      found = steps;
      return visit.BREAK;
    },
  });
  return found ?? [];
}

/** What is already written in the mapping of line `lineIndex`: completion offers the other keys. */
export function siblingValues(lines: readonly string[], lineIndex: number, column = 0): Siblings {
  const document = probe(lines, lineIndex, column);
  const values: Siblings = {};
  visit(document, {
    Map(_key, map) {
      if (!map.items.some((pair) => isScalar(pair.key) && pair.key.value === sentinel))
        return undefined;
      for (const pair of map.items) {
        if (isScalar(pair.key) && pair.key.value !== sentinel)
          values[String(pair.key.value)] = isScalar(pair.value) ? pair.value.value : true;
      }
      return visit.BREAK;
    },
  });
  return values;
}
