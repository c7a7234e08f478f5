import { diffLines } from 'diff';

export interface SideLine {
  number: number;
  text: string;
}

/** One row of a side-by-side view: a line on each side, either side missing where it was added or removed. */
export interface SideBySideRow {
  kind: 'same' | 'removed' | 'added' | 'changed';
  left?: SideLine;
  right?: SideLine;
}

const splitLines = (value: string) => value.replace(/\r?\n$/, '').split(/\r?\n/);

/**
 * Two texts as rows of a side-by-side diff (the line diff itself comes from the `diff`
 * package). A removal followed by an addition pairs up line by line as changes, as readers of
 * any review tool expect; the rest are kept, removed or added lines.
 */
export function sideBySide(before: string, after: string): SideBySideRow[] {
  const rows: SideBySideRow[] = [];
  let left = 1;
  let right = 1;
  const parts = diffLines(before, after);
  for (let index = 0; index < parts.length; index += 1) {
    const part = parts[index];
    if (!part) continue;
    const lines = splitLines(part.value);
    if (!part.added && !part.removed) {
      for (const text of lines)
        rows.push({
          kind: 'same',
          left: { number: left++, text },
          right: { number: right++, text },
        });
      continue;
    }
    if (part.removed) {
      const next = parts[index + 1];
      const added = next?.added ? splitLines(next.value) : [];
      if (next?.added) index += 1;
      const count = Math.max(lines.length, added.length);
      for (let line = 0; line < count; line += 1) {
        const removedText = lines[line];
        const addedText = added[line];
        rows.push({
          kind:
            removedText !== undefined && addedText !== undefined
              ? 'changed'
              : removedText !== undefined
                ? 'removed'
                : 'added',
          ...(removedText === undefined ? {} : { left: { number: left++, text: removedText } }),
          ...(addedText === undefined ? {} : { right: { number: right++, text: addedText } }),
        });
      }
      continue;
    }
    for (const text of lines) rows.push({ kind: 'added', right: { number: right++, text } });
  }
  return rows;
}

/**
 * The rows that differ, with `context` unchanged rows around each run, and the number of rows
 * left out between runs, so a long document shows only what changed.
 */
export function withContext(
  rows: readonly SideBySideRow[],
  context = 3,
): (SideBySideRow | { kind: 'gap'; hidden: number })[] {
  const keep = rows.map(() => false);
  rows.forEach((row, index) => {
    if (row.kind === 'same') return;
    for (
      let near = Math.max(0, index - context);
      near <= Math.min(rows.length - 1, index + context);
      near += 1
    )
      keep[near] = true;
  });
  const shown: (SideBySideRow | { kind: 'gap'; hidden: number })[] = [];
  let hidden = 0;
  rows.forEach((row, index) => {
    if (keep[index]) {
      if (hidden) shown.push({ kind: 'gap', hidden });
      hidden = 0;
      shown.push(row);
    } else hidden += 1;
  });
  if (hidden) shown.push({ kind: 'gap', hidden });
  return shown;
}

/** The lines around `line` of a text, numbered, to show where a difference is. */
export function linesAround(text: string, line: number, context = 2): SideLine[] {
  const lines = splitLines(text);
  const first = Math.max(1, line - context);
  const last = Math.min(lines.length, line + context);
  const around: SideLine[] = [];
  for (let number = first; number <= last; number += 1)
    around.push({ number, text: lines[number - 1] ?? '' });
  return around;
}
