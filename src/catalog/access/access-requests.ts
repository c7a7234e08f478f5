/**
 * The access-request workflow as a state machine: what can happen to a request in each state.
 * The API applies these rules to every action; anything else is refused with a reason.
 *
 *   submitted ─approve─▶ approved-level-1 ─approve─▶ granted ─expire─▶ expired
 *      │  (one-level roles: submitted ─approve─▶ granted)     └─revoke─▶ revoked
 *      ├─reject─▶ rejected      (also from approved-level-1)
 *      └─cancel─▶ cancelled     (also from approved-level-1)
 */
export const accessStatuses = [
  'submitted',
  'approved-level-1',
  'granted',
  'rejected',
  'cancelled',
  'expired',
  'revoked',
] as const;
export type AccessStatus = (typeof accessStatuses)[number];

export const accessActions = ['submit', 'approve', 'reject', 'cancel', 'expire', 'revoke'] as const;
export type AccessAction = (typeof accessActions)[number];

/** Still waiting for a decision. */
export const pendingStatuses: readonly AccessStatus[] = ['submitted', 'approved-level-1'];

export type Transition = { ok: true; to: AccessStatus } | { ok: false; message: string };

/**
 * Where `action` takes a request in `from`. `twoLevels` says whether its role needs a
 * second-level approval. Reasons are required for reject and revoke.
 */
export function transition(
  from: AccessStatus | null,
  action: AccessAction,
  options: { twoLevels: boolean; reason?: string },
): Transition {
  const refuse = (message: string): Transition => ({ ok: false, message });
  const needsReason = (to: AccessStatus): Transition =>
    options.reason?.trim()
      ? { ok: true, to }
      : refuse(`A reason is required to ${action} a request.`);

  if (from === null)
    return action === 'submit'
      ? { ok: true, to: 'submitted' }
      : refuse('There is no such request yet.');
  switch (action) {
    case 'approve':
      if (from === 'submitted')
        return { ok: true, to: options.twoLevels ? 'approved-level-1' : 'granted' };
      if (from === 'approved-level-1') return { ok: true, to: 'granted' };
      break;
    case 'reject':
      if (from === 'submitted' || from === 'approved-level-1') return needsReason('rejected');
      break;
    case 'cancel':
      if (from === 'submitted' || from === 'approved-level-1') return { ok: true, to: 'cancelled' };
      break;
    case 'expire':
      if (from === 'granted') return { ok: true, to: 'expired' };
      break;
    case 'revoke':
      if (from === 'granted') return needsReason('revoked');
      break;
    case 'submit':
      return refuse('This request was already submitted; submit a new one to renew access.');
  }
  return refuse(`A request that is ${describeStatus(from)} cannot be ${pastTense[action]}.`);
}

const pastTense: Record<AccessAction, string> = {
  submit: 'submitted',
  approve: 'approved',
  reject: 'rejected',
  cancel: 'cancelled',
  expire: 'expired',
  revoke: 'revoked',
};

export function describeStatus(status: AccessStatus): string {
  switch (status) {
    case 'submitted':
      return 'waiting for its first approval';
    case 'approved-level-1':
      return 'waiting for its second approval';
    case 'granted':
      return 'granted';
    default:
      return status;
  }
}

/** The approval level a pending request waits for. */
export function pendingLevel(status: AccessStatus): 1 | 2 | null {
  if (status === 'submitted') return 1;
  if (status === 'approved-level-1') return 2;
  return null;
}

/** How long access may be granted for, and the default when the requester does not say. */
export const accessPolicy = { maxDays: 365, defaultDays: 90, expiringSoonDays: 14 } as const;

const dayMs = 24 * 60 * 60 * 1000;

/** Checks a requested end date against the policy; returns why it is not acceptable. */
export function checkRequestedUntil(until: Date, now: Date): string | undefined {
  if (Number.isNaN(until.getTime())) return 'must be a date';
  if (until.getTime() <= now.getTime() + dayMs / 2) return 'must be at least a day from now';
  if (until.getTime() > now.getTime() + accessPolicy.maxDays * dayMs + dayMs) {
    return `can be at most ${accessPolicy.maxDays} days from now`;
  }
  return undefined;
}

export function isExpiringSoon(expiresAt: string, now: Date): boolean {
  const remaining = new Date(expiresAt).getTime() - now.getTime();
  return remaining > 0 && remaining <= accessPolicy.expiringSoonDays * dayMs;
}

interface AudienceInput {
  requester: { id: string };
  approvers: { level1: string[]; level2: string[] };
}

/**
 * Who hears of a change (lower-cased usernames or team names): approvers when it is their turn,
 * the requester when something is decided, and the waiting approvers when a request they were
 * asked about is withdrawn.
 */
export function notifyAudience(
  request: AudienceInput,
  from: AccessStatus | null,
  to: AccessStatus,
): string[] {
  const requester = [request.requester.id];
  const waiting = from === 'approved-level-1' ? request.approvers.level2 : request.approvers.level1;
  let audience: string[];
  switch (to) {
    case 'submitted':
      audience = request.approvers.level1;
      break;
    case 'approved-level-1':
      audience = [...request.approvers.level2, ...requester];
      break;
    case 'cancelled':
      audience = waiting;
      break;
    default:
      audience = requester;
  }
  return [...new Set(audience.map((entry) => entry.toLowerCase()))];
}

/** A change in words, for notifications and timelines. */
export function describeEvent(
  event: {
    action: AccessAction;
    toStatus: AccessStatus;
    actor: { name: string };
    reason: string | null;
  },
  request: { productName: string; portName: string; role: string; requester: { name: string } },
): string {
  const what = `${request.role} on ${request.productName} / ${request.portName}`;
  switch (event.action) {
    case 'submit':
      return `${request.requester.name} requests ${what}`;
    case 'approve':
      return event.toStatus === 'granted'
        ? `${event.actor.name} approved: ${what} is granted`
        : `${event.actor.name} gave the first approval of ${what}`;
    case 'reject':
      return `${event.actor.name} rejected ${what}${event.reason ? `: ${event.reason}` : ''}`;
    case 'cancel':
      return `${event.actor.name} cancelled the request for ${what}`;
    case 'expire':
      return `Access to ${what} has expired`;
    case 'revoke':
      return `${event.actor.name} revoked ${what}${event.reason ? `: ${event.reason}` : ''}`;
  }
}
