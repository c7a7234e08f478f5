import { sql } from 'drizzle-orm';

/**
 * A stored text column, read with one character in front of it. PGlite decodes every value with a
 * TextDecoder that drops a byte order mark at its start; behind the extra character the mark is
 * no longer at the start, so texts come back byte for byte on both drivers.
 */
export const textColumn = (table: string) => sql.raw(`'.' || ${table}.text AS text`);

/** The text read through `textColumn`, without the character in front. */
export const storedText = (column: string) => column.slice(1);
