import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from 'yaml';
import { isMap, isSeq, Lexer, LineCounter, parse, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { PathSegment } from '../documents/document-issue';
import { formatPath } from '../documents/document-issue';
import { parseYaml } from '../documents/parse-yaml';
import type { YamlValue } from './edit-yaml';
import {
  applyEdit,
  applyEdits,
  deleteKey,
  insertItem,
  moveItem,
  removeItem,
  setValue,
} from './edit-yaml';

const fixtures = join(import.meta.dirname, '../../../../shared/fixtures');
const odcs = readFileSync(join(fixtures, 'odcs/all--full-example.odcs.yaml'), 'utf8');
const odps = readFileSync(join(fixtures, 'odps/customer-data-product.odps.yaml'), 'utf8');

type Result = { ok: true; text: string } | { ok: false; message: string };

/** The edited text; fails the test with the module's message when the edit was refused. */
function edited(result: Result): string {
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result.text;
}

function refused(result: Result): string {
  if (result.ok) throw new Error(`expected a refusal, got:\n${result.text}`);
  return result.message;
}

/** The value a text reads as, failing when it does not read. */
function valueOf(text: string): unknown {
  const parsed = parseYaml(text);
  const errors = parsed.issues.filter((issue) => issue.severity === 'error');
  expect(errors).toEqual([]);
  return parsed.value;
}

/** A change of lines: the lines of `before` (1-based) replaced, and the lines put instead. */
interface LineChange {
  readonly removed: number[];
  readonly added: string[];
}

function changeAt(old: readonly string[], now: readonly string[], head: number): LineChange {
  let tail = 0;
  while (
    tail < old.length - head &&
    tail < now.length - head &&
    old[old.length - 1 - tail] === now[now.length - 1 - tail]
  ) {
    tail += 1;
  }
  const removed: number[] = [];
  for (let line = head; line < old.length - tail; line += 1) removed.push(line + 1);
  return { removed, added: now.slice(head, now.length - tail) };
}

/**
 * What changed between two texts, line by line, found by trimming the common lines at both
 * ends. Anything changed outside the edited value widens the range, so asserting the range
 * asserts that nothing else moved.
 */
function lineDiff(before: string, after: string): LineChange {
  const old = before.split('\n');
  const now = after.split('\n');
  let head = 0;
  while (head < old.length && head < now.length && old[head] === now[head]) head += 1;
  return changeAt(old, now, head);
}

/**
 * Every way of reading the change as one range of lines replaced. Removing an item whose first
 * line equals the next item's first line reads as removing the lines one further down, too.
 */
function lineDiffs(before: string, after: string): LineChange[] {
  const old = before.split('\n');
  const now = after.split('\n');
  let head = 0;
  while (head < old.length && head < now.length && old[head] === now[head]) head += 1;
  const all: LineChange[] = [];
  for (let at = head; at >= Math.max(0, head - 20); at -= 1) all.push(changeAt(old, now, at));
  return all;
}

/** Whether the change replaces lines inside `first`..`last` only, with at most `added` lines. */
function expectChangeWithin(
  before: string,
  after: string,
  span: { first: number; last: number },
  added: number,
  where: string,
): LineChange {
  const fits = lineDiffs(before, after).find(
    (change) =>
      change.added.length <= added &&
      change.removed.every((line) => line >= span.first && line <= span.last),
  );
  expect(
    fits,
    `${where}: ${JSON.stringify(lineDiff(before, after))} not in ${JSON.stringify(span)}`,
  ).toBeDefined();
  return fits ?? lineDiff(before, after);
}

/** Every comment of a text, as YAML's own lexer finds them (not `#` inside quotes or blocks). */
function comments(text: string): string[] {
  return [...new Lexer().lex(text)].filter((token) => token.startsWith('#'));
}

/** Comments on lines outside `removed` (1-based line numbers of `text`). */
function commentsOutside(text: string, removed: readonly number[]): string[] {
  const gone = new Set(removed);
  const kept = text
    .split('\n')
    .map((line, index) => (gone.has(index + 1) ? '' : line))
    .join('\n');
  return comments(kept);
}

/** Whether every item of `part` is in `whole`, as many times as in `part`. */
function expectContainsAll(whole: readonly string[], part: readonly string[]): void {
  const counts = new Map<string, number>();
  for (const item of whole) counts.set(item, (counts.get(item) ?? 0) + 1);
  const missing: string[] = [];
  for (const item of part) {
    const left = counts.get(item) ?? 0;
    if (left === 0) missing.push(item);
    else counts.set(item, left - 1);
  }
  expect(missing).toEqual([]);
}

type Leaf = { path: PathSegment[]; value: unknown };

/** Every path of a plain value, parents before children. */
function allPaths(value: unknown, path: PathSegment[] = []): Leaf[] {
  const found: Leaf[] = [{ path, value }];
  if (Array.isArray(value)) {
    value.forEach((item, index) => found.push(...allPaths(item, [...path, index])));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value))
      found.push(...allPaths(child, [...path, key]));
  }
  return found;
}

