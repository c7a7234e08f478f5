import type { DocumentKind } from '@/catalog/documents/validate-document';

/** An edit kept in this browser, for when the catalog cannot be reached. */
export interface LocalDraft {
  text: string;
  baseVersion: string | null;
  savedAt: string;
}

const key = (kind: DocumentKind, id: string) => `meshport-edit:${kind}:${id}`;

export function readLocalDraft(kind: DocumentKind, id: string): LocalDraft | null {
  try {
    const raw = localStorage.getItem(key(kind, id));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<LocalDraft>;
    return typeof parsed.text === 'string' && typeof parsed.savedAt === 'string'
      ? { text: parsed.text, baseVersion: parsed.baseVersion ?? null, savedAt: parsed.savedAt }
      : null;
  } catch {
    return null;
  }
}

export function writeLocalDraft(kind: DocumentKind, id: string, draft: LocalDraft | null): void {
  try {
    if (draft) localStorage.setItem(key(kind, id), JSON.stringify(draft));
    else localStorage.removeItem(key(kind, id));
  } catch {
    // Storage can be full or disabled; the server keeps the draft then.
  }
}

/** The newer of two drafts, so a restored edit is always the last one typed. */
export function newestDraft<T extends { savedAt: string }>(...drafts: (T | null | undefined)[]) {
  return drafts
    .filter((draft): draft is T => Boolean(draft))
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt))[0];
}
