import type { AccessEvent, AccessRequest } from '../../src/catalog/api-schemas';
import type { AccessAction, AccessStatus } from '../../src/catalog/access/access-requests';

export interface Actor {
  id: string;
  name: string;
}

/** A new request, as decided by the API; the store gives it its id and times. */
export type NewAccessRequest = Omit<
  AccessRequest,
  'id' | 'status' | 'approvals' | 'expiresAt' | 'reason' | 'createdAt' | 'updatedAt'
>;

/** What an action does to a request, decided inside the store's transaction on the locked row. */
export type Decision =
  | {
      kind: 'apply';
      action: AccessAction;
      to: AccessStatus;
      reason?: string;
      approvalLevel?: number;
    }
  | { kind: 'unchanged' }
  | { kind: 'refuse'; status: 403 | 409; message: string };

export type ActionResult =
  | { ok: true; request: AccessRequest; event: AccessEvent | null }
  | { ok: false; status: 403 | 404 | 409; message: string };

export interface AccessRequestFilter {
  requesterId?: string;
  /** Requests that wait for one of these approvers (lower-cased usernames or team names). */
  pendingFor?: string[];
  productId?: string;
  statuses?: AccessStatus[];
}

/**
 * Where access requests and their audit log live. The log is append-only: rows are added,
 * never changed or removed. Every action runs `decide` on the request as it is inside a
 * transaction, so two approvals at once cannot both apply.
 */
/** A request as `createRequests` left it: new, or the one already open for the same access. */
export interface CreatedRequest {
  request: AccessRequest;
  created: boolean;
}

export interface AccessStore {
  /**
   * Stores new requests, each with its submit event. At most one request is open (submitted or
   * half-approved) for the same product, port, role and grantee: when one already is, even one
   * stored a moment ago by a simultaneous call, it is returned with `created: false` and
   * nothing is written for it.
   */
  createRequests(
    requests: readonly NewAccessRequest[],
    actor: Actor,
    now: Date,
  ): Promise<CreatedRequest[]>;
  getRequest(id: string): Promise<AccessRequest | null>;
  listRequests(filter: AccessRequestFilter): Promise<AccessRequest[]>;
  act(
    id: string,
    actor: Actor,
    now: Date,
    decide: (request: AccessRequest) => Decision,
  ): Promise<ActionResult>;
  listEvents(requestId: string): Promise<AccessEvent[]>;
  /** Moves granted requests whose end has passed to expired, logging each; returns how many. */
  expireDue(now: Date): Promise<number>;
  /** Events addressed to any of `audience` (lower-cased usernames or team names), newest first. */
  listNotifications(
    audience: string[],
    readerId: string,
    limit: number,
  ): Promise<{
    events: (AccessEvent & { request: AccessRequest; read: boolean })[];
    unread: number;
  }>;
  markRead(readerId: string, eventIds: string[] | 'all', audience: string[]): Promise<void>;
}

/** Who expires grants: the portal itself. */
export const systemActor: Actor = { id: 'meshport', name: 'Meshport' };