function isLeaf(value: unknown): boolean {
  return typeof value !== 'object' || value === null;
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

function parentOf(root: unknown, path: readonly PathSegment[]): Record<string, unknown> {
  let node = root as Record<string, unknown>;
  for (const segment of path.slice(0, -1)) node = node[String(segment)] as Record<string, unknown>;
  return node;
}

function withLeaf(root: unknown, path: readonly PathSegment[], value: unknown): unknown {
  const copy = clone(root);
  parentOf(copy, path)[String(path.at(-1))] = value;
  return copy;
}

function withoutKey(root: unknown, path: readonly PathSegment[]): unknown {
  const copy = clone(root);
  delete parentOf(copy, path)[String(path.at(-1))];
  return copy;
}

/**
 * The lines (1-based) an entry or item occupies in the text, read with `yaml` itself: from its
 * key (or the dash of an item) to the end of its value, widened by the comment and blank lines
 * right around it, which may go with it.
 */
function spansOf(text: string): (path: readonly PathSegment[]) => { first: number; last: number } {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter, keepSourceTokens: true });
  const lines = text.split('\n');
  return (path) => entrySpan(text, lines, document, counter, path);
}

function entrySpan(
  text: string,
  lines: readonly string[],
  document: Document.Parsed,
  counter: LineCounter,
  path: readonly PathSegment[],
): { first: number; last: number } {
  let node: unknown = document.contents;
  let start = 0;
  let end = 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => String((item.key as { value?: unknown }).value) === String(segment),
      );
      const key = pair?.key as { range: number[] };
      const value = pair?.value as { range?: number[] } | null;
      start = key.range[0] ?? 0;
      end = value?.range ? (value.range[1] ?? 0) : (key.range[1] ?? 0);
      node = pair?.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as { range?: number[] } | null;
      const token = node.srcToken;
      const dash =
        token?.type === 'block-seq'
          ? token.items[Number(segment)]?.start.find((part) => part.type === 'seq-item-ind')
          : undefined;
      start = dash?.offset ?? item?.range?.[0] ?? 0;
      end = item?.range?.[1] ?? start;
      node = item;
    }
  }
  while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
  let first = counter.linePos(start).line;
  let last = counter.linePos(end).line;
  const loose = (line: number) => /^\s*(#.*)?$/.test(lines[line - 1] ?? 'x');
  while (first > 1 && loose(first - 1)) first -= 1;
  while (last < lines.length && loose(last + 1)) last += 1;
  return { first, last };
}

const commentedDocuments = [
  ['the ODCS full example', odcs],
  ['the ODPS customer product', odps],
] as const;

describe('editing one field of a commented document', () => {
  it('changes only the line of a column logicalType, and keeps every comment', () => {
    const path = ['schema', 0, 'properties', 1, 'logicalType'];
    const text = edited(setValue(odcs, path, 'integer'));
    const line = parseYaml(odcs).lineOf(path) ?? 0;
    expect(lineDiff(odcs, text)).toEqual({
      removed: [line],
      added: ['        logicalType: integer'],
    });
    expect(valueOf(text)).toEqual(withLeaf(valueOf(odcs), path, 'integer'));
    expect(comments(text)).toEqual(comments(odcs));
  });

  it('keeps the comment on the line of the value it replaces', () => {
    const text = edited(setValue(odcs, ['version'], '1.2.0'));
    expect(lineDiff(odcs, text)).toEqual({
      removed: [4],
      added: ['version: 1.2.0 # Version (follows semantic versioning)'],
    });
    const unit = edited(setValue(odcs, ['slaProperties', 0, 'unit'], 'h'));
    expect(lineDiff(odcs, unit).added).toEqual([
      '    unit: h # d, day, days for days; y, yr, years for years',
    ]);
    // `y` is true to a YAML 1.1 reader, so the new value is quoted.
    const year = edited(setValue(odcs, ['slaProperties', 0, 'unit'], 'y'));
    expect(lineDiff(odcs, year).added).toEqual([
      '    unit: "y" # d, day, days for days; y, yr, years for years',
    ]);
  });

  it('changes description.purpose alone, and writes Markdown as a literal block', () => {
    const one = edited(setValue(odcs, ['description', 'purpose'], 'Sales by seller.'));
    const line = parseYaml(odcs).lineOf(['description', 'purpose']) ?? 0;
    expect(lineDiff(odcs, one)).toEqual({
      removed: [line],
      added: ['  purpose: Sales by seller.'],
    });
    const markdown = 'Sales by seller.\n\n- daily\n- weekly\n';
    const block = edited(setValue(odcs, ['description', 'purpose'], markdown));
    expect(lineDiff(odcs, block)).toEqual({
      removed: [line],
      added: ['  purpose: |', '    Sales by seller.', '', '    - daily', '    - weekly'],
    });
    expect((valueOf(block) as { description: { purpose: string } }).description.purpose).toBe(
      markdown,
    );
    expect(comments(block)).toEqual(comments(odcs));
  });

  it('changes a deeply nested value and a value inside a flow list', () => {
    const path = ['schema', 0, 'properties', 2, 'quality', 0, 'customProperties', 2, 'value'];
    const text = edited(setValue(odcs, path, 'Less than'));
    expect(lineDiff(odcs, text)).toEqual({
      removed: [parseYaml(odcs).lineOf(path) ?? 0],
      added: ['                value: Less than'],
    });
    const tags = edited(setValue(odcs, ['schema', 0, 'tags', 1], 'billing'));
    expect(lineDiff(odcs, tags).added).toEqual(["    tags: [ 'finance', 'billing']"]);
    expect(comments(tags)).toEqual(comments(odcs));
  });

  it('edits an ODPS descriptor the same way', () => {
    const text = edited(
      setValue(odps, ['outputPorts', 1, 'customProperties', 0, 'value'], '2.1.0'),
    );
    expect(lineDiff(odps, text).added).toEqual(['      value: "2.1.0"']);
    expect(lineDiff(odps, text).removed).toHaveLength(1);
    const purpose = edited(setValue(odps, ['description', 'purpose'], 'A customer, everywhere.'));
    expect(lineDiff(odps, purpose)).toEqual({
      removed: [parseYaml(odps).lineOf(['description', 'purpose'])],
      added: ['  purpose: A customer, everywhere.'],
    });
  });
});

