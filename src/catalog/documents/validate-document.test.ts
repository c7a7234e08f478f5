import { describe, expect, it } from 'vitest';
import { validateContractText, validateProductText } from './validate-document';

const product = `apiVersion: v1.0.0
kind: DataProduct
id: orders
name: Orders
version: 1.0.0
status: active
outputPorts:
  - name: orders
    version: 1.0.0
    contractId: orders-contract
`;

describe('validateProductText', () => {
  it('accepts a valid descriptor without issues', () => {
    const result = validateProductText(product);
    expect(result).toMatchObject({ ok: true, issues: [] });
  });

  it('names the path and line of every schema violation', () => {
    const text = product
      .replace('status: active\n', '')
      .replace('name: Orders', 'name: Orders\nowner: me')
      .replace('    version: 1.0.0\n', '    version: [1]\n');
    const result = validateProductText(text);
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'status', message: 'status is required', line: 1 }),
        expect.objectContaining({
          path: 'owner',
          line: 5,
          message: expect.stringContaining('not a field'),
        }),
        expect.objectContaining({
          path: 'outputPorts[0].version',
          line: 9,
          message: 'must be a string (text)',
        }),
      ]),
    );
  });

  it('reports a duplicate key with its line instead of keeping the last value', () => {
    const result = validateProductText(`${product}name: Orders again\n`);
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({
        path: 'name',
        line: 11,
        message: expect.stringContaining('Duplicate key'),
      }),
    ]);
  });

  it('goes on past a duplicate key, so the schema errors after it show at once', () => {
    const result = validateProductText(
      product
        .replace('status: active', 'status: active\nid: orders-again')
        .replace('name: Orders', 'name: [Orders]'),
    );
    expect(result.ok).toBe(false);
    expect(result.issues.map(({ path, severity }) => ({ path, severity }))).toEqual(
      expect.arrayContaining([
        { path: 'id', severity: 'error' },
        { path: 'name', severity: 'error' },
      ]),
    );
  });

  it('reports broken YAML with its line', () => {
    const result = validateProductText('id: orders\ntags: [a, b\nstatus: active\n');
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ severity: 'error', line: expect.any(Number) });
  });

  it('refuses an empty document and a document that is not a mapping', () => {
    expect(validateProductText('  \n').issues[0]?.message).toBe('The document is empty');
    expect(validateProductText('- a\n- b\n').issues[0]?.message).toContain('must be a mapping');
  });

  it('accepts a descriptor without version, as ODPS allows, saying it becomes a revision', () => {
    const result = validateProductText(product.replace('version: 1.0.0\nstatus', 'status'));
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([
      expect.objectContaining({
        path: 'version',
        severity: 'warning',
        message: expect.stringContaining('next numbered revision (r1, r2, …)'),
      }),
    ]);
  });

  it('checks ODCS v3.2.0 against its draft, and a newer ODPS against v1.0.0, with one warning each', () => {
    const contract = (apiVersion: string, extra = '') =>
      `apiVersion: ${apiVersion}\nkind: DataContract\nid: c\nversion: 1.0.0\nstatus: active\n${extra}`;
    const draft = validateContractText(contract('v3.2.0'));
    expect(draft.ok).toBe(true);
    expect(draft.issues.map((found) => found.message)).toEqual([
      expect.stringMatching(
        /^ODCS v3\.2\.0 is not released yet: this document is checked against the draft/,
      ),
    ]);
    const newer = validateProductText(product.replace('apiVersion: v1.0.0', 'apiVersion: v1.1.0'));
    expect(newer.ok).toBe(true);
    expect(newer.issues.map((found) => found.message)).toEqual([
      expect.stringMatching(
        /^ODPS v1\.1\.0 is newer than the versions Meshport knows \(up to v1\.0\.0\)/,
      ),
    ]);
    expect(validateContractText(contract('v3.0.2')).issues[0]?.message).toMatch(
      /consider updating apiVersion/,
    );
  });

  it('warns, without refusing, about an older apiVersion and an unusual status', () => {
    const result = validateProductText(
      product.replace('v1.0.0', 'v0.9.0').replace('status: active', 'status: beta'),
    );
    expect(result.ok).toBe(true);
    expect(result.issues.map((issue) => [issue.path, issue.severity])).toEqual([
      ['apiVersion', 'warning'],
      ['status', 'warning'],
    ]);
  });

  it('keeps unquoted dates as strings (YAML 1.2 core schema)', () => {
    const result = validateProductText(`${product}productCreatedTs: 2023-01-15T10:30:00Z\n`);
    expect(result.ok && result.document.productCreatedTs).toBe('2023-01-15T10:30:00Z');
  });

  it('accepts JSON as well as YAML', () => {
    const json = JSON.stringify({
      apiVersion: 'v1.0.0',
      kind: 'DataProduct',
      id: 'x',
      version: '1',
      status: 'draft',
      outputPorts: [{ name: 'p', version: '1' }],
    });
    expect(validateProductText(json).ok).toBe(true);
  });
});

