import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { DocumentKind } from '@/catalog/documents/validate-document';
import { deleteDraft, editorQueries, saveDraft } from '../api/editor-api';
import type { LocalDraft } from './local-draft';
import { newestDraft, readLocalDraft, writeLocalDraft } from './local-draft';

export type SaveState =
  | { status: 'clean' }
  | { status: 'saving' }
  | { status: 'saved'; at: string; where: 'server' | 'browser' };

/**
 * The text being edited, saved as the owner types: in this browser at once (a reload, a crash or
 * going offline loses nothing) and on the server after a pause (another device, a restart). A
 * draft that differs from what is stored is offered back, never applied without asking.
 */
export function useDraft(
  kind: DocumentKind,
  id: string,
  stored: { text: string; version: string | null },
  /** The text to begin with when there is no draft: a template for a new document. */
  start: string = stored.text,
) {
  const [text, setText] = useState(start);
  const [baseVersion, setBaseVersion] = useState(stored.version);
  const [save, setSave] = useState<SaveState>({ status: 'clean' });
  const [offer, setOffer] = useState<LocalDraft | null>(null);
  // Whether the server's draft (or its absence) is known; saving waits for it, then resumes.
  const [decided, setDecided] = useState(false);
  const queryClient = useQueryClient();
  const server = useQuery(editorQueries.draft(kind, id));
  const forgetServerDraft = () =>
    queryClient.setQueryData(editorQueries.draft(kind, id).queryKey, null);

  // Once the server has answered (or could not), offer the newest draft that differs.
  useEffect(() => {
    if (decided || server.isPending) return;
    setDecided(true);
    const draft = newestDraft<LocalDraft>(readLocalDraft(kind, id), server.data ?? null);
    if (draft && draft.text !== stored.text && draft.text !== start) setOffer(draft);
  }, [decided, kind, id, server.isPending, server.data, stored.text, start]);

  // What was last published from here counts as stored until the page reads it back, so the
  // moment between publishing and reloading the document is not an unpublished change.
  const [published, setPublished] = useState<{ text: string; version: string } | null>(null);
  const baseline = published ?? stored;
  const dirty = text !== baseline.text || baseVersion !== baseline.version;
  useEffect(() => {
    if (!decided || offer) return;
    if (!dirty) {
      // Back to what is stored (undone, say): no draft is left to offer next time.
      if (readLocalDraft(kind, id)) {
        writeLocalDraft(kind, id, null);
        void deleteDraft(kind, id).catch(() => undefined);
      }
      setSave({ status: 'clean' });
      return;
    }
    const savedAt = new Date().toISOString();
    writeLocalDraft(kind, id, { text, baseVersion, savedAt });
    setSave({ status: 'saving' });
    const timer = setTimeout(() => {
      saveDraft(kind, id, { text, baseVersion, savedAt }).then(
        () => setSave({ status: 'saved', at: savedAt, where: 'server' }),
        () => setSave({ status: 'saved', at: savedAt, where: 'browser' }),
      );
    }, 800);
    return () => clearTimeout(timer);
  }, [decided, kind, id, text, baseVersion, dirty, offer]);

  return {
    text,
    setText,
    baseVersion,
    setBaseVersion,
    dirty,
    save,
    offer,
    /** Continues the offered draft. */
    restore() {
      if (!offer) return;
      setText(offer.text);
      setBaseVersion(offer.baseVersion);
      setOffer(null);
    },
    /** Drops the offered draft, here and on the server. */
    discard() {
      setOffer(null);
      writeLocalDraft(kind, id, null);
      forgetServerDraft();
      void deleteDraft(kind, id).catch(() => undefined);
    },
    /**
     * After a conflict: someone else's version is now the one this edit works from, so it is
     * what "unchanged" means from here on (their text, when taken as it is, is not a change).
     */
    rebase(version: string, theirText: string) {
      setPublished({ text: theirText, version });
      setBaseVersion(version);
    },
    /** After publishing: nothing is left to keep. */
    published(version: string, publishedText: string) {
      setPublished({ text: publishedText, version });
      setBaseVersion(version);
      writeLocalDraft(kind, id, null);
      forgetServerDraft();
      void deleteDraft(kind, id).catch(() => undefined);
      setSave({ status: 'clean' });
    },
  };
}