describe.each(commentedDocuments)('a sweep over every value of %s', (_, text) => {
  const original = valueOf(text);
  const paths = allPaths(original).filter((entry) => entry.path.length > 0);
  const before = comments(text);
  const entrySpan = spansOf(text);
  /** The value of an edited text, read by `yaml` alone: a second opinion on the module's check. */
  const read = (edited: string): unknown => parse(edited, { schema: 'core' });

  it('sets every scalar alone, on its own line, keeping every comment', { timeout: 60_000 }, () => {
    const failures: string[] = [];
    const lineOf = parseYaml(text).lineOf;
    paths
      .filter((entry) => isLeaf(entry.value))
      .forEach(({ path }, index) => {
        const value = `edited value ${index}`;
        const result = setValue(text, path, value);
        if (!result.ok) {
          failures.push(`${formatPath(path)}: ${result.message}`);
          return;
        }
        const where = formatPath(path);
        expect(read(result.text), where).toEqual(withLeaf(original, path, value));
        const diff = lineDiff(text, result.text);
        expect(diff.removed, where).toEqual([lineOf(path)]);
        expect(diff.added, where).toHaveLength(1);
        expect(comments(result.text), where).toEqual(before);
      });
    expect(failures).toEqual([]);
  });

  /**
   * The lines an entry's removal may touch: its own, or its parent's when it is the only one
   * (the parent is left as `{}` or `[]`), and the next key's line when it is the first key of a
   * list item's mapping (`- name: x` hands the dash to the next key).
   */
  function removableSpan(path: PathSegment[]): { first: number; last: number } {
    const parent = allPaths(original).find(
      (entry) => formatPath(entry.path) === formatPath(path.slice(0, -1)),
    )?.value as object;
    if (Object.keys(parent).length === 1 && path.length > 1) {
      return entrySpan(path.slice(0, -1));
    }
    const span = entrySpan(path);
    const firstOfItem =
      typeof path.at(-1) === 'string' &&
      typeof path.at(-2) === 'number' &&
      Object.keys(parent)[0] === path.at(-1);
    return firstOfItem ? { first: span.first, last: span.last + 1 } : span;
  }

  it('deletes every mapping key, with its lines only', { timeout: 60_000 }, () => {
    const failures: string[] = [];
    for (const { path } of paths.filter((entry) => typeof entry.path.at(-1) === 'string')) {
      const where = formatPath(path);
      const result = deleteKey(text, path);
      if (!result.ok) {
        failures.push(`${where}: ${result.message}`);
        continue;
      }
      expect(read(result.text), where).toEqual(withoutKey(original, path));
      const change = expectChangeWithin(text, result.text, removableSpan(path), 1, where);
      expectContainsAll(comments(result.text), commentsOutside(text, change.removed));
    }
    expect(failures).toEqual([]);
  });

  it('removes every list item, with its lines only', { timeout: 60_000 }, () => {
    const failures: string[] = [];
    for (const { path } of paths.filter((entry) => typeof entry.path.at(-1) === 'number')) {
      const where = formatPath(path);
      const listPath = path.slice(0, -1);
      const index = path.at(-1) as number;
      const result = removeItem(text, listPath, index);
      if (!result.ok) {
        failures.push(`${where}: ${result.message}`);
        continue;
      }
      const expected = clone(original);
      const list = allPaths(expected).find(
        (entry) => formatPath(entry.path) === formatPath(listPath),
      )?.value as unknown[];
      list.splice(index, 1);
      expect(read(result.text), where).toEqual(expected);
      const change = expectChangeWithin(text, result.text, removableSpan(path), 1, where);
      expectContainsAll(comments(result.text), commentsOutside(text, change.removed));
    }
    expect(failures).toEqual([]);
  });
  it(
    'appends to every list and moves its last item first, keeping every comment',
    {
      timeout: 60_000,
    },
    () => {
      for (const { path, value } of paths.filter((entry) => Array.isArray(entry.value))) {
        const where = formatPath(path);
        const items = value as unknown[];
        const added = edited(insertItem(text, path, items.length, { name: 'new', tags: ['t'] }));
        expect(read(added), where).toEqual(
          withLeaf(original, path, [...items, { name: 'new', tags: ['t'] }]),
        );
        expect(comments(added), where).toEqual(before);
        if (!items.length) continue;
        const moved = edited(moveItem(text, path, items.length - 1, 0));
        expect(read(moved), where).toEqual(
          withLeaf(original, path, [...items.slice(-1), ...items.slice(0, -1)]),
        );
        expectContainsAll(comments(moved), before);
      }
    },
  );
});

