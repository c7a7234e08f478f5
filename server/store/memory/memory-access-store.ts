import type { AccessEvent, AccessRequest } from '../../../src/catalog/api-schemas';
import {
  notifyAudience,
  pendingLevel,
  pendingStatuses,
} from '../../../src/catalog/access/access-requests';
import type { AccessStore, Actor, CreatedRequest, NewAccessRequest } from '../access-store';
import { systemActor } from '../access-store';

interface StoredEvent extends AccessEvent {
  audience: string[];
}

/**
 * Access requests in memory, for the browser host and tests. JavaScript runs one call at a time
 * between awaits, and nothing here awaits while deciding, so each action is atomic.
 */
export function createMemoryAccessStore(): AccessStore {
  const requests = new Map<string, AccessRequest>();
  const events: StoredEvent[] = [];
  const reads = new Map<string, Set<string>>();
  let nextEvent = 1;

  function log(
    request: AccessRequest,
    actor: Actor,
    at: string,
    action: AccessEvent['action'],
    from: AccessEvent['fromStatus'],
    reason: string | null,
  ) {
    const event: StoredEvent = {
      id: String(nextEvent++),
      requestId: request.id,
      at,
      actor,
      action,
      fromStatus: from,
      toStatus: request.status,
      reason,
      audience: notifyAudience(request, from, request.status),
    };
    events.push(event);
    return event;
  }

  const sameAccess = (a: NewAccessRequest, b: NewAccessRequest) =>
    a.productId === b.productId &&
    a.portName === b.portName &&
    a.role === b.role &&
    a.grantee.kind === b.grantee.kind &&
    a.grantee.id === b.grantee.id;

  const publicEvent = ({ audience: _audience, ...event }: StoredEvent): AccessEvent => event;
  const copy = (request: AccessRequest): AccessRequest => structuredClone(request);

  return {
    async createRequests(
      inputs: readonly NewAccessRequest[],
      actor: Actor,
      now: Date,
    ): Promise<CreatedRequest[]> {
      const at = now.toISOString();
      return inputs.map((input) => {
        const open = [...requests.values()].find(
          (request) => pendingStatuses.includes(request.status) && sameAccess(request, input),
        );
        if (open) return { request: copy(open), created: false };
        const request: AccessRequest = {
          ...structuredClone(input),
          id: crypto.randomUUID(),
          status: 'submitted',
          approvals: [],
          expiresAt: null,
          reason: null,
          createdAt: at,
          updatedAt: at,
        };
        requests.set(request.id, request);
        log(request, actor, at, 'submit', null, null);
        return { request: copy(request), created: true };
      });
    },

    async getRequest(id: string) {
      const request = requests.get(id);
      return request ? copy(request) : null;
    },

    async listRequests(filter) {
      const pendingFor = filter.pendingFor && new Set(filter.pendingFor);
      return [...requests.values()]
        .filter((request) => !filter.requesterId || request.requester.id === filter.requesterId)
        .filter((request) => !filter.productId || request.productId === filter.productId)
        .filter((request) => !filter.statuses || filter.statuses.includes(request.status))
        .filter((request) => {
          if (!pendingFor) return true;
          const level = pendingLevel(request.status);
          const approvers =
            level === 1 ? request.approvers.level1 : level === 2 ? request.approvers.level2 : [];
          return approvers.some((entry) => pendingFor.has(entry.toLowerCase()));
        })
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
        .map(copy);
    },

    async act(id, actor, now, decide) {
      const request = requests.get(id);
      if (!request) return { ok: false, status: 404, message: `There is no access request ${id}` };
      const decision = decide(copy(request));
      if (decision.kind === 'refuse')
        return { ok: false, status: decision.status, message: decision.message };
      if (decision.kind === 'unchanged') return { ok: true, request: copy(request), event: null };
      const at = now.toISOString();
      const from = request.status;
      request.status = decision.to;
      request.updatedAt = at;
      if (decision.approvalLevel)
        request.approvals.push({ level: decision.approvalLevel, by: actor, at });
      if (decision.to === 'granted') request.expiresAt = request.requestedUntil;
      if (decision.reason) request.reason = decision.reason;
      const event = log(request, actor, at, decision.action, from, decision.reason ?? null);
      return { ok: true, request: copy(request), event: publicEvent(event) };
    },

    async listEvents(requestId: string) {
      return events.filter((event) => event.requestId === requestId).map(publicEvent);
    },

    async expireDue(now: Date) {
      let expired = 0;
      for (const request of requests.values()) {
        if (
          request.status === 'granted' &&
          request.expiresAt &&
          new Date(request.expiresAt) <= now
        ) {
          request.status = 'expired';
          request.updatedAt = now.toISOString();
          log(request, systemActor, request.updatedAt, 'expire', 'granted', null);
          expired += 1;
        }
      }
      return expired;
    },

    async listNotifications(audience, readerId, limit) {
      const wanted = new Set(audience);
      const mine = events.filter(
        (event) => event.actor.id !== readerId && event.audience.some((entry) => wanted.has(entry)),
      );
      const read = reads.get(readerId) ?? new Set<string>();
      const newest = [...mine].reverse();
      return {
        events: newest.slice(0, limit).map((event) => ({
          ...publicEvent(event),
          request: copy(requests.get(event.requestId) as AccessRequest),
          read: read.has(event.id),
        })),
        unread: mine.filter((event) => !read.has(event.id)).length,
      };
    },

    async markRead(readerId, eventIds, audience) {
      const read = reads.get(readerId) ?? new Set<string>();
      reads.set(readerId, read);
      if (eventIds === 'all') {
        const wanted = new Set(audience);
        for (const event of events)
          if (event.audience.some((entry) => wanted.has(entry))) read.add(event.id);
      } else {
        for (const id of eventIds) read.add(id);
      }
    },
  };
}
