/**
 * A quoted value may continue on the next lines, but YAML wants those lines indented further
 * than the value's key. Some writers (PyYAML's emitter among them) break long quoted strings onto
 * lines indented only as far as the key, and lenient readers accept that; the `yaml` package
 * follows the spec and reports a missing closing quote and a cascade of errors after it. This
 * finds those values, so the user gets one accurate message for each, and gives a copy of the
 * text with the lines indented, from which the remaining (real) problems can be read.
 */

export interface UnderIndentedQuote {
  /** 1-based line of the key whose quoted value continues too far left. */
  keyLine: number;
  /** 1-based lines that continue it without enough indentation. */
  lines: number[];
  key: string;
  keyColumn: number;
}

const keyedQuote = /^(\s*(?:-\s+)*)((?:"[^"]*"|'[^']*'|[^\s#"'][^#]*?)):\s+(["'])/;
const listQuote = /^(\s*(?:-\s+)*-\s+)(["'])/;
const blockScalarStart = /:\s*[|>][+-]?\d*\s*(?:#.*)?$/;

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** Where the quoted text that opens at `start` of `lines[index]` closes: line and column. */
function findClosingQuote(
  lines: readonly string[],
  index: number,
  start: number,
  quote: string,
): { line: number; column: number } | undefined {
  let column = start + 1;
  for (let line = index; line < lines.length && line < index + 200; line += 1, column = 0) {
    const text = lines[line] ?? '';
    for (; column < text.length; column += 1) {
      const char = text[column];
      if (quote === '"' && char === '\\') column += 1;
      else if (quote === "'" && char === "'" && text[column + 1] === "'") column += 1;
      else if (char === quote) return { line, column };
    }
  }
  return undefined;
}

export function findUnderIndentedQuotes(text: string): UnderIndentedQuote[] {
  const lines = text.split(/\r?\n/);
  const found: UnderIndentedQuote[] = [];
  let blockIndent = -1;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (blockIndent >= 0) {
      if (line.trim() === '' || indentOf(line) > blockIndent) continue;
      blockIndent = -1;
    }
    if (blockScalarStart.test(line)) {
      blockIndent = indentOf(line);
      continue;
    }
    const keyed = keyedQuote.exec(line);
    const listed = keyed ? null : listQuote.exec(line);
    const match = keyed ?? listed;
    if (!match) continue;
    const prefix = match[1] ?? '';
    const quote = (keyed ? match[3] : match[2]) ?? '"';
    const keyColumn = keyed ? prefix.length : prefix.length - 2;
    const start = match[0].length - 1;
    const closing = findClosingQuote(lines, index, start, quote);
    if (!closing || closing.line === index) continue;
    const short: number[] = [];
    for (let next = index + 1; next <= closing.line; next += 1) {
      const continued = lines[next] ?? '';
      if (continued.trim() !== '' && indentOf(continued) <= keyColumn) short.push(next + 1);
    }
    if (short.length) {
      found.push({
        keyLine: index + 1,
        lines: short,
        key: keyed ? (match[2] ?? '').replace(/^["']|["']$/g, '') : '',
        keyColumn,
      });
    }
    index = closing.line;
  }
  return found;
}

/** The text with each short continuation line indented two spaces past its key; lines keep their numbers. */
export function indentContinuations(text: string, quotes: readonly UnderIndentedQuote[]): string {
  const lines = text.split(/(?<=\n)/);
  for (const quote of quotes) {
    for (const line of quote.lines) {
      const content = lines[line - 1];
      if (content === undefined) continue;
      lines[line - 1] = ' '.repeat(quote.keyColumn + 2) + content.trimStart();
    }
  }
  return lines.join('');
}

export function describeUnderIndentedQuote(quote: UnderIndentedQuote): string {
  const where =
    quote.lines.length === 1
      ? `line ${quote.lines[0]}`
      : `lines ${quote.lines[0]}–${quote.lines[quote.lines.length - 1]}`;
  const key = quote.key ? `"${quote.key}"` : 'the list item';
  return `The quoted text of ${key} continues on ${where}, indented no further than its key (${quote.keyColumn} spaces). YAML needs the continuation lines of a quoted value indented further than the key: add spaces at the start of ${where}, or write the value on one line.`;
}