describe('validateContractText', () => {
  it('folds a failed choice between forms into one message listing what is accepted', () => {
    const text = `apiVersion: v3.1.0
kind: DataContract
id: c
version: 1.0.0
status: active
schema:
  - name: t
    quality:
      - type: library
        metric: rowCount
`;
    const result = validateContractText(text);
    expect(result.ok).toBe(false);
    const messages = result.issues.filter((issue) => issue.path === 'schema[0].quality[0]');
    expect(messages).toHaveLength(1);
    expect(messages[0]?.message).toMatch(/needs one of: mustBe, mustNotBe, mustBeGreaterThan/);
    expect(messages[0]?.line).toBe(9);
  });

  it('reports a wrong server type with the allowed values', () => {
    const text = `apiVersion: v3.1.0
kind: DataContract
id: c
version: 1.0.0
status: active
servers:
  - server: main
    type: excel
`;
    const result = validateContractText(text);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        path: 'servers[0].type',
        line: 8,
        message: expect.stringContaining('must be one of: api'),
      }),
    );
  });
});

describe('limits', () => {
  it('lists the first 100 of 25,000 problems, errors first, and counts them all', () => {
    const unknown = Array.from({ length: 25_000 }, (_, index) => `extra${index}: x\n`).join('');
    const result = validateProductText(`${product}${unknown}`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.total).toBe(25_000);
    expect(result.issues).toHaveLength(100);
    expect(result.issues[0]).toMatchObject({ path: 'extra0', line: 11, severity: 'error' });
    expect(result.issues[99]).toMatchObject({ path: 'extra99', line: 110 });
  });

  it('refuses more ports than allowed without checking each one', () => {
    const ports = Array.from(
      { length: 1_001 },
      (_, index) => `  - name: p${index}\n    version: 1.0.0\n`,
    ).join('');
    const result = validateProductText(`${product}${ports}`);
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({
        path: 'outputPorts',
        line: 7,
        message: 'has 1,002 items; at most 1,000 are allowed here',
      }),
    ]);
  });

  it('refuses ids that look like other ids, and ids or versions too long to open', () => {
    const messages = (text: string) => validateProductText(text).issues.map((i) => i.message);
    expect(messages(product.replace('id: orders', 'id: оrders'))).toEqual([
      expect.stringMatching(/^id mixes letters of several scripts \(Cyrillic \("о"\), Latin/),
    ]);
    expect(messages(product.replace('id: orders', 'id: "or\\u200Bders"'))).toEqual([
      'id contains an invisible (zero-width) character (U+200B) at position 3; type the id again without it',
    ]);
    expect(
      messages(product.replace('contractId: orders-contract', 'contractId: "a\\u202Eb"')),
    ).toEqual([
      expect.stringMatching(/^outputPorts\[0\]\.contractId contains a bidirectional control/),
    ]);
    expect(messages(product.replace('id: orders', `id: ${'o'.repeat(501)}`))).toEqual([
      'id is 501 characters long; at most 500 are allowed',
    ]);
    expect(
      messages(
        product.replace('version: 1.0.0\nstatus', `version: "1.${'0'.repeat(100)}"\nstatus`),
      ),
    ).toEqual(['version is 102 characters long; at most 100 are allowed']);
    expect(validateProductText(product.replace('id: orders', 'id: 注文-orders')).ok).toBe(false);
    expect(validateProductText(product.replace('id: orders', 'id: 注文データ')).ok).toBe(true);
  });
});

describe('entries whose fields depend on their type', () => {
  it('reports the wrong value of a server, not every other field as unknown', () => {
    const result = validateContractText(`apiVersion: v3.1.0
kind: DataContract
id: c
version: 1.0.0
status: active
servers:
  - server: prod
    type: postgres
    host: db
    port: not-a-number
    database: shop
    schema: public
    location: eu
`);
    expect(result.issues.map((found) => [found.path, found.line, found.message])).toEqual([
      ['servers[0].port', 10, 'must be a whole number'],
      [
        'servers[0].location',
        13,
        'location is not a field the standard defines here (put your own data in customProperties)',
      ],
    ]);
  });
});
