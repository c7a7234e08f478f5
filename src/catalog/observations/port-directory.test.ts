import { describe, expect, it } from 'vitest';
import type { OdcsContract, OdcsServer } from '../standards/odcs';
import { buildPortDirectory, type DirectoryProduct } from './port-directory';

const contract = (id: string, servers: OdcsServer[], tables: string[]): OdcsContract => ({
  apiVersion: 'v3.1.0',
  kind: 'DataContract',
  id,
  version: '1.0.0',
  status: 'active',
  servers,
  schema: tables.map((name) => ({ name })),
});

const contracts = new Map([
  [
    'sales',
    contract(
      'sales',
      [{ server: 'prod', type: 'bigquery', project: 'x', dataset: 'y' }],
      ['orders', 'refunds'],
    ),
  ],
  [
    'crm',
    contract(
      'crm',
      [{ server: 'prod', type: 'postgres', host: 'crm-db', database: 'crm', schema: 'public' }],
      ['customers'],
    ),
  ],
  [
    'wh',
    contract(
      'wh',
      [
        {
          server: 'prod',
          type: 'snowflake',
          account: 'myorg-analytics',
          database: 'DW',
          schema: 'CORE',
        },
      ],
      ['ORDERS'],
    ),
  ],
  ['unused', contract('unused', [], [])],
]);

const products: DirectoryProduct[] = [
  {
    productId: 'sales-orders',
    name: 'Sales Orders',
    team: 'sales',
    outputPorts: [{ name: 'main', contractId: 'sales' }],
    inputContractIds: ['crm'],
  },
  {
    productId: 'crm',
    name: 'Customers',
    team: 'crm',
    outputPorts: [{ name: 'db', contractId: 'crm' }, { name: 'none' }],
    inputContractIds: [],
  },
  {
    productId: 'wh',
    name: 'Warehouse',
    team: null,
    outputPorts: [{ name: 'core', contractId: 'wh' }],
    inputContractIds: [],
  },
];

const directory = buildPortDirectory(products, contracts);

describe('buildPortDirectory', () => {
  it('finds ports by dataset, whatever the spelling, and by contract', () => {
    expect(
      directory.findByDataset({
        namespace: 'postgresql://CRM-DB:5432/',
        name: 'CRM.public.Customers',
      }),
    ).toEqual([
      {
        productId: 'crm',
        portName: 'db',
        contractId: 'crm',
        team: 'crm',
        schemaObject: 'customers',
      },
    ]);
    expect(
      directory.findByDataset({ namespace: 'snowflake://MYORG-ANALYTICS', name: 'dw.core.orders' }),
    ).toHaveLength(1);
    expect(directory.findByContract('sales').map((m) => m.portName)).toEqual(['main']);
    expect(directory.findByContract('nope')).toEqual([]);
    expect(directory.product('wh')?.name).toBe('Warehouse');
    expect(directory.declaresInput('sales-orders', 'crm')).toBe(true);
    expect(directory.declaresInput('crm', 'sales')).toBe(false);
  });

  it('explains a namespace nobody has, listing the known ones of its kind', () => {
    expect(
      directory.explainMiss({ namespace: 'postgres://db:5432', name: 'crm.public.customers' }),
    ).toBe(
      "No port's contract has a server in namespace postgres://db:5432; known postgres namespaces: postgres://crm-db:5432",
    );
    expect(
      directory.explainMiss({
        namespace: 'snowflake://xy12345.us-east-1.aws',
        name: 'DW.CORE.ORDERS',
      }),
    ).toMatch(/known snowflake namespaces: snowflake:\/\/myorg-analytics \(an account locator/);
    expect(directory.explainMiss({ namespace: 'kafka://k:9092', name: 't' })).toMatch(
      /none of kind kafka/,
    );
  });

  it('explains a table nobody has in a known namespace, with the closest names', () => {
    expect(directory.explainMiss({ namespace: 'bigquery', name: 'x.y.order' })).toBe(
      'Namespace bigquery is known (ports of Sales Orders), but no table named x.y.order; closest: x.y.orders',
    );
    expect(directory.explainMiss({ namespace: 'bigquery', name: 'x.staging.refunds' })).toMatch(
      /closest: x\.y\.refunds$/,
    );
  });

  it('explains contract ids no port provides', () => {
    expect(directory.explainContractMiss('unused')).toBe(
      "Contract unused exists, but no product's output port provides it",
    );
    expect(directory.explainContractMiss('ghost')).toBe(
      'No contract ghost is in the catalog, and no output port provides it',
    );
  });

  // Quadratic work would take minutes here; the bound leaves room for a busy machine.
  it('builds for 50,000 products in seconds', { timeout: 60_000 }, () => {
    const many = new Map<string, OdcsContract>();
    const list: DirectoryProduct[] = [];
    for (let i = 0; i < 50_000; i += 1) {
      const id = `c${i}`;
      many.set(
        id,
        contract(
          id,
          [
            {
              server: 'prod',
              type: i % 2 ? 'postgres' : 'bigquery',
              host: `db${i % 100}`,
              database: 'd',
              schema: `s${i}`,
              project: 'p',
              dataset: `s${i}`,
            },
          ],
          ['orders', 'items'],
        ),
      );
      list.push({
        productId: `p${i}`,
        name: `P${i}`,
        team: 't',
        outputPorts: [{ name: 'main', contractId: id }],
        inputContractIds: [],
      });
    }
    const started = performance.now();
    const big = buildPortDirectory(list, many);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(
      big.findByDataset({ namespace: 'postgres://db1:5432', name: 'd.s1.items' })[0]?.productId,
    ).toBe('p1');
    const missStarted = performance.now();
    expect(big.explainMiss({ namespace: 'bigquery', name: 'p.s0.orderz' })).toMatch(
      /closest: p\.s0\.orders/,
    );
    expect(performance.now() - missStarted).toBeLessThan(1000);
  });
});
