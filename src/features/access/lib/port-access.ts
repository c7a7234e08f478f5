import type { AccessRequest } from '@/catalog/api-schemas';
import { isExpiringSoon } from '@/catalog/access/access-requests';

export type PortAccessState =
  | { state: 'none' }
  | {
      state: 'pending' | 'granted' | 'expiring' | 'expired' | 'rejected' | 'revoked' | 'cancelled';
      request: AccessRequest;
    };

/**
 * What the viewer has on one port, from their requests: access in force first, then a request
 * in progress, then the latest ended one (so a rejection or revocation is explained).
 */
export function portAccess(
  requests: readonly AccessRequest[],
  portName: string,
  now: Date,
): PortAccessState {
  const mine = requests
    .filter((request) => request.portName === portName)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const granted = mine.find((request) => request.status === 'granted');
  if (granted) {
    return {
      state: granted.expiresAt && isExpiringSoon(granted.expiresAt, now) ? 'expiring' : 'granted',
      request: granted,
    };
  }
  const pending = mine.find(
    (request) => request.status === 'submitted' || request.status === 'approved-level-1',
  );
  if (pending) return { state: 'pending', request: pending };
  const latest = mine[0];
  if (!latest) return { state: 'none' };
  return {
    state: latest.status as 'expired' | 'rejected' | 'revoked' | 'cancelled',
    request: latest,
  };
}

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "1 Feb 2027", the same on every machine. */
export function formatDay(iso: string): string {
  return dateFormat.format(new Date(iso));
}