describe('setValue', () => {
  it('adds a missing key after the last entry of its mapping, after its comments', () => {
    const text =
      'id: orders\ninfo:\n  title: Orders # shown first\n  # the owner\n  owner: sales\n\nstatus: active\n';
    expect(edited(setValue(text, ['info', 'version'], '1.0.0'))).toBe(
      'id: orders\ninfo:\n  title: Orders # shown first\n  # the owner\n  owner: sales\n  version: 1.0.0\n\nstatus: active\n',
    );
  });

  it('adds the missing mappings on the way, at the indentation the text uses', () => {
    const text = 'id: orders\nteam:\n    name: sales\n';
    expect(edited(setValue(text, ['description', 'purpose'], 'Orders by day'))).toBe(
      'id: orders\nteam:\n    name: sales\ndescription:\n    purpose: Orders by day\n',
    );
    expect(edited(setValue(text, ['team', 'lead', 'name'], 'Ann'))).toBe(
      'id: orders\nteam:\n    name: sales\n    lead:\n        name: Ann\n',
    );
  });

  it('fills an empty value and an empty document', () => {
    expect(edited(setValue('description:\nid: x\n', ['description', 'purpose'], 'P'))).toBe(
      'description:\n  purpose: P\nid: x\n',
    );
    expect(edited(setValue('', ['id'], 'orders'))).toBe('id: orders\n');
    expect(edited(setValue('# a contract\n', ['id'], 'orders'))).toBe('# a contract\nid: orders\n');
  });

  it('writes a mapping, a list and an empty list as blocks or flow as their places call for', () => {
    const text = 'id: x\ntags: []\n';
    expect(edited(setValue(text, ['tags'], ['a', 'b']))).toBe('id: x\ntags: [a, b]\n');
    expect(edited(setValue(text, ['owner'], { name: 'Ann', roles: ['lead'] }))).toBe(
      'id: x\ntags: []\nowner:\n  name: Ann\n  roles:\n    - lead\n',
    );
    expect(edited(setValue('id: x\ntags:\n  - a\n', ['tags'], []))).toBe('id: x\ntags: []\n');
  });

  it('writes multi-line text as a literal block, and a block as a block again', () => {
    const text =
      'description:\n  purpose: old\n  usage: |\n    line one\n    line two\n  limitations: none\n';
    expect(edited(setValue(text, ['description', 'purpose'], 'First\nSecond\n'))).toBe(
      'description:\n  purpose: |\n    First\n    Second\n  usage: |\n    line one\n    line two\n  limitations: none\n',
    );
    expect(edited(setValue(text, ['description', 'usage'], 'only one\n'))).toBe(
      'description:\n  purpose: old\n  usage: |\n    only one\n  limitations: none\n',
    );
    expect(edited(setValue(text, ['description', 'usage'], 'short'))).toBe(
      'description:\n  purpose: old\n  usage: |-\n    short\n  limitations: none\n',
    );
    const noBreak = edited(setValue(text, ['description', 'purpose'], 'a\nb'));
    expect(valueOf(noBreak)).toEqual({
      description: { purpose: 'a\nb', usage: 'line one\nline two\n', limitations: 'none' },
    });
  });

  it('quotes multi-line text where a block would take in the whitespace-only lines after it', () => {
    const text = 'a:\n  b: old\n      \nc: 1\n';
    const result = edited(setValue(text, ['a', 'b'], 'one\ntwo\n'));
    expect(result).toBe('a:\n  b: "one\\ntwo\\n"\n      \nc: 1\n');
    expect(edited(setValue(text, ['a', 'd'], 'one\ntwo\n'))).toBe(
      'a:\n  b: old\n  d: "one\\ntwo\\n"\n      \nc: 1\n',
    );
    const list = 'l:\n  - a\n      \nc: 1\n';
    expect(edited(insertItem(list, ['l'], 1, 'x\ny'))).toBe(
      'l:\n  - a\n  - "x\\ny"\n      \nc: 1\n',
    );
    expect(edited(insertItem(list, ['l'], 0, 'x\ny'))).toBe(
      'l:\n  - |-\n    x\n    y\n  - a\n      \nc: 1\n',
    );
    // The ODPS example has such a line after an output port's last input contract.
    const path = ['outputPorts', 1, 'inputContracts', 1, 'version'];
    const odpsResult = edited(setValue(odps, path, 'line one\nline two\n'));
    expect(lineDiff(odps, odpsResult).added).toEqual(['    version: "line one\\nline two\\n"']);
  });

  it('writes an empty string over a block as quotes', () => {
    expect(edited(setValue('a: |\n  x\nb: 1\n', ['a'], ''))).toBe('a: ""\nb: 1\n');
  });

  it('keeps a folded block folded, and the comment of a block header on its key line', () => {
    const text = 'notes: > # folded\n  a long\n  text\nnext: 1\n';
    const result = edited(setValue(text, ['notes'], 'new\ntext\n'));
    expect(valueOf(result)).toEqual({ notes: 'new\ntext\n', next: 1 });
    expect(result).toContain('# folded');
    expect(result.endsWith('next: 1\n')).toBe(true);
    expect(edited(setValue(text, ['notes'], 'plain'))).toBe(
      'notes: >- # folded\n  plain\nnext: 1\n',
    );
  });

  it.each([
    ['yes', "'yes'"],
    ['no', "'no'"],
    ['1.0', "'1.0'"],
    ['42', "'42'"],
    ['true', "'true'"],
    ['null', "'null'"],
    ['', "''"],
    ['#x', "'#x'"],
    [': x', "': x'"],
    ['a: b', "'a: b'"],
    ['  leading spaces', "'  leading spaces'"],
    ['trailing ', "'trailing '"],
    ['- item', "'- item'"],
    ['[x]', "'[x]'"],
    ['*ref', "'*ref'"],
    ["it's", "it's"],
    ['plain words', 'plain words'],
  ])('quotes %j only when it needs quotes', (value, written) => {
    const single = edited(setValue("id: 'x'\nname: old\n", ['name'], value));
    expect(single).toBe(`id: 'x'\nname: ${written}\n`);
    expect(valueOf(single)).toEqual({ id: 'x', name: value });
    const double = edited(setValue('id: "x"\nname: old\n', ['name'], value));
    expect(valueOf(double)).toEqual({ id: 'x', name: value });
  });

  it('keeps the quotes the author chose for the value it replaces', () => {
    expect(edited(setValue("a: 'old'\n", ['a'], 'new'))).toBe("a: 'new'\n");
    expect(edited(setValue('a: "old"\n', ['a'], 'new'))).toBe('a: "new"\n');
    expect(edited(setValue("a: 'old'\n", ['a'], "it's"))).toBe("a: 'it''s'\n");
  });

  it('writes numbers, booleans and null as such', () => {
    const text = 'a: 1\nb: x\n';
    expect(edited(setValue(text, ['a'], 2.5))).toBe('a: 2.5\nb: x\n');
    expect(edited(setValue(text, ['b'], true))).toBe('a: 1\nb: true\n');
    expect(valueOf(edited(setValue(text, ['b'], null)))).toEqual({ a: 1, b: null });
    expect(edited(setValue(text, ['a'], '2'))).toBe('a: "2"\nb: x\n');
    expect(edited(setValue("a: 1\nb: 'x'\n", ['a'], '2'))).toBe("a: '2'\nb: 'x'\n");
  });

  it('edits flow collections in place, keeping their spacing', () => {
    const text = 'tags: [ a, b ] # kept\nmeta: { owner: ann, team: sales }\n';
    expect(edited(setValue(text, ['tags', 1], 'c'))).toBe(
      'tags: [ a, c ] # kept\nmeta: { owner: ann, team: sales }\n',
    );
    expect(edited(setValue(text, ['meta', 'team'], 'two words'))).toBe(
      'tags: [ a, b ] # kept\nmeta: { owner: ann, team: two words }\n',
    );
    expect(edited(setValue(text, ['meta', 'since'], '2024'))).toBe(
      'tags: [ a, b ] # kept\nmeta: { owner: ann, team: sales, since: "2024" }\n',
    );
    expect(edited(setValue(text, ['tags'], ['x', 'y, z']))).toBe(
      'tags: [ x, "y, z" ] # kept\nmeta: { owner: ann, team: sales }\n',
    );
    expect(edited(setValue(text, ['meta', 'team'], { name: 'sales', size: 3 }))).toBe(
      'tags: [ a, b ] # kept\nmeta: { owner: ann, team: { name: sales, size: 3 } }\n',
    );
    expect(edited(setValue('tags: [a, b]\n', ['tags'], ['c']))).toBe('tags: [c]\n');
    expect(edited(setValue("tags: [ 'a' ]\n", ['tags', 0], 'b'))).toBe("tags: [ 'b' ]\n");
    expect(valueOf(edited(setValue(text, ['tags', 0], 'a\nb')))).toEqual({
      tags: ['a\nb', 'b'],
      meta: { owner: 'ann', team: 'sales' },
    });
  });

  it('keeps the anchor and tag written before a value it replaces', () => {
    expect(edited(setValue('a: !!str &x old\nb: 1\n', ['a'], 'new'))).toBe(
      'a: !!str &x new\nb: 1\n',
    );
  });

  it('refuses a list item that is not there, and a path through a value', () => {
    expect(refused(setValue('tags:\n  - a\n', ['tags', 3], 'x'))).toMatch(/insertItem/);
    expect(refused(setValue('id: x\n', ['id', 'name'], 'x'))).toMatch(/`id` is a value/);
    expect(refused(setValue('tags: [a]\n', ['tags', 'name'], 'x'))).toMatch(/not an index/);
  });
});

