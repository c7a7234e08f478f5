export type SqlTokenType = 'keyword' | 'string' | 'identifier' | 'number' | 'comment' | 'plain';

export interface SqlToken {
  type: SqlTokenType;
  text: string;
}

const keywords = new Set(
  `select from where and or not in is null as on join left right inner outer full cross group by order
  having limit offset fetch first next rows only top distinct union all except intersect with case when
  then else end asc desc between like ilike exists count sum avg min max cast date timestamp interval
  current_date current_timestamp insert into values update set delete create table view over partition
  qualify true false coalesce extract lateral using window filter within array struct read_parquet
  read_csv read_json`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Splits SQL into tokens for highlighting. It only has to colour text, never to understand it, so
 * a small scanner beats shipping a full highlighter; the output is rendered as text, never as HTML.
 */
export function tokenizeSql(sql: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  const pattern =
    /(--[^\n]*|\/\*[\s\S]*?(?:\*\/|$))|('(?:[^']|'')*'?)|("(?:[^"]|"")*"?|`(?:[^`]|``)*`?|\[[^\]\n]*\]?)|(\b\d+(?:\.\d+)?\b)|([A-Za-z_][\w$]*)/g;
  let last = 0;
  for (const match of sql.matchAll(pattern)) {
    const index = match.index;
    if (index > last) tokens.push({ type: 'plain', text: sql.slice(last, index) });
    const [text, comment, string, identifier, number, word] = match;
    if (comment) tokens.push({ type: 'comment', text });
    else if (string) tokens.push({ type: 'string', text });
    else if (identifier) tokens.push({ type: 'identifier', text });
    else if (number) tokens.push({ type: 'number', text });
    else if (word)
      tokens.push({ type: keywords.has(word.toLowerCase()) ? 'keyword' : 'plain', text });
    last = index + text.length;
  }
  if (last < sql.length) tokens.push({ type: 'plain', text: sql.slice(last) });
  return mergePlain(tokens);
}

function mergePlain(tokens: SqlToken[]): SqlToken[] {
  const merged: SqlToken[] = [];
  for (const token of tokens) {
    const previous = merged[merged.length - 1];
    if (previous && previous.type === 'plain' && token.type === 'plain')
      previous.text += token.text;
    else merged.push({ ...token });
  }
  return merged;
}
