import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Side } from './merge-fields';
import { differingFields, mergeFields } from './merge-fields';

const base = `# Orders contract, owned by Sales
apiVersion: v3.1.0
kind: DataContract
id: orders
version: 1.0.0
status: active
description:
  purpose: Orders by day # for finance
schema:
  - name: orders
    properties:
      - name: order_id
        logicalType: string
      - name: amount
        logicalType: number # in euros
tags:
  - sales
`;

function fieldsOf(mine: string, theirs: string) {
  const result = differingFields(mine, theirs);
  if (!result.ok) throw new Error(result.message);
  return result.fields;
}

function merged(mine: string, theirs: string, choices: Record<string, Side>) {
  const result = mergeFields(mine, theirs, new Map(Object.entries(choices)));
  if (!result.ok) throw new Error(result.message);
  return result.text;
}

describe('differingFields', () => {
  it('finds nothing when only comments and layout differ', () => {
    const theirs = base
      .replace('# Orders contract, owned by Sales\n', '')
      .replace(' # in euros', '');
    expect(fieldsOf(base, theirs)).toEqual([]);
    expect(merged(base, theirs, {})).toBe(base);
  });

  it('lists a changed leaf with its place in my text and both values', () => {
    const mine = base.replace('status: active', 'status: deprecated');
    const theirs = base.replace('logicalType: number', 'logicalType: integer');
    expect(fieldsOf(mine, theirs)).toEqual([
      { key: 'status', path: ['status'], label: 'status', mine: 'deprecated', theirs: 'active' },
      {
        key: 'schema.orders.properties.amount.logicalType',
        path: ['schema', 0, 'properties', 1, 'logicalType'],
        label: 'schema[0].properties[1].logicalType',
        mine: 'number',
        theirs: 'integer',
      },
    ]);
  });

  it('lists an added or removed column as one whole item', () => {
    const theirs = base.replace(
      '      - name: amount\n',
      '      - name: customer_id\n        logicalType: string\n      - name: amount\n',
    );
    expect(fieldsOf(base, theirs)).toEqual([
      {
        key: 'schema.orders.properties.customer_id',
        path: ['schema', 0, 'properties', 1],
        label: 'schema[0].properties[1]',
        mine: undefined,
        theirs: { name: 'customer_id', logicalType: 'string' },
      },
    ]);
    expect(fieldsOf(theirs, base)).toEqual([
      expect.objectContaining({
        key: 'schema.orders.properties.customer_id',
        mine: { name: 'customer_id', logicalType: 'string' },
        theirs: undefined,
      }),
    ]);
  });

  it('does not see a reordered list as a difference', () => {
    const reordered = base.replace(
      '      - name: order_id\n        logicalType: string\n      - name: amount\n        logicalType: number # in euros\n',
      '      - name: amount\n        logicalType: number\n      - name: order_id\n        logicalType: string\n',
    );
    expect(fieldsOf(base, reordered)).toEqual([]);
  });

  it('says which text cannot be read', () => {
    const broken = 'id: orders\nschema: [\n';
    const mine = differingFields(broken, base);
    expect(mine.ok).toBe(false);
    expect(!mine.ok && mine.message).toMatch(/^Your text cannot be read \(line \d+/);
    const theirs = differingFields(base, broken);
    expect(!theirs.ok && theirs.message).toMatch(/^Their text cannot be read/);
    expect(mergeFields(broken, base, new Map()).ok).toBe(false);
  });
});

describe('mergeFields', () => {
  it('takes a field they changed and I did not, changing only its line', () => {
    const mine = base.replace('status: active', 'status: deprecated');
    const theirs = base.replace('logicalType: number # in euros', 'logicalType: integer');
    const text = merged(mine, theirs, { 'schema.orders.properties.amount.logicalType': 'theirs' });
    expect(text).toBe(mine.replace('logicalType: number', 'logicalType: integer'));
    // My comments stay, and my other change too.
    expect(text).toContain('# Orders contract, owned by Sales');
    expect(text).toContain('status: deprecated');
  });

  it('keeps mine where we both changed a field, unless I choose theirs', () => {
    const mine = base.replace('purpose: Orders by day', 'purpose: Orders by week');
    const theirs = base.replace('purpose: Orders by day', 'purpose: Orders by month');
    expect(fieldsOf(mine, theirs)).toEqual([
      expect.objectContaining({
        key: 'description.purpose',
        mine: 'Orders by week',
        theirs: 'Orders by month',
      }),
    ]);
    expect(merged(mine, theirs, {})).toBe(mine);
    expect(merged(mine, theirs, { 'description.purpose': 'mine' })).toBe(mine);
    expect(merged(mine, theirs, { 'description.purpose': 'theirs' })).toBe(
      mine.replace('Orders by week', 'Orders by month'),
    );
  });

  it('adds a column they added where they put it', () => {
    const theirs = base.replace(
      '      - name: amount\n',
      '      - name: customer_id\n        logicalType: string\n      - name: amount\n',
    );
    const mine = base.replace('status: active', 'status: draft');
    const text = merged(mine, theirs, { 'schema.orders.properties.customer_id': 'theirs' });
    expect(parse(text)).toEqual({ ...parse(theirs), status: 'draft' });
    expect(text).toContain('logicalType: number # in euros');
    expect(text).toBe(
      mine.replace(
        '      - name: amount\n',
        '      - name: customer_id\n        logicalType: string\n      - name: amount\n',
      ),
    );
  });

  it('removes a column they removed, with its lines', () => {
    const theirs = base.replace('      - name: order_id\n        logicalType: string\n', '');
    const text = merged(base, theirs, { 'schema.orders.properties.order_id': 'theirs' });
    expect(text).toBe(theirs);
  });

  it('applies several choices in one list, whatever moves the others made', () => {
    const theirs = base
      .replace('      - name: order_id\n        logicalType: string\n', '')
      .replace('logicalType: number # in euros', 'logicalType: integer # in cents')
      .replace('  - sales\n', '  - finance\n')
      .replace('# in cents\n', '# in cents\n      - name: placed_at\n        logicalType: date\n');
    const fields = fieldsOf(base, theirs);
    const choices = new Map(fields.map((field) => [field.key, 'theirs' as const]));
    const result = mergeFields(base, theirs, choices);
    expect(result.ok).toBe(true);
    if (result.ok) expect(parse(result.text)).toEqual(parse(theirs));
  });

  it('takes a whole list of tags item by item', () => {
    const theirs = base.replace('  - sales\n', '  - finance\n  - sales\n');
    const fields = fieldsOf(base, theirs);
    expect(fields).toEqual([
      expect.objectContaining({ key: 'tags.finance', mine: undefined, theirs: 'finance' }),
    ]);
    expect(merged(base, theirs, { 'tags.finance': 'theirs' })).toBe(theirs);
  });

  it('adds and deletes keys they added or removed', () => {
    const theirs = base.replace('status: active\n', 'status: active\ndomain: sales\n');
    // A key is added at the end of its mapping.
    expect(merged(base, theirs, { domain: 'theirs' })).toBe(`${base}domain: sales\n`);
    expect(merged(theirs, base, { domain: 'theirs' })).toBe(base);
  });

  it('takes their whole text when the documents differ at the top', () => {
    expect(merged('- a\n- b\n', base, { '': 'theirs' })).toBe(base);
    expect(fieldsOf('- a\n- b\n', base)).toEqual([
      expect.objectContaining({ key: '', path: [], label: '' }),
    ]);
  });
});
