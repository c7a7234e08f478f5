import { useEffect, useState } from 'react';

/**
 * State that survives a reload and a round trip to the identity provider: unsaved input is kept
 * in this tab's session storage until it is cleared.
 */
export function useSessionDraft(key: string, initial: string): [string, (value: string) => void] {
  const [value, setValue] = useState(() => {
    try {
      return sessionStorage.getItem(key) ?? initial;
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    try {
      if (value === initial) sessionStorage.removeItem(key);
      else sessionStorage.setItem(key, value);
    } catch {
      // Without storage the draft lasts as long as the page.
    }
  }, [key, value, initial]);
  return [value, setValue];
}
