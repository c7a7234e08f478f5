import { useEffect, useState } from 'react';
import type { AccessDraft, DraftLimits } from './access-draft';
import { readAccessDraft, restoreAccessDraft, sameDraft, saveAccessDraft } from './access-draft';

/**
 * The request form's fields, kept in the session as they change: the form starts from the kept
 * draft where it still fits (`restored` says so), and an untouched form keeps nothing.
 * `discard` forgets the draft once it was sent or cancelled.
 */
export function useAccessDraft(
  key: string,
  setup: () => { pristine: AccessDraft; limits: DraftLimits },
) {
  const [start] = useState(() => {
    const { pristine, limits } = setup();
    const initial = restoreAccessDraft(readAccessDraft(key), pristine, limits);
    return { pristine, initial, restored: !sameDraft(initial, pristine) };
  });
  const [draft, setDraft] = useState(start.initial);
  const [restored, setRestored] = useState(start.restored);
  useEffect(() => {
    saveAccessDraft(key, sameDraft(draft, start.pristine) ? null : draft);
  }, [key, draft, start.pristine]);
  return {
    draft,
    update: (patch: Partial<AccessDraft>) => setDraft((current) => ({ ...current, ...patch })),
    restored,
    startOver: () => {
      setDraft(start.pristine);
      setRestored(false);
    },
    discard: () => saveAccessDraft(key, null),
  };
}
