import type { YAMLMap } from 'yaml';
import { isMap, isScalar, isSeq, visit } from 'yaml';
import type { Layout } from './edit-yaml-render';
import type { YamlSource } from './edit-yaml-source';
import { columnOf, hasRange } from './edit-yaml-source';

interface ListUnderKey {
  readonly map: YAMLMap;
  readonly keyColumn: number;
  readonly indented: boolean;
}

/**
 * Reads how the author lays out the text: the indentation step of nested mappings, whether lists
 * under a key are indented, and which quotes they use. Lists are judged by their neighbours
 * first (ODPS examples put top-level lists flush with their key and nested ones indented), then
 * by the lists at the same depth, then by any list; YAML's usual style when there is none.
 */
export function detectLayout(source: YamlSource, near?: YAMLMap): Layout {
  let indent: number | undefined;
  const lists: ListUnderKey[] = [];
  let single = 0;
  let double = 0;
  visit(source.document, {
    Pair(_, pair, path) {
      const map = path.at(-1);
      if (!isMap(map) || map.flow || !hasRange(pair.key)) return;
      const keyColumn = columnOf(source, pair.key.range[0]);
      const value = pair.value;
      if (indent === undefined && isMap(value) && !value.flow && hasRange(value)) {
        const step = columnOf(source, value.range[0]) - keyColumn;
        if (step > 0) indent = step;
      }
      if (isSeq(value) && !value.flow && hasRange(value)) {
        lists.push({ map, keyColumn, indented: columnOf(source, value.range[0]) > keyColumn });
      }
    },
    Scalar(key, scalar) {
      if (key === 'key') return;
      if (scalar.type === 'QUOTE_SINGLE') single += 1;
      else if (scalar.type === 'QUOTE_DOUBLE') double += 1;
    },
  });
  const nearColumn =
    near && !near.flow && isScalar(near.items[0]?.key) && hasRange(near.items[0].key)
      ? columnOf(source, near.items[0].key.range[0])
      : undefined;
  const neighbour =
    lists.find((list) => list.map === near) ??
    lists.find((list) => list.keyColumn === nearColumn) ??
    lists[0];
  return {
    indent: indent ?? 2,
    indentSeq: neighbour?.indented ?? true,
    singleQuote: single > double,
  };
}
