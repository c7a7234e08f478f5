import type { DocumentKind } from '../documents/validate-document';
import { isItem, keysOf } from './impact-rules';
import type { RawDifference, Step } from './structural-diff';

/** A value in a sentence: text as is, anything else as short JSON. */
export function shortValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const code = (text: string) => `\`${text}\``;

/** The identities along a path: `["orders", "customer_id"]` for a column of a table. */
function idsOf(steps: readonly Step[]): string[] {
  return steps.flatMap((step) => ('id' in step ? [step.id] : []));
}

const listWords: Record<string, string> = {
  schema: 'Table',
  properties: 'Column',
  servers: 'Server',
  roles: 'Role',
  quality: 'Quality rule',
  slaProperties: 'Service level',
  outputPorts: 'Output port',
  inputPorts: 'Input port',
  managementPorts: 'Management port',
  tags: 'Tag',
  customProperties: 'Custom property',
  members: 'Team member',
  support: 'Support channel',
  authoritativeDefinitions: 'Definition',
  enum: 'Allowed value',
};

const fieldWords: Record<string, string> = {
  logicalType: 'type',
  physicalType: 'physical type',
  physicalName: 'physical name',
  criticalDataElement: 'critical data element',
  contractId: 'contract',
  businessName: 'business name',
};

/** Where a difference is, in words: "column `customer_id` of `orders`", "server `prod`". */
function place(steps: readonly Step[]): string {
  const ids = idsOf(steps);
  const lists = steps.flatMap((step) => ('id' in step ? [step.list] : []));
  if (ids.length === 0) return '';
  const last = lists.length - 1;
  const noun = (listWords[lists[last] ?? ''] ?? lists[last] ?? '').toLowerCase();
  const owner = last > 0 ? ` of ${code(ids[last - 1] ?? '')}` : '';
  return `${noun} ${code(ids[last] ?? '')}${owner}`;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A difference in the words a reader of the Changes page expects: "Column `customer_id`
 * removed from `orders`", "`order_date` is now a date, was a string".
 */
export function describeDifference(kind: DocumentKind, difference: RawDifference): string {
  const { type, steps, value1, value2 } = difference;
  const keys = keysOf(steps);
  const field = keys[keys.length - 1] ?? '';
  const ids = idsOf(steps);

  if (isItem(steps)) {
    const noun = listWords[field] ?? capitalize(field);
    const id = ids[ids.length - 1] ?? '';
    const parent = ids.length > 1 ? code(ids[ids.length - 2] ?? '') : '';
    const label = id.startsWith('#') ? shortValue(type === 'ADD' ? value2 : value1) : code(id);
    if (type === 'ADD') {
      const required =
        field === 'properties' && (value2 as { required?: unknown })?.required === true
          ? ' (required)'
          : '';
      return `${noun} ${label} added${parent ? ` to ${parent}` : ''}${required}`;
    }
    return `${noun} ${label} removed${parent ? ` from ${parent}` : ''}`;
  }

  const where = place(steps);
  const subject = where ? `${capitalize(where)}: ` : '';
  const fieldName = fieldWords[field] ?? field;
  if (kind === 'contract' && field === 'required' && where) {
    return value2 === true
      ? `${code(ids[ids.length - 1] ?? '')} is now required`
      : `${code(ids[ids.length - 1] ?? '')} is no longer required`;
  }
  if (type === 'CHANGE' && (field === 'logicalType' || field === 'physicalType') && where) {
    return `${code(ids[ids.length - 1] ?? '')} is now ${article(shortValue(value2))}, was ${article(shortValue(value1))}${field === 'physicalType' ? ' (physical type)' : ''}`;
  }
  if (field === 'status' && keys.length === 1) {
    return type === 'CHANGE'
      ? `Status changed from ${shortValue(value1)} to ${shortValue(value2)}`
      : type === 'ADD'
        ? `Status set to ${shortValue(value2)}`
        : 'Status removed';
  }
  const path = keys.length > 1 && !where ? keys.join(' › ') : fieldName;
  if (type === 'ADD') return `${subject}${capitalize(path)} set to ${shortValue(value2)}`;
  if (type === 'REMOVE') return `${subject}${capitalize(path)} removed (was ${shortValue(value1)})`;
  if (field === 'description' || keys.includes('description'))
    return `${subject}${capitalize(path)} changed`;
  return `${subject}${capitalize(path)} changed from ${shortValue(value1)} to ${shortValue(value2)}`;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}
