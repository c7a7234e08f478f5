import * as z from 'zod/mini';
import { readSessionDraft, writeSessionDraft } from '@/lib/session-draft';

/**
 * What a person has filled in on the request form and not sent yet. The acknowledgement of the
 * terms is left out on purpose: it is given afresh, with the terms in view, each time.
 */
const accessDraftSchema = z.object({
  /** Output port name → chosen role. */
  ports: z.record(z.string(), z.string()),
  granteeKind: z.enum(['user', 'team', 'product']),
  granteeId: z.string(),
  purpose: z.string(),
  until: z.string(),
});
export type AccessDraft = z.infer<typeof accessDraftSchema>;

/** One draft per person and product: switching persona in the demo does not hand it over. */
export const accessDraftKey = (principalId: string, productId: string) =>
  `meshport-access-draft:${principalId}:${productId}`;

/** The kept draft, or null when there is none or it is not one this version can read. */
export function readAccessDraft(key: string): AccessDraft | null {
  const text = readSessionDraft(key);
  if (text === null) return null;
  try {
    const parsed = accessDraftSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveAccessDraft(key: string, draft: AccessDraft | null): void {
  writeSessionDraft(key, draft === null ? null : JSON.stringify(draft));
}

/** Whether two drafts ask for the same thing; an untouched form is not worth keeping. */
export function sameDraft(a: AccessDraft, b: AccessDraft): boolean {
  const portsA = Object.entries(a.ports).sort(([x], [y]) => x.localeCompare(y));
  const portsB = Object.entries(b.ports).sort(([x], [y]) => x.localeCompare(y));
  return (
    JSON.stringify(portsA) === JSON.stringify(portsB) &&
    a.granteeKind === b.granteeKind &&
    a.granteeId === b.granteeId &&
    a.purpose === b.purpose &&
    a.until === b.until
  );
}

export interface DraftLimits {
  /** The product's output ports and the roles each offers. */
  ports: { name: string; roles: string[] }[];
  /** Teams the person may ask for. */
  teams: string[];
  /** Whether the person owns products they may ask for. */
  mayGrantProducts: boolean;
  /** The earliest and latest end dates allowed today (YYYY-MM-DD). */
  minUntil: string;
  maxUntil: string;
}

/**
 * The form's starting values: the kept draft where it still fits the product and the person
 * (ports and roles that still exist, a team they are still in, an end date still allowed), the
 * untouched form otherwise. The port the form was opened for is always chosen.
 */
export function restoreAccessDraft(
  draft: AccessDraft | null,
  pristine: AccessDraft,
  limits: DraftLimits,
): AccessDraft {
  if (!draft) return pristine;
  const ports = { ...pristine.ports };
  for (const [name, role] of Object.entries(draft.ports)) {
    if (limits.ports.some((port) => port.name === name && port.roles.includes(role)))
      ports[name] = role;
  }
  const grantee =
    draft.granteeKind === 'team' && limits.teams.length > 0
      ? {
          granteeKind: 'team' as const,
          granteeId: limits.teams.includes(draft.granteeId) ? draft.granteeId : '',
        }
      : draft.granteeKind === 'product' && limits.mayGrantProducts
        ? { granteeKind: 'product' as const, granteeId: draft.granteeId }
        : { granteeKind: 'user' as const, granteeId: '' };
  const until =
    draft.until >= limits.minUntil && draft.until <= limits.maxUntil ? draft.until : pristine.until;
  return { ports, ...grantee, purpose: draft.purpose, until };
}