describe('deleteKey', () => {
  it('removes the entry with the comments above it, leaving the other lines as they were', () => {
    const text = 'id: x\n\n# the purpose\npurpose: p # inline\n\n# the status\nstatus: s\n';
    expect(edited(deleteKey(text, ['purpose']))).toBe('id: x\n\n# the status\nstatus: s\n');
  });

  it('removes a nested mapping with its lines and the comments inside it', () => {
    const text = 'a:\n  b:\n    c: 1\n    # inside b\n    d: 2\n  e: 3\n';
    expect(edited(deleteKey(text, ['a', 'b']))).toBe('a:\n  e: 3\n');
  });

  it('hands the dash of a list item to the next key', () => {
    const text = 'items:\n  - name: a\n    type: t\n  - name: b\n';
    expect(edited(deleteKey(text, ['items', 0, 'name']))).toBe(
      'items:\n  - type: t\n  - name: b\n',
    );
  });

  it('leaves {} when the last key goes, and is no change for a missing key', () => {
    expect(edited(deleteKey('a:\n  b: 1\nc: 2\n', ['a', 'b']))).toBe('a: {}\nc: 2\n');
    expect(edited(deleteKey('a: 1\n', ['a']))).toBe('{}\n');
    expect(edited(deleteKey('a: 1\n', ['z']))).toBe('a: 1\n');
    expect(edited(deleteKey('a: 1\n', ['z', 'y']))).toBe('a: 1\n');
  });

  it('removes an entry of a flow mapping', () => {
    expect(edited(deleteKey('m: { a: 1, b: 2, c: 3 }\n', ['m', 'b']))).toBe('m: { a: 1, c: 3 }\n');
    expect(edited(deleteKey('m: { a: 1, b: 2 }\n', ['m', 'b']))).toBe('m: { a: 1 }\n');
  });

  it('refuses a list item', () => {
    expect(refused(deleteKey('tags:\n  - a\n', ['tags', 0]))).toMatch(/removeItem/);
  });
});

