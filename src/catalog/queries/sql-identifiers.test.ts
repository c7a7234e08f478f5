import { describe, expect, it } from 'vitest';
import type { OdcsSchemaObject, OdcsServer } from '../standards/odcs';
import { buildStarterQuery } from './starter-query';

// Names in documents are untrusted: a crafted one must not end the identifier it is put in.

const server = (type: string, fields: Partial<OdcsServer> = {}): OdcsServer => ({
  server: 'main',
  type,
  ...fields,
});

const orders: OdcsSchemaObject = { name: 'orders', properties: [{ name: 'id' }] };
describe('buildStarterQuery with crafted names', () => {
  const evil: OdcsSchemaObject = {
    name: 'x',
    physicalName: 't"; DROP TABLE users; --',
    properties: [{ name: 'a`b]c"d' }],
  };

  it.each([
    ['postgres', '  "a`b]c""d"\nFROM "t""; DROP TABLE users; --"'],
    ['snowflake', '  "a`b]c""d"\nFROM "t""; DROP TABLE users; --"'],
    ['mysql', '  `a``b]c"d`\nFROM `t"; DROP TABLE users; --`'],
    ['databricks', '  `a``b]c"d`\nFROM `t"; DROP TABLE users; --`'],
    ['bigquery', '  `a\\`b]c"d`\nFROM `t"; DROP TABLE users; --`'],
    ['sqlserver', '  [a`b]]c"d]\nFROM [t"; DROP TABLE users; --];'],
    ['oracle', '  "a`b]cd"\nFROM "t; DROP TABLE users; --"'],
  ])('keeps every name one identifier in %s', (type, expected) => {
    expect(buildStarterQuery(server(type), evil).code).toContain(expected);
  });

  it('escapes backslashes and backticks in a BigQuery path', () => {
    const sneaky: OdcsSchemaObject = { name: 'x', physicalName: 'a\\`; DROP' };
    expect(
      buildStarterQuery(server('bigquery', { project: 'p', dataset: 'd' }), sneaky).code,
    ).toContain('FROM `p.d.a\\\\\\`; DROP`');
  });

  it('keeps document text in comments on one line', () => {
    const query = buildStarterQuery(
      server('postgres', { server: 'prod\nDROP TABLE users;' }),
      orders,
    );
    expect(query.code.split('\n')[0]).toBe('-- Server prod DROP TABLE users; (postgres)');
  });
});
