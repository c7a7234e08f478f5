import type { Step } from './structural-diff';

/**
 * How the items of a list are told apart, by the list's name: the fields that identify an item
 * (`name` for columns and ports), its value (tags), its whole content (anything else), or the
 * list as one value (ranges such as `mustBeBetween: [0, 100]`, where order is meaning).
 */
export type ListRule = { fields: string[] } | 'value' | 'content' | 'whole';

const byName: Record<string, ListRule> = {
  schema: { fields: ['name'] },
  properties: { fields: ['name'] },
  servers: { fields: ['server'] },
  roles: { fields: ['role'] },
  quality: { fields: ['id', 'name'] },
  slaProperties: { fields: ['property', 'element'] },
  inputPorts: { fields: ['name'] },
  outputPorts: { fields: ['name'] },
  managementPorts: { fields: ['name'] },
  customProperties: { fields: ['property'] },
  authoritativeDefinitions: { fields: ['url'] },
  members: { fields: ['username'] },
  support: { fields: ['channel'] },
  inputContracts: { fields: ['id'] },
  relationships: { fields: ['to'] },
  mustBeBetween: 'whole',
  mustNotBeBetween: 'whole',
};

export function listRule(steps: readonly Step[]): ListRule {
  const last = steps[steps.length - 1];
  const name = last && 'key' in last ? last.key : '';
  // ODCS v3.0 wrote the team as a list of members.
  if (name === 'team') return { fields: ['username'] };
  return byName[name] ?? 'value';
}

/** A stable text of a value, keys sorted, to compare and identify items by their content. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A short, stable label for an item known only by its content. */
function contentLabel(item: unknown): string {
  let hash = 2166136261;
  for (const char of canonical(item)) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 16777619);
  }
  return `#${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

function fieldsId(item: unknown, fields: readonly string[]): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const record = item as Record<string, unknown>;
  // The first identifying field present names the item (quality rules: `id`, else `name`);
  // together they name it when all are (SLA entries: `property` and `element`).
  const present = fields.filter((field) => record[field] !== undefined && record[field] !== null);
  if (present.length === 0) return undefined;
  if (fields.length === 2 && fields[0] === 'id') return String(record[present[0] as string]);
  return present.map((field) => String(record[field])).join('/');
}

/**
 * The items of a list by identity. Items without their identifying fields, or that share an
 * identity with an earlier one, fall back to their content; a repeated identity gets `~2`, `~3`.
 */
export function identityOf(
  rule: ListRule,
  items: readonly unknown[],
): Map<string, { item: unknown; index: number }> {
  const found = new Map<string, { item: unknown; index: number }>();
  for (const [index, item] of items.entries()) {
    let id: string;
    if (rule === 'value' && (typeof item !== 'object' || item === null)) id = String(item);
    else if (typeof rule === 'object') id = fieldsId(item, rule.fields) ?? contentLabel(item);
    else id = contentLabel(item);
    let unique = id;
    for (let copy = 2; found.has(unique); copy += 1) unique = `${id}~${copy}`;
    found.set(unique, { item, index });
  }
  return found;
}
