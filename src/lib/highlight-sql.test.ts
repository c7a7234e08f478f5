import { describe, expect, it } from 'vitest';
import { tokenizeSql } from './highlight-sql';

describe('tokenizeSql', () => {
  it('tells keywords, identifiers, strings, numbers and comments apart', () => {
    const tokens = tokenizeSql(
      `-- top customers\nSELECT "email", total FROM sales.orders WHERE status = 'it''s' LIMIT 10`,
    );
    const typed = tokens
      .filter((token) => token.type !== 'plain')
      .map((token) => [token.type, token.text]);
    expect(typed).toEqual([
      ['comment', '-- top customers'],
      ['keyword', 'SELECT'],
      ['identifier', '"email"'],
      ['keyword', 'FROM'],
      ['keyword', 'WHERE'],
      ['string', "'it''s'"],
      ['keyword', 'LIMIT'],
      ['number', '10'],
    ]);
  });

  it('keeps every character, so the copied text is the shown text', () => {
    const sql = 'SELECT `a`, [b] FROM t /* unterminated';
    expect(
      tokenizeSql(sql)
        .map((token) => token.text)
        .join(''),
    ).toBe(sql);
  });
});
