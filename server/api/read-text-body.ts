/**
 * Reads a document's bytes as text without changing them: a byte order mark is kept (the export
 * gives it back), and bytes that are not valid UTF-8 are refused with the offset of the first
 * one, instead of being silently replaced by U+FFFD and stored as something the owner never wrote.
 */
export type TextBody = { ok: true; text: string } | { ok: false; message: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export async function readTextBody(request: Request): Promise<TextBody> {
  const bytes = new Uint8Array(await request.arrayBuffer());
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8Byte(bytes);
    return {
      ok: false,
      message: `The document is not valid UTF-8: byte ${offset} (0x${(bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0')}) starts no valid character. Save the file as UTF-8 and import it again.`,
    };
  }
}

/** The 0-based offset of the first byte that does not begin or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const first = bytes[index] as number;
    let length: number;
    let min: number;
    if (first < 0x80) {
      index += 1;
      continue;
    } else if (first >= 0xc2 && first <= 0xdf) {
      [length, min] = [2, 0x80];
    } else if (first >= 0xe0 && first <= 0xef) {
      [length, min] = [3, 0x800];
    } else if (first >= 0xf0 && first <= 0xf4) {
      [length, min] = [4, 0x10000];
    } else {
      return index;
    }
    let code = first & (0xff >> (length + 1));
    for (let next = 1; next < length; next += 1) {
      const byte = bytes[index + next];
      if (byte === undefined || (byte & 0xc0) !== 0x80) return index;
      code = (code << 6) | (byte & 0x3f);
    }
    // Overlong forms, surrogates and code points beyond U+10FFFF are not valid UTF-8.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return index;
    index += length;
  }
  return bytes.length;
}