describe('lists', () => {
  const list = 'tags:\n  - a # first\n  - b\nnext: 1\n';

  it('inserts items at the start, in the middle and at the end', () => {
    expect(edited(insertItem(list, ['tags'], 0, 'z'))).toBe(
      'tags:\n  - z\n  - a # first\n  - b\nnext: 1\n',
    );
    expect(edited(insertItem(list, ['tags'], 1, 'z'))).toBe(
      'tags:\n  - a # first\n  - z\n  - b\nnext: 1\n',
    );
    expect(edited(insertItem(list, ['tags'], 2, 'z'))).toBe(
      'tags:\n  - a # first\n  - b\n  - z\nnext: 1\n',
    );
    expect(edited(insertItem(list, ['tags'], 2, { name: 'orders', tags: ['t'] }))).toBe(
      'tags:\n  - a # first\n  - b\n  - name: orders\n    tags:\n      - t\nnext: 1\n',
    );
  });

  it('inserts into a list flush with its key, and into a spaced list with a blank line', () => {
    expect(edited(insertItem('tags:\n- a\nnext: 1\n', ['tags'], 1, 'b'))).toBe(
      'tags:\n- a\n- b\nnext: 1\n',
    );
    const spaced = 'ports:\n  - name: a\n\n  - name: b\n';
    expect(edited(insertItem(spaced, ['ports'], 2, { name: 'c' }))).toBe(
      'ports:\n  - name: a\n\n  - name: b\n\n  - name: c\n',
    );
  });

  it('inserts into an empty, a missing and a flow list', () => {
    expect(edited(insertItem('tags: []\nnext: 1\n', ['tags'], 0, 'a'))).toBe(
      'tags: [a]\nnext: 1\n',
    );
    expect(edited(insertItem('tags:\nnext: 1\n', ['tags'], 0, 'a'))).toBe(
      'tags:\n  - a\nnext: 1\n',
    );
    expect(edited(insertItem('next: 1\n', ['tags'], 0, 'a'))).toBe('next: 1\ntags:\n  - a\n');
    expect(edited(insertItem('tags: [a, c]\n', ['tags'], 1, 'b'))).toBe('tags: [a, b, c]\n');
    expect(edited(insertItem('tags: [a, c]\n', ['tags'], 2, 'd'))).toBe('tags: [a, c, d]\n');
    expect(edited(insertItem('ports: []\n', ['ports'], 0, { name: 'a' }))).toBe(
      'ports:\n  - name: a\n',
    );
  });

  it('removes items, down to an empty list', () => {
    expect(edited(removeItem(list, ['tags'], 0))).toBe('tags:\n  - b\nnext: 1\n');
    expect(edited(removeItem(list, ['tags'], 1))).toBe('tags:\n  - a # first\nnext: 1\n');
    expect(edited(removeItem('tags:\n  - a\nnext: 1\n', ['tags'], 0))).toBe('tags: []\nnext: 1\n');
    expect(edited(removeItem('tags: [a, b, c]\n', ['tags'], 1))).toBe('tags: [a, c]\n');
    expect(edited(removeItem('tags: [a, b, c]\n', ['tags'], 2))).toBe('tags: [a, b]\n');
    expect(edited(removeItem('tags: [a]\n', ['tags'], 0))).toBe('tags: []\n');
  });

  it('removes the last item of the text, keeping whether it ends with a line break', () => {
    expect(edited(removeItem('tags:\n  - a\n  - b\n', ['tags'], 1))).toBe('tags:\n  - a\n');
    expect(edited(removeItem('tags:\n  - a\n  - b', ['tags'], 1))).toBe('tags:\n  - a');
  });

  it('moves items with the comments that belong to them', () => {
    const text =
      'steps:\n  # extract first\n  - name: extract\n    run: e # quick\n  # then load\n  - name: load\n  - name: check\nafter: 1\n';
    expect(edited(moveItem(text, ['steps'], 0, 2))).toBe(
      'steps:\n  # then load\n  - name: load\n  - name: check\n  # extract first\n  - name: extract\n    run: e # quick\nafter: 1\n',
    );
    expect(edited(moveItem(text, ['steps'], 2, 0))).toBe(
      'steps:\n  - name: check\n  # extract first\n  - name: extract\n    run: e # quick\n  # then load\n  - name: load\nafter: 1\n',
    );
    expect(edited(moveItem(text, ['steps'], 1, 1))).toBe(text);
  });

  it('moves items of a spaced list and of a flow list, keeping the separators', () => {
    const spaced = 'ports:\n  - a\n\n  - b\n\n  - c\n';
    expect(edited(moveItem(spaced, ['ports'], 2, 0))).toBe('ports:\n  - c\n\n  - a\n\n  - b\n');
    expect(edited(moveItem('tags: [ a, b,  c ]\n', ['tags'], 0, 2))).toBe('tags: [ b, c,  a ]\n');
  });

  it('moves items of the ODCS example, keeping every comment', () => {
    const text = edited(moveItem(odcs, ['schema'], 1, 0));
    const original = valueOf(odcs) as { schema: unknown[] };
    const moved = valueOf(text) as { schema: unknown[] };
    expect(moved.schema).toEqual([original.schema[1], original.schema[0]]);
    expect(comments(text).sort()).toEqual(comments(odcs).sort());
    expect(text.indexOf('# Receivers master table')).toBeLessThan(text.indexOf('id: tbl_obj'));
  });

  it('refuses positions outside the list, and a value that is not a list', () => {
    expect(refused(insertItem(list, ['tags'], 3, 'x'))).toMatch(/outside the list, which has 2/);
    expect(refused(insertItem(list, ['tags'], -1, 'x'))).toMatch(/outside the list/);
    expect(refused(removeItem(list, ['tags'], 2))).toMatch(/outside the list/);
    expect(refused(moveItem(list, ['tags'], 0, 2))).toMatch(/outside the list/);
    expect(refused(removeItem(list, ['next'], 0))).toMatch(/not a list/);
    expect(refused(removeItem(list, ['missing'], 0))).toMatch(/no list/);
  });
});

