/**
 * How every store reads text for search, so that they find the same products: lower case, and
 * any run of characters other than letters and digits is one word break (`customer_id` is the
 * two words `customer` and `id`).
 */

/** The normalised words of `value`, padded with spaces so that ` word` finds a word start. */
export function normalizeText(value: string): string {
  const words = value
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return words ? ` ${words} ` : ' ';
}

/** The distinct words of a query, normalised the same way. */
export function tokenize(query: string): string[] {
  return [...new Set(normalizeText(query).trim().split(' ').filter(Boolean))];
}
