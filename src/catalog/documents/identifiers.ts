/**
 * Ids name documents in URLs, lineage and access grants, so two ids that look the same must be
 * the same. Characters that cannot be seen (zero-width, bidirectional controls) and letters of
 * several scripts mixed in one id (a Cyrillic "а" in "Sаles") make look-alikes, and are refused.
 */

const invisible: [RegExp, string][] = [
  [/[\u200B-\u200D\u2060\uFEFF\u180E\u00AD]/u, 'an invisible (zero-width) character'],
  [/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u, 'a bidirectional control character'],
  [/\p{Cc}/u, 'a control character'],
];

/** Scripts that are written together in one language count as one. */
const scriptGroups: [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Japanese', /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
];

const shared = /[\p{Script=Common}\p{Script=Inherited}]/u;

function scriptOf(letter: string): string {
  for (const [name, pattern] of scriptGroups) if (pattern.test(letter)) return name;
  return 'other';
}

/**
 * Why `id` cannot be an id, or `undefined` when it can. The message names the offending
 * character's position, so the owner can find it in an editor that does not show it.
 */
export function describeIdProblem(id: string): string | undefined {
  for (const [pattern, what] of invisible) {
    const match = pattern.exec(id);
    if (match) {
      const code = match[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
      return `contains ${what} (U+${code}) at position ${match.index + 1}; type the id again without it`;
    }
  }
  const scripts = new Map<string, string>();
  // Letters shared by scripts (the Japanese prolonged sound mark, for one) decide nothing.
  for (const letter of id.match(/\p{L}/gu) ?? []) {
    if (shared.test(letter)) continue;
    const script = scriptOf(letter);
    if (!scripts.has(script)) scripts.set(script, letter);
  }
  if (scripts.size > 1) {
    const described = [...scripts].map(([script, letter]) => `${script} ("${letter}")`);
    return `mixes letters of several scripts (${described.join(', ')}), which makes it look like another id; use one script`;
  }
  return undefined;
}