describe('line endings', () => {
  const crlf = '# contract\r\nid: x\r\ndescription:\r\n  purpose: old\r\ntags:\r\n  - a\r\n';

  it('keeps CRLF line breaks in every line it writes', () => {
    const results = [
      setValue(crlf, ['description', 'purpose'], 'new'),
      setValue(crlf, ['description', 'usage'], 'two\nlines\n'),
      setValue(crlf, ['team', 'name'], 'sales'),
      insertItem(crlf, ['tags'], 1, { name: 'b', kind: 'k' }),
      removeItem(crlf, ['tags'], 0),
      deleteKey(crlf, ['description']),
      moveItem(edited(insertItem(crlf, ['tags'], 1, 'b')), ['tags'], 1, 0),
    ];
    for (const result of results) {
      const text = edited(result);
      expect(text.replace(/\r\n/g, '')).not.toContain('\n');
      expect(text.startsWith('# contract\r\n')).toBe(true);
    }
    expect(edited(setValue(crlf, ['description', 'usage'], 'two\nlines\n'))).toBe(
      '# contract\r\nid: x\r\ndescription:\r\n  purpose: old\r\n  usage: |\r\n    two\r\n    lines\r\ntags:\r\n  - a\r\n',
    );
  });
});

describe('anchors and aliases', () => {
  const text =
    'defaults: &base\n  owner: sales\n  tier: gold\nports:\n  - name: a\n    settings: *base\n  - name: b\n    settings:\n      <<: *base\nplain: &lonely 1\n';

  it('refuses to edit a node that an alias repeats, saying why', () => {
    for (const result of [
      setValue(text, ['defaults', 'owner'], 'finance'),
      deleteKey(text, ['defaults', 'tier']),
      setValue(text, ['defaults'], { owner: 'x' }),
    ]) {
      expect(refused(result)).toMatch(/anchored as &base and repeated by \*base/);
    }
  });

  it('refuses to edit through an alias', () => {
    expect(refused(setValue(text, ['ports', 0, 'settings', 'owner'], 'x'))).toMatch(
      /alias \(\*base\)/,
    );
  });

  it('edits what no alias repeats, leaving anchors and aliases as they were', () => {
    const result = edited(setValue(text, ['ports', 1, 'name'], 'c'));
    expect(result).toBe(text.replace('- name: b', '- name: c'));
    expect(edited(setValue(text, ['plain'], 2))).toBe(text.replace('&lonely 1', '&lonely 2'));
  });
});

