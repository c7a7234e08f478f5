/**
 * Text PostgreSQL cannot store: the NUL character, and half of a UTF-16 surrogate pair (which
 * only escapes such as `\ud800` can produce). Both are refused where they come in, naming the
 * field, instead of failing deep in the database.
 */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function describeUnstorableText(text: string): string | undefined {
  if (text.includes('\u0000'))
    return 'contains a NUL character (\\0 or \\u0000), which cannot be stored; remove it';
  if (loneSurrogate.test(text))
    return 'contains half of a surrogate pair (an escape such as \\ud800 alone), which is not valid Unicode; remove it or write the whole character';
  return undefined;
}

/** The first string in a JSON value (keys included) that cannot be stored, with its path. */
export function findUnstorableText(
  value: unknown,
  path: readonly (string | number)[] = [],
): { path: (string | number)[]; message: string } | undefined {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [...path] }];
  while (stack.length) {
    const entry = stack.pop() as (typeof stack)[number];
    if (typeof entry.value === 'string') {
      const message = describeUnstorableText(entry.value);
      if (message) return { path: entry.path, message };
    } else if (Array.isArray(entry.value)) {
      entry.value.forEach((item, index) =>
        stack.push({ value: item, path: [...entry.path, index] }),
      );
    } else if (typeof entry.value === 'object' && entry.value !== null) {
      for (const [key, item] of Object.entries(entry.value)) {
        const message = describeUnstorableText(key);
        if (message) return { path: [...entry.path, key], message: `Its key ${message}` };
        stack.push({ value: item, path: [...entry.path, key] });
      }
    }
  }
  return undefined;
}
