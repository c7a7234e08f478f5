import type { DocumentKind } from '../../src/catalog/documents/validate-document';

/**
 * A person's unpublished edit of one document: the whole text as they left it, and the stored
 * version it started from (null for a document that does not exist yet), so publishing can tell
 * whether someone else published meanwhile. Each person has at most one draft per document, and
 * only they ever see it: drafts are always looked up by their owner.
 */
export interface Draft {
  ownerId: string;
  kind: DocumentKind;
  id: string;
  text: string;
  baseVersion: string | null;
  /** When the person last changed the text, as their browser says; the save's time otherwise. */
  savedAt: string;
  /** When the server last received it. */
  updatedAt: string;
}

/** A draft without its text, for listing someone's drafts. */
export type DraftInfo = Omit<Draft, 'text'>;

export interface DraftStore {
  /** Keeps the draft, replacing the owner's earlier draft of the same document. */
  save(draft: Draft): Promise<Draft>;
  get(ownerId: string, kind: DocumentKind, id: string): Promise<Draft | null>;
  /** The owner's drafts, the most recently saved first. */
  list(ownerId: string): Promise<DraftInfo[]>;
  /** Whether there was a draft to delete. */
  delete(ownerId: string, kind: DocumentKind, id: string): Promise<boolean>;
}