describe('invalid input', () => {
  it('refuses an unreadable text with its first problem and line', () => {
    const message = refused(setValue('a: [1, 2\nb: 3\n', ['a'], 'x'));
    expect(message).toMatch(/^Fix the text first \(line \d+: /);
    expect(refused(setValue('a: 1\na: 2\n', ['a'], 'x'))).toMatch(/Duplicate key/);
  });

  it('refuses bad paths and values without throwing', () => {
    const text = 'a: 1\n';
    const bad: unknown[] = [
      () => setValue(text, [], 'x'),
      () => setValue(text, ['a', -1], 'x'),
      () => setValue(text, ['a', 1.5], 'x'),
      () => setValue(text, 'a' as unknown as string[], 'x'),
      () => setValue(text, [null as unknown as string], 'x'),
      () => setValue(text, ['a'], undefined as unknown as string),
      () => setValue(text, ['a'], Number.NaN),
      () => setValue(text, ['a'], new Date() as unknown as string),
      () => setValue(text, ['a'], (() => 1) as unknown as string),
      () => setValue(null as unknown as string, ['a'], 'x'),
      () => deleteKey(text, []),
      () => insertItem(text, ['a'], 0, 'x'),
      () => applyEdit(text, { op: 'rename' } as unknown as never),
      () => applyEdit(text, null as unknown as never),
    ];
    for (const call of bad as (() => Result)[]) {
      let result: Result | undefined;
      expect(() => (result = call())).not.toThrow();
      expect(result?.ok).toBe(false);
      expect(result && !result.ok && result.message.length > 10).toBe(true);
    }
  });

  it('refuses a cyclic value', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(refused(setValue('a: 1\n', ['a'], cycle as YamlValue))).toMatch(/nests deeper/);
  });
});

describe('applyEdits', () => {
  it('applies edits in order, each to the text before it', () => {
    const text = 'id: x\ntags: []\n';
    const result = applyEdits(text, [
      { op: 'set', path: ['description', 'purpose'], value: 'P' },
      { op: 'insert', path: ['tags'], index: 0, value: 'a' },
      { op: 'insert', path: ['tags'], index: 1, value: 'b' },
      { op: 'move', path: ['tags'], from: 1, to: 0 },
      { op: 'delete', path: ['id'] },
    ]);
    expect(edited(result)).toBe('tags: [b, a]\ndescription:\n  purpose: P\n');
  });

  it('stops at the first edit that cannot be made, naming it', () => {
    const message = refused(
      applyEdits('tags: [a]\n', [
        { op: 'remove', path: ['tags'], index: 0 },
        { op: 'remove', path: ['tags'], index: 0 },
      ]),
    );
    expect(message).toMatch(/^Edit 2 \(remove `tags`\): Item 0 is outside the list/);
  });
});
