import { describe, expect, it } from 'vitest';
import { documentLimits } from './document-limits';
import { parseYaml } from './parse-yaml';

const errors = (text: string) =>
  parseYaml(text).issues.filter((issue) => issue.severity === 'error');
const warnings = (text: string) =>
  parseYaml(text).issues.filter((issue) => issue.severity === 'warning');

/** `count` mappings of `width` keys, each aliasing the one before: a small text, a huge value. */
function laughs(levels: number, width: number): string {
  let text = `a0: &a0 [${Array.from({ length: width }, () => 'lol').join(', ')}]\n`;
  for (let level = 1; level < levels; level += 1) {
    text += `a${level}: &a${level} [${Array.from({ length: width }, () => `*a${level - 1}`).join(', ')}]\n`;
  }
  return text;
}

describe('parseYaml', () => {
  it('reads an ordinary document, with a byte order mark in front', () => {
    const parsed = parseYaml('\uFEFFid: orders\nversion: 1.0.0\ntags: [a, b]\n');
    expect(parsed.issues).toEqual([]);
    expect(parsed.value).toEqual({ id: 'orders', version: '1.0.0', tags: ['a', 'b'] });
    expect(parsed.lineOf(['tags', 1])).toBe(3);
    expect(parsed.lineOf(['tags', 9])).toBe(3);
  });

  it('reports every duplicate key of a very large mapping, each with its line', () => {
    const text = Array.from({ length: 10_000 }, (_, index) => `name: value ${index}\n`).join('');
    const found = errors(text);
    expect(found).toHaveLength(9_999);
    expect(found[0]).toMatchObject({ path: 'name', line: 2 });
    expect(found[0]?.message).toMatch(/^Duplicate key/);
    expect(found.at(-1)?.line).toBe(10_000);
  });

  it('refuses aliases that expand a small text into a huge value, naming the anchor', () => {
    const text = laughs(6, 9);
    expect(text.length).toBeLessThan(500);
    const found = errors(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/aliases of &a4 expand the document by .* values/);
    expect(found[0]?.line).toBe(5);
    expect(parseYaml(text).value).toBeUndefined();
  });

  it('refuses aliases that repeat a long text, counting its characters, not one value', () => {
    const long = 'A'.repeat(200_000);
    const text = `purpose: &big "${long}"\ncopies:\n${Array.from({ length: 10 }, () => '  - *big').join('\n')}\n`;
    const found = errors(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/^Aliases such as \*big repeat 2,000,000 characters/);
    expect(parseYaml(text).value).toBeUndefined();
    // The same text written once, and a short text aliased many times, are fine.
    expect(errors(`purpose: "${long}"\n`)).toEqual([]);
    expect(
      errors(
        `a: &short "${'B'.repeat(500)}"\nb: [${Array.from({ length: 90 }, () => '*short').join(', ')}]\n`,
      ),
    ).toEqual([]);
  });

  it('accepts a few honest aliases and expands them', () => {
    const parsed = parseYaml('server: &prod { host: db, port: 5432 }\nreplica: *prod\n');
    expect(parsed.issues).toEqual([]);
    expect(parsed.value).toEqual({
      server: { host: 'db', port: 5432 },
      replica: { host: 'db', port: 5432 },
    });
  });

  it('refuses more aliases than allowed, an alias without anchor and one inside its anchor', () => {
    const many = `base: &x 1\nlist: [${Array.from({ length: documentLimits.aliases + 1 }, () => '*x').join(', ')}]\n`;
    expect(errors(many).map((issue) => issue.message)).toEqual([
      expect.stringMatching(/^More than 100 aliases/),
    ]);
    expect(errors('a: *nowhere\n')[0]?.message).toMatch(/no anchor &nowhere/);
    expect(errors('a: &self [1, *self]\n')[0]).toMatchObject({
      path: 'a[1]',
      message: expect.stringMatching(/inside its own anchor/),
    });
  });

  it('refuses text PostgreSQL cannot store, naming where it is', () => {
    expect(errors('name: "a\\0b"\n')[0]).toMatchObject({
      path: 'name',
      line: 1,
      message: expect.stringMatching(/NUL character/),
    });
    expect(errors('tags:\n  - fine\n  - "\\ud800"\n')[0]).toMatchObject({
      path: 'tags[1]',
      line: 3,
      message: expect.stringMatching(/half of a surrogate pair/),
    });
    expect(errors('name: raw\u0000nul\n')[0]?.message).toMatch(/NUL character/);
  });

  it('warns about values JSON cannot represent, and keeps the rest', () => {
    const text = 'a: .inf\nb: 1e400\nc: 123456789012345678901\nd: !!set\n  ? x\ne: 12\n';
    const found = warnings(text);
    expect(found.map((issue) => [issue.path, issue.line])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
      ['d', 4],
    ]);
    expect(found[0]?.message).toMatch(/\.inf has no JSON equivalent and is read as null/);
    expect(found[2]?.message).toMatch(/too large to be kept exactly/);
    expect(found[3]?.message).toMatch(/!!set is not part of YAML's core schema/);
    expect(parseYaml(text).value).toMatchObject({ e: 12 });
  });

  it('says clearly when a document nests too deeply', () => {
    const text = `${'['.repeat(5_000)}${']'.repeat(5_000)}`;
    expect(errors(text)[0]?.message).toMatch(/nests too deeply/);
    const nested = `a: ${'['.repeat(70)}${']'.repeat(70)}\n`;
    expect(errors(nested)[0]?.message).toMatch(/more than 64 levels/);
  });

  it('gives one accurate message per quoted value continued too far left, and the real problems', () => {
    const text = [
      'id: employees', // 1
      'schema:', // 2
      '  - name: employee', // 3
      '    description: "Employee information such as salary\\', // 4
      '    \\ and title."', // 5
      '    properties:', // 6
      '      - name: nationalidnumber', // 7
      '        description: "Unique national identification number such as a social security\\', // 8
      '        \\ number."', // 9
      '      - name: jobtitle', // 10
      "        description: 'Work title such as", // 11
      "        Buyer or Sales Representative.'", // 12
      '        tags: [a, b', // 13
      '        required: false', // 14
      '',
    ].join('\n');
    const found = errors(text);
    expect(found.slice(0, 3).map((issue) => [issue.line, issue.path])).toEqual([
      [5, 'schema[0].description'],
      [9, 'schema[0].properties[0].description'],
      [12, 'schema[0].properties[1].description'],
    ]);
    expect(found[0]?.message).toMatch(
      /quoted text of "description" continues on line 5, indented no further than its key \(4 spaces\)/,
    );
    expect(found.some((issue) => /closing "?quote/.test(issue.message))).toBe(false);
    // The unclosed list on line 13 is a real problem, reported as such.
    expect(found.length).toBeGreaterThan(3);
    expect(found.slice(3).every((issue) => (issue.line ?? 0) >= 13)).toBe(true);
  });
});
