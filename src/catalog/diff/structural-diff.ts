import { identityOf, listRule } from './list-identity';

/** One step of a path: a key of a mapping, or an item of a list found by its identity. */
export type Step = { key: string } | { list: string; id: string; item1?: unknown; item2?: unknown };

export interface RawDifference {
  type: 'ADD' | 'REMOVE' | 'CHANGE';
  steps: Step[];
  value1?: unknown;
  value2?: unknown;
  /** Where it is in each document by position (`['schema', 0, 'properties', 2]`), to find its line. */
  at1: (string | number)[];
  at2: (string | number)[];
}

type Frame = {
  a: unknown;
  b: unknown;
  steps: Step[];
  at1: (string | number)[];
  at2: (string | number)[];
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Equality of parsed documents: key order does not matter, list order does. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]))
    );
  }
  return false;
}

/**
 * Every difference between two parsed documents, to any depth. Mappings are compared key by
 * key; list items are matched by what identifies them (a column by its name, a server by
 * `server`, a tag by its value; see list-identity.ts), so reordering a list is no change, and an
 * item matched on both sides is compared field by field. Iterative, so nesting cannot overflow.
 */
export function structuralDiff(before: unknown, after: unknown): RawDifference[] {
  const found: RawDifference[] = [];
  const stack: Frame[] = [{ a: before, b: after, steps: [], at1: [], at2: [] }];
  while (stack.length) {
    const { a, b, steps, at1, at2 } = stack.pop() as Frame;
    if (isRecord(a) && isRecord(b)) {
      const keys = [...Object.keys(a), ...Object.keys(b).filter((key) => !Object.hasOwn(a, key))];
      for (const key of [...keys].reverse()) {
        const next = { steps: [...steps, { key }], at1: [...at1, key], at2: [...at2, key] };
        // An added key is found in the older document at its parent, a removed one likewise.
        if (!Object.hasOwn(b, key)) found.push({ type: 'REMOVE', ...next, at2, value1: a[key] });
        else if (!Object.hasOwn(a, key)) found.push({ type: 'ADD', ...next, at1, value2: b[key] });
        else stack.push({ a: a[key], b: b[key], ...next });
      }
      continue;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      const name = lastKey(steps);
      const rule = listRule(steps);
      if (rule === 'whole') {
        if (!deepEqual(a, b)) found.push({ type: 'CHANGE', steps, at1, at2, value1: a, value2: b });
        continue;
      }
      const left = identityOf(rule, a);
      const right = identityOf(rule, b);
      const pending: Frame[] = [];
      for (const [id, { item, index }] of left) {
        const match = right.get(id);
        const step = { list: name, id, item1: item, item2: match?.item };
        if (!match) {
          found.push({
            type: 'REMOVE',
            steps: [...steps, step],
            at1: [...at1, index],
            at2,
            value1: item,
          });
        } else {
          pending.push({
            a: item,
            b: match.item,
            steps: [...steps, step],
            at1: [...at1, index],
            at2: [...at2, match.index],
          });
        }
      }
      for (const [id, { item, index }] of right) {
        if (!left.has(id)) {
          found.push({
            type: 'ADD',
            steps: [...steps, { list: name, id, item2: item }],
            at1,
            at2: [...at2, index],
            value2: item,
          });
        }
      }
      stack.push(...pending.reverse());
      continue;
    }
    if (!deepEqual(a, b)) found.push({ type: 'CHANGE', steps, at1, at2, value1: a, value2: b });
  }
  return found;
}

function lastKey(steps: readonly Step[]): string {
  for (let index = steps.length - 1; index >= 0; index -= 1) {
    const step = steps[index] as Step;
    if ('key' in step) return step.key;
  }
  return '';
}
