import { describe, expect, it } from 'vitest';
import { linesAround, sideBySide, withContext } from './side-by-side';

const before = 'id: orders\nversion: 1.0.0\nschema:\n  - name: orders\n    description: old\n';
const after =
  'id: orders\nversion: 2.0.0\nschema:\n  - name: orders\n    description: old\n    tags: [a]\n';

describe('sideBySide', () => {
  it('pairs changed lines, keeps the rest aligned, and numbers each side', () => {
    const rows = sideBySide(before, after);
    expect(rows.map((row) => row.kind)).toEqual([
      'same',
      'changed',
      'same',
      'same',
      'same',
      'added',
    ]);
    expect(rows[1]).toEqual({
      kind: 'changed',
      left: { number: 2, text: 'version: 1.0.0' },
      right: { number: 2, text: 'version: 2.0.0' },
    });
    expect(rows[5]).toEqual({ kind: 'added', right: { number: 6, text: '    tags: [a]' } });
  });

  it('shows only what changed with a little context, counting what it leaves out', () => {
    const long = Array.from({ length: 20 }, (_, index) => `line ${index}`).join('\n');
    const rows = withContext(sideBySide(long, long.replace('line 10', 'line ten')), 2);
    expect(rows.map((row) => row.kind)).toEqual([
      'gap',
      'same',
      'same',
      'changed',
      'same',
      'same',
      'gap',
    ]);
    expect(rows[0]).toEqual({ kind: 'gap', hidden: 8 });
  });

  it('reads the lines around a difference', () => {
    expect(linesAround(after, 6, 1).map((line) => line.number)).toEqual([5, 6]);
  });
});
