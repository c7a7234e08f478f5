import { stringify } from 'yaml';

/**
 * Seed documents are written without line folding, so descriptions and queries keep their lines,
 * and without anchors: columns built from one template share their example lists, which must
 * still be written out in full where each column is.
 */
export const seedYamlOptions = { lineWidth: 0, aliasDuplicateObjects: false } as const;

/** The `yaml` package's own rendering of a seed document: what the demo mesh ships. */
export function stringifyYaml(value: Record<string, unknown>): string {
  return stringify(value, seedYamlOptions);
}

/** Thrown inside the fast writer for anything it does not handle; the `yaml` package takes over. */
class NeedsFullWriter extends Error {}

/**
 * Writes the same text as `stringifyYaml` ~20 times faster, for the large generated catalogs
 * (the `yaml` package spends about a millisecond per contract, which is minutes for 150,000
 * documents). It only handles what seed documents contain: block mappings and sequences of
 * strings, numbers and booleans. Anything else (control characters, leading or trailing blanks
 * in multi-line text, document markers) is handed to the `yaml` package, so the result is always
 * what it would write; tests compare the two on every demo document and on generated ones.
 */
export function fastStringifyYaml(value: Record<string, unknown>): string {
  // Chunks are appended to one list and joined once: joining per level copies deep documents
  // many times over.
  const out: string[] = [];
  try {
    if (Object.keys(value).length === 0) return '{}\n';
    writeMap(value, '', out);
    out.push('\n');
    return out.join('');
  } catch (error) {
    if (error instanceof NeedsFullWriter) return stringifyYaml(value);
    throw error;
  }
}

/** Values the core schema would read as something other than a string, so they need quotes. */
const nonStringScalars = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];
// The same tests the `yaml` package runs before writing a plain scalar.
const notPlain =
  /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
// Any surrogate, paired or not, goes to the full writer: simpler than telling them apart.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlCharacters = /[\x00-\x08\x0b-\x1f\x7f-\x9f\uD800-\uDFFF]/;
const documentMarker = /^(%|---|\.\.\.)/m;
const simpleKey = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Most seed strings: a letter, then words and punctuation that never need quotes. */
const safeText = /^[A-Za-z](?:[\w .,;()/@'+-]*[\w.,;()/@'+-])?$/;
const keywords = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const checkedKeys = new Set<string>();

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function writeKey(key: string): string {
  if (checkedKeys.has(key)) return key;
  if (!simpleKey.test(key) || nonStringScalars.some((test) => test.test(key))) {
    throw new NeedsFullWriter();
  }
  checkedKeys.add(key);
  return key;
}

function writeMap(map: Record<string, unknown>, indent: string, out: string[]): void {
  let first = true;
  for (const key in map) {
    const value = map[key];
    if (value === undefined) continue;
    if (!first) out.push(`\n${indent}`);
    first = false;
    out.push(`${writeKey(key)}:`);
    writeAfterKey(value, indent, out);
  }
}

function writeSequence(items: readonly unknown[], indent: string, out: string[]): void {
  for (let index = 0; index < items.length; index += 1) {
    out.push(index === 0 ? '- ' : `\n${indent}- `);
    writeItem(items[index], indent, out);
  }
}

const isEmpty = (value: object) =>
  Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;

/** A value after `key:`: on the same line when it is a scalar, else on the lines below. */
function writeAfterKey(value: unknown, indent: string, out: string[]): void {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) out.push(' []');
    else {
      out.push(`\n${inner}`);
      writeSequence(value, inner, out);
    }
  } else if (isRecord(value)) {
    if (isEmpty(value)) out.push(' {}');
    else {
      out.push(`\n${inner}`);
      writeMap(value, inner, out);
    }
  } else if (typeof value === 'string' && value.includes('\n')) {
    out.push(` ${writeLiteral(value, inner)}`);
  } else {
    out.push(` ${writeScalar(value)}`);
  }
}

/** A value after `- `, whose own lines sit two columns further in. */
function writeItem(value: unknown, indent: string, out: string[]): void {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) out.push('[]');
    else writeSequence(value, inner, out);
  } else if (isRecord(value)) {
    if (isEmpty(value)) out.push('{}');
    else writeMap(value, inner, out);
  } else if (typeof value === 'string' && value.includes('\n')) {
    throw new NeedsFullWriter();
  } else {
    out.push(writeScalar(value));
  }
}

function writeScalar(value: unknown): string {
  if (typeof value === 'string') return writeString(value);
  if (typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0)) {
    return JSON.stringify(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value === null) return 'null';
  throw new NeedsFullWriter();
}

function writeString(value: string): string {
  if (safeText.test(value)) return keywords.test(value) ? quote(value) : value;
  if (controlCharacters.test(value)) throw new NeedsFullWriter();
  if (notPlain.test(value)) return quote(value);
  if (documentMarker.test(value)) throw new NeedsFullWriter();
  if (nonStringScalars.some((test) => test.test(value))) return quote(value);
  return value;
}

/** Single-line quoting: single quotes only when the text has double quotes and no single ones. */
function quote(value: string): string {
  if (value.includes('"') && !value.includes("'")) return `'${value}'`;
  return JSON.stringify(value);
}

/** Multi-line text as a `|-` literal block, indented under its key. */
function writeLiteral(value: string, indent: string): string {
  if (controlCharacters.test(value) || /^\s|\s$/.test(value)) throw new NeedsFullWriter();
  return `|-\n${indent}${value.replace(/\n+/g, `$&${indent}`)}`;
}
