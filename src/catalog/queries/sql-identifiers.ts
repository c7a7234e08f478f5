/**
 * Quoting for text taken from contracts and put into code a user copies and runs. Names in a
 * contract are untrusted: a table called `x"; DROP TABLE y; --` must stay one identifier, so
 * every dialect escapes its own closing character, and comments are kept on one line.
 */

/** How one SQL dialect writes an identifier. */
export interface IdentifierRules {
  /** Names that may be written bare; anything else, and reserved words, are quoted. */
  plain?: RegExp;
  /** Wraps a name in the dialect's quotes, escaping any quote inside it. */
  quote: (name: string) => string;
  /** Words reserved in this dialect on top of the common ones. */
  reserved?: ReadonlySet<string>;
}

/** `"na""me"`: ANSI, PostgreSQL, Snowflake, Trino, DuckDB. */
export const doubleQuote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** `` `na``me` ``: MySQL and Spark/Databricks double an embedded backtick. */
export const doubledBacktick = (name: string) => `\`${name.replaceAll('`', '``')}\``;

/** `` `na\`me` ``: BigQuery escapes with a backslash, like in its string literals. */
export const escapedBacktick = (name: string) =>
  `\`${name.replace(/[\\`]/g, '\\$&').replaceAll('\n', '\\n').replaceAll('\r', '\\r')}\``;

/** `[na]]me]`: SQL Server and Synapse double an embedded closing bracket. */
export const bracket = (name: string) => `[${name.replaceAll(']', ']]')}]`;

/**
 * Oracle cannot escape a double quote inside a quoted identifier, and no Oracle object can be
 * named with one, so it is dropped rather than let it end the identifier.
 */
export const oracleQuote = (name: string) => `"${name.replaceAll('"', '')}"`;

// Reserved in most dialects; quoting them where it is not needed is harmless.
const commonReserved = new Set(
  `all and any array as asc between both by case cast check collate column constraint create
  cross current_date current_time current_timestamp current_user default delete desc distinct do
  drop else end except exists false fetch for foreign from full grant group having in inner
  insert intersect interval into is join lateral leading left like limit natural not null of
  offset on only or order outer over partition primary range references right rows select
  session_user set some table then to top trailing true union unique update user using values
  when where window with`.split(/\s+/),
);

const withoutNul = (name: string) => name.replaceAll('\0', '');

/** Writes `name` bare when the dialect allows it, quoted otherwise. */
export function quoteIdentifier(name: string, rules: IdentifierRules): string {
  const clean = withoutNul(name);
  const lower = clean.toLowerCase();
  const reserved = commonReserved.has(lower) || (rules.reserved?.has(lower) ?? false);
  return rules.plain?.test(clean) && !reserved ? clean : rules.quote(clean);
}

/** `'it''s'`: a standard SQL string literal. */
export function sqlString(text: string): string {
  return `'${withoutNul(text).replaceAll("'", "''")}'`;
}

/** One line of text, so a newline in a document cannot end a comment early and start code. */
export function singleLine(text: string): string {
  let line = '';
  for (const character of text) {
    const code = character.charCodeAt(0);
    const isControl = code < 0x20 || (code >= 0x7f && code <= 0x9f);
    line += isControl || code === 0x2028 || code === 0x2029 ? ' ' : character;
  }
  return line.replace(/ {2,}/g, ' ').trim();
}

/** `'it'\''s'`: a POSIX shell argument that no character inside can end. */
export function shellArgument(text: string): string {
  return `'${withoutNul(text).replaceAll("'", `'\\''`)}'`;
}
