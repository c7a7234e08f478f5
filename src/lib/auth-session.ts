/**
 * The credentials the web app sends with every API call: the demo persona (kept across visits)
 * or an access token from the identity provider (kept for this tab only).
 */
const personaKey = 'meshport-persona';
const tokenKey = 'meshport-access-token';

export const personaHeader = 'X-Meshport-Persona';

function read(storage: Storage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(storage: Storage | undefined, key: string, value: string | null) {
  try {
    if (value === null) storage?.removeItem(key);
    else storage?.setItem(key, value);
  } catch {
    // Storage can be disabled; the choice then lasts until the page reloads.
  }
}

const local = () => (typeof localStorage === 'undefined' ? undefined : localStorage);
const session = () => (typeof sessionStorage === 'undefined' ? undefined : sessionStorage);

export function getPersona(): string | null {
  return read(local(), personaKey);
}

export function setPersona(id: string | null): void {
  write(local(), personaKey, id);
}

export function getAccessToken(): string | null {
  return read(session(), tokenKey);
}

export function setAccessToken(token: string | null): void {
  write(session(), tokenKey, token);
}

export function authHeaders(): Record<string, string> {
  const token = getAccessToken();
  if (token) return { Authorization: `Bearer ${token}` };
  const persona = getPersona();
  return persona ? { [personaHeader]: persona } : {};
}
