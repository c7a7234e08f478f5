import { describe, expect, it } from 'vitest';
import { parseYaml } from '../documents/parse-yaml';
import { compareDocuments } from './compare-documents';

const read = (text: string) => parseYaml(text).value as Record<string, unknown>;
const contracts = (before: string, after: string) =>
  compareDocuments('contract', read(before), read(after));
const summary = (comparison: ReturnType<typeof compareDocuments>) =>
  comparison.diffs.map((entry) => `${entry.impactLevel} ${entry.type} ${entry.path}`);

const orders = `apiVersion: v3.1.0
kind: DataContract
id: orders
version: 2.3.1
status: active
description:
  purpose: Orders as placed in the shop.
schema:
  - name: orders
    properties:
      - name: order_id
        logicalType: string
        required: true
      - name: customer_id
        logicalType: string
      - name: order_date
        logicalType: string
      - name: status
        logicalType: string
slaProperties:
  - property: availability
    value: 99.9
    unit: '%'
  - property: latency
    value: 4
    unit: h
`;

describe('comparing two versions of a contract', () => {
  it('finds every kind of change in one pair, with the impact the rules give', () => {
    const next = orders
      .replace('version: 2.3.1', 'version: 2.4.0')
      .replace('purpose: Orders as placed in the shop.', 'purpose: Every order placed in the shop.')
      .replace('      - name: customer_id\n        logicalType: string\n', '')
      .replace(
        '      - name: order_date\n        logicalType: string\n',
        '      - name: order_date\n        logicalType: date\n',
      )
      .replace(
        '      - name: status\n        logicalType: string\n',
        '      - name: status\n        logicalType: string\n        required: true\n      - name: channel\n        logicalType: string\n',
      )
      .replace(
        'slaProperties:',
        '  - name: shipments\n    properties:\n      - name: shipment_id\n        logicalType: string\nslaProperties:',
      )
      .replace('value: 99.9', 'value: 99');
    const comparison = contracts(orders, next);
    // Breaking changes first, then by place.
    expect(summary(comparison)).toEqual([
      'MAJOR REMOVE schema.orders.properties.customer_id',
      'MAJOR CHANGE schema.orders.properties.order_date.logicalType',
      'MAJOR ADD schema.orders.properties.status.required',
      'MINOR ADD schema.orders.properties.channel',
      'MINOR ADD schema.shipments',
      'MINOR CHANGE slaProperties.availability.value',
      'PATCH CHANGE description.purpose',
    ]);
    expect(comparison.impact).toEqual({ major: 3, minor: 3, patch: 1 });
    expect(comparison.suggestedVersion).toBe('3.0.0');
    const byPath = new Map(comparison.diffs.map((entry) => [entry.path, entry]));
    expect(byPath.get('slaProperties.availability.value')).toMatchObject({
      weakensPromise: true,
      value1: 99.9,
      value2: 99,
    });
    expect(byPath.get('schema.orders.properties.order_date.logicalType')).toMatchObject({
      section: 'schema',
      field: 'logicalType',
      message: '`order_date` is now a date, was a string',
    });
    expect(byPath.get('schema.orders.properties.customer_id')?.message).toBe(
      'Column `customer_id` removed from `orders`',
    );
    expect(byPath.get('schema.orders.properties.status.required')?.message).toBe(
      '`status` is now required',
    );
  });

  it('sees no change in reordered lists, comments and key order', () => {
    const reordered = `# the same contract, written differently
kind: DataContract
apiVersion: v3.1.0
version: 2.3.1
id: orders
status: active
slaProperties:
  - unit: h
    value: 4
    property: latency   # four hours
  - property: availability
    unit: '%'
    value: 99.9
schema:
  - name: orders
    properties:
      - name: status
        logicalType: string
      - logicalType: string
        name: order_date
      - name: customer_id
        logicalType: string
      - name: order_id
        required: true
        logicalType: string
description: { purpose: Orders as placed in the shop. }
`;
    expect(contracts(orders, reordered)).toEqual({
      diffs: [],
      impact: { major: 0, minor: 0, patch: 0 },
      suggestedVersion: '2.3.2',
    });
  });

  it('compares nested properties to any depth', () => {
    const nested = (type: string) => `id: c
version: 1.0.0
schema:
  - name: orders
    properties:
      - name: customer
        logicalType: object
        properties:
          - name: address
            logicalType: object
            properties:
              - name: postcode
                logicalType: ${type}
`;
    const comparison = contracts(nested('string'), nested('integer'));
    expect(summary(comparison)).toEqual([
      'MAJOR CHANGE schema.orders.properties.customer.properties.address.properties.postcode.logicalType',
    ]);
  });

  it('applies the rules beyond OMDS: required columns, tighter constraints, classification', () => {
    const base = `id: c
version: 1.4.0
schema:
  - name: t
    properties:
      - name: email
        logicalType: string
        classification: restricted
        logicalTypeOptions:
          maxLength: 200
`;
    const tighter = base
      .replace(
        '          maxLength: 200\n',
        '          maxLength: 100\n      - name: phone\n        logicalType: string\n        required: true\n',
      )
      .replace('classification: restricted', 'classification: internal');
    const comparison = contracts(base, tighter);
    expect(summary(comparison)).toEqual([
      'MAJOR CHANGE schema.t.properties.email.classification',
      'MAJOR CHANGE schema.t.properties.email.logicalTypeOptions.maxLength',
      'MAJOR ADD schema.t.properties.phone',
    ]);
    const looser = contracts(base, base.replace('maxLength: 200', 'maxLength: 400'));
    expect(summary(looser)).toEqual([
      'MINOR CHANGE schema.t.properties.email.logicalTypeOptions.maxLength',
    ]);
    expect(
      summary(contracts(base, base.replace('        classification: restricted\n', ''))),
    ).toEqual(['MAJOR REMOVE schema.t.properties.email.classification']);
    expect(contracts(base, base.replace('maxLength: 200', 'maxLength: 400')).suggestedVersion).toBe(
      '1.5.0',
    );
  });

  it('matches quality rules by id, else by name, else by content, and rates any change MINOR', () => {
    const base = `id: c
version: 1.0.0
quality:
  - id: q1
    metric: rowCount
    mustBeGreaterThan: 0
  - name: no-nulls
    metric: nullValues
    mustBe: 0
  - metric: duplicateValues
    mustBe: 0
`;
    const changed = base
      .replace('mustBeGreaterThan: 0', 'mustBeGreaterThan: 10')
      .replace(
        '  - metric: duplicateValues\n    mustBe: 0\n',
        '  - metric: duplicateValues\n    mustBe: 1\n',
      );
    const comparison = contracts(base, changed);
    expect(
      comparison.diffs
        .map((entry) => `${entry.impactLevel} ${entry.type} ${entry.path.replace(/#\w+/, '#')}`)
        .sort(),
    ).toEqual([
      'MINOR ADD quality.#',
      'MINOR CHANGE quality.q1.mustBeGreaterThan',
      'MINOR REMOVE quality.#',
    ]);
  });

  it('marks service levels that promise less, and only those', () => {
    const sla = (latency: string, retention: string, support: string) => `id: c
version: 1.0.0
slaProperties:
  - property: latency
    value: ${latency}
    unit: h
  - property: retention
    value: ${retention}
    unit: d
  - property: endOfSupport
    value: "${support}"
`;
    const weaker = contracts(sla('4', '30', '2028-01-01'), sla('8', '7', '2027-06-01'));
    expect(
      weaker.diffs.every((entry) => entry.weakensPromise && entry.impactLevel === 'MINOR'),
    ).toBe(true);
    expect(weaker.diffs).toHaveLength(3);
    const stronger = contracts(sla('4', '30', '2028-01-01'), sla('2', '60', '2029-01-01'));
    expect(stronger.diffs.some((entry) => entry.weakensPromise)).toBe(false);
    const removed = contracts(
      sla('4', '30', '2028-01-01'),
      sla('4', '30', '2028-01-01').replace(/ {2}- property: retention\n.*\n.*\n/, ''),
    );
    expect(removed.diffs).toMatchObject([
      { type: 'REMOVE', weakensPromise: true, impactLevel: 'MINOR' },
    ]);
  });
});

