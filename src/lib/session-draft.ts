import { useEffect, useState } from 'react';

/**
 * Unsent input kept in this tab's session storage, so it survives a reload and a round trip to
 * the identity provider, and is gone when the tab closes. Without storage (disabled, full) a
 * draft lasts as long as the page.
 */
export function readSessionDraft(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeSessionDraft(key: string, value: string | null): void {
  try {
    if (value === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, value);
  } catch {
    // Without storage the draft lasts as long as the page.
  }
}

/** A text field's draft: kept until it is back to `initial` (cleared). */
export function useSessionDraft(key: string, initial: string): [string, (value: string) => void] {
  const [value, setValue] = useState(() => readSessionDraft(key) ?? initial);
  useEffect(() => {
    writeSessionDraft(key, value === initial ? null : value);
  }, [key, value, initial]);
  return [value, setValue];
}
