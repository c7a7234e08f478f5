import type { ParsedYaml } from '../documents/parse-yaml';
import { parseYaml } from '../documents/parse-yaml';

/*
 * The texts a form works on, parsed once each. A keystroke in a form edits the text it was
 * showing, checks the edited text, and the form then shows that text: without this, the same
 * text is parsed three times per keystroke, which a 2,000-line contract feels.
 */
const recent: { text: string; parsed: ParsedYaml }[] = [];
const kept = 3;

/** `parseYaml`, remembering the last few texts. */
export function parseYamlCached(text: string): ParsedYaml {
  const index = recent.findIndex((entry) => entry.text === text);
  if (index >= 0) {
    const [entry] = recent.splice(index, 1);
    if (entry) {
      recent.unshift(entry);
      return entry.parsed;
    }
  }
  const parsed = parseYaml(text);
  recent.unshift({ text, parsed });
  recent.length = Math.min(recent.length, kept);
  return parsed;
}