const product = `apiVersion: v1.0.0
kind: DataProduct
id: sales
name: Sales
version: 1.2.0
status: active
description:
  purpose: Sales of the shop.
inputPorts:
  - name: orders
    version: 1.0.0
    contractId: orders
outputPorts:
  - name: daily
    version: 1.0.0
    type: tables
    contractId: sales.daily
  - name: events
    version: 1.0.0
    contractId: sales.events
`;
const products = (after: string) => compareDocuments('product', read(product), read(after));

describe('comparing two versions of a descriptor', () => {
  it('rates removed, renamed and retargeted output ports as breaking', () => {
    expect(
      summary(
        products(
          product.replace(
            '  - name: events\n    version: 1.0.0\n    contractId: sales.events\n',
            '',
          ),
        ),
      ),
    ).toEqual(['MAJOR REMOVE outputPorts.events']);
    expect(
      summary(products(product.replace('contractId: sales.daily', 'contractId: sales.daily-v2'))),
    ).toEqual(['MAJOR CHANGE outputPorts.daily.contractId']);
    expect(summary(products(product.replace('type: tables', 'type: topic')))).toEqual([
      'MAJOR CHANGE outputPorts.daily.type',
    ]);
    expect(summary(products(product.replace('name: events', 'name: event-stream')))).toEqual([
      'MAJOR REMOVE outputPorts.events',
      'MINOR ADD outputPorts.event-stream',
    ]);
  });

  it('rates deprecation as breaking, new ports and inputs as compatible, documentation as cosmetic', () => {
    const comparison = products(
      product
        .replace('status: active', 'status: deprecated')
        .replace('purpose: Sales of the shop.', 'purpose: All sales.')
        .replace(
          'inputPorts:\n',
          'inputPorts:\n  - name: returns\n    version: 1.0.0\n    contractId: returns\n',
        )
        .concat('  - name: monthly\n    version: 1.0.0\n    contractId: sales.monthly\n'),
    );
    expect(summary(comparison)).toEqual([
      'MAJOR CHANGE status',
      'MINOR ADD inputPorts.returns',
      'MINOR ADD outputPorts.monthly',
      'PATCH CHANGE description.purpose',
    ]);
    expect(comparison.suggestedVersion).toBe('2.0.0');
    expect(comparison.diffs[0]?.message).toBe('Status changed from active to deprecated');
    expect(summary(products(product.replace('status: active', 'status: draft')))).toEqual([
      'MINOR CHANGE status',
    ]);
  });
});
