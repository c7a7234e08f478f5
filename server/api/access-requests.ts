import type {
  AccessRequest,
  CreateAccessRequest,
  DocumentIssueDto,
  Principal,
} from '../../src/catalog/api-schemas';
import type { AccessAction } from '../../src/catalog/access/access-requests';
import {
  checkRequestedUntil,
  isExpiringSoon,
  pendingLevel,
  pendingStatuses,
  transition,
} from '../../src/catalog/access/access-requests';
import { approvalLevels, defaultRole, isAmong } from '../../src/catalog/access/approvers';
import type { OdcsRole } from '../../src/catalog/standards/odcs';
import { canEditTeam, isAdmin } from '../../src/catalog/access/permissions';
import type { ActionResult, Decision, NewAccessRequest } from '../store/access-store';
import type { CatalogStore } from '../store/catalog-store';

export type ServiceResult<T> =
  | { ok: true; status: 200 | 201; body: T }
  | {
      ok: false;
      status: 400 | 403 | 404 | 409;
      body: { message: string; errors?: DocumentIssueDto[] };
    };

const fail = (status: 400 | 403 | 404 | 409, message: string, errors?: DocumentIssueDto[]) =>
  ({ ok: false, status, body: errors ? { message, errors } : { message } }) as const;
const fieldError = (path: string, message: string): DocumentIssueDto => ({
  path,
  message,
  severity: 'error',
});

/** A date alone means the end of that day (UTC). */
function parseUntil(text: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T23:59:59.999Z`) : new Date(text);
}

/**
 * Turns a request form into one request per chosen port, after checking that the ports and
 * roles exist, the requester may ask for the grantee, the end date fits the policy, and the same
 * access is not already pending or granted.
 */
export async function createAccessRequests(
  store: CatalogStore,
  principal: Principal,
  input: CreateAccessRequest,
  now: Date,
): Promise<ServiceResult<{ items: AccessRequest[] }>> {
  const product = await store.getDocument('product', input.productId);
  if (!product) return fail(404, `There is no data product with id ${input.productId}`);
  const descriptor = product.document;
  const ownerTeam = descriptor.team?.name?.trim() || null;
  const errors: DocumentIssueDto[] = [];

  const until = parseUntil(input.until);
  const untilProblem = checkRequestedUntil(until, now);
  if (untilProblem) errors.push(fieldError('until', `The end date ${untilProblem}`));

  const grantee = await resolveGrantee(store, principal, input.grantee);
  if ('error' in grantee) errors.push(fieldError(`grantee.${grantee.field}`, grantee.error));

  // Access is held by the grantee, whoever asked for it: a team's request by one member covers
  // the others.
  const existing = await store.access.listRequests({
    productId: input.productId,
    statuses: [...pendingStatuses, 'granted'],
  });

  const drafts: NewAccessRequest[] = [];
  for (const [index, wanted] of input.ports.entries()) {
    const port = descriptor.outputPorts?.find((candidate) => candidate.name === wanted.portName);
    if (!port) {
      errors.push(
        fieldError(
          `ports.${index}.portName`,
          `${descriptor.name ?? descriptor.id} has no output port "${wanted.portName}"`,
        ),
      );
      continue;
    }
    const contract = port.contractId ? await store.getDocument('contract', port.contractId) : null;
    const roles: OdcsRole[] = contract?.document.roles?.length
      ? contract.document.roles
      : [defaultRole(ownerTeam)];
    const role = roles.find((candidate) => candidate.role === wanted.role);
    if (!role) {
      errors.push(
        fieldError(
          `ports.${index}.role`,
          `"${wanted.role}" is not a role of the port ${port.name}; choose one of: ${roles.map((entry) => entry.role).join(', ')}`,
        ),
      );
      continue;
    }
    const approvers = approvalLevels(role, ownerTeam);
    if (approvers.level1.length === 0) {
      errors.push(
        fieldError(
          `ports.${index}.role`,
          `Nobody can approve ${role.role}: the contract names no approvers and the product no owning team`,
        ),
      );
      continue;
    }
    if ('error' in grantee) continue;
    const duplicate = existing.find(
      (request) =>
        request.portName === port.name &&
        request.role === role.role &&
        request.grantee.kind === grantee.kind &&
        request.grantee.id === grantee.id &&
        !(
          request.status === 'granted' &&
          request.expiresAt &&
          isExpiringSoon(request.expiresAt, now)
        ),
    );
    if (duplicate) {
      errors.push(
        fieldError(
          `ports.${index}.role`,
          duplicate.status === 'granted'
            ? `${role.role} on ${port.name} is already granted${forWhom(duplicate, principal)} until ${duplicate.expiresAt?.slice(0, 10)}; renew it when it nears its end`
            : `${role.role} on ${port.name} is already requested${forWhom(duplicate, principal)} and waits for a decision`,
        ),
      );
      continue;
    }
    drafts.push({
      productId: descriptor.id,
      productName: descriptor.name ?? descriptor.id,
      ownerTeam,
      portName: port.name,
      contractId: port.contractId ?? null,
      role: role.role,
      access: role.access ?? 'read',
      approvers,
      requester: { id: principal.id, name: principal.name },
      grantee,
      purpose: input.purpose,
      requestedUntil: until.toISOString(),
    });
  }
  if (errors.length)
    return fail(400, 'The request was not sent: please check the marked fields', errors);
  const stored = await store.access.createRequests(
    drafts,
    { id: principal.id, name: principal.name },
    now,
  );
  // A simultaneous submission of the same access (a double click, two tabs) was stored first:
  // its request is the answer, and nothing new was created.
  const created = stored.some((entry) => entry.created);
  return {
    ok: true,
    status: created ? 201 : 200,
    body: { items: stored.map((entry) => entry.request) },
  };
}

/** " for Sales Analytics by Alex", when the access is not the principal's own request for themselves. */
function forWhom(request: AccessRequest, principal: Principal): string {
  const grantee = request.grantee.kind === 'user' ? '' : ` for ${request.grantee.name}`;
  const by = request.requester.id === principal.id ? '' : ` by ${request.requester.name}`;
  return `${grantee}${by}`;
}

type Grantee = AccessRequest['grantee'];

/** Myself, one of my teams, or one of the data products my teams own. */
async function resolveGrantee(
  store: CatalogStore,
  principal: Principal,
  grantee: CreateAccessRequest['grantee'],
): Promise<Grantee | { field: string; error: string }> {
  if (grantee.kind === 'user') {
    if (grantee.id && grantee.id !== principal.id)
      return { field: 'id', error: 'You can request access for yourself, not for another person' };
    return { kind: 'user', id: principal.id, name: principal.name };
  }
  if (grantee.kind === 'team') {
    const team = principal.teams.find((entry) => entry.name === grantee.id);
    if (!team) return { field: 'id', error: 'Choose one of your teams' };
    return { kind: 'team', id: team.name, name: team.name };
  }
  const product = grantee.id ? await store.getDocument('product', grantee.id) : null;
  if (!product) return { field: 'id', error: 'Choose one of your data products' };
  if (!canEditTeam(principal, product.document.team?.name)) {
    return {
      field: 'id',
      error: `You can request access for products your teams own; ${product.document.name ?? product.id} is not one of them`,
    };
  }
  return { kind: 'product', id: product.id, name: product.document.name ?? product.id };
}

/** Owners and editors of the product's team, and admins: they revoke and see consumers. */
export function ownsRequestProduct(
  principal: Principal,
  request: Pick<AccessRequest, 'ownerTeam'>,
): boolean {
  return canEditTeam(principal, request.ownerTeam);
}

/** Who may read a request and its timeline: the requester, its approvers, the owners, admins. */
export function canSeeRequest(principal: Principal, request: AccessRequest): boolean {
  return (
    request.requester.id === principal.id ||
    isAmong(principal, [...request.approvers.level1, ...request.approvers.level2]) ||
    ownsRequestProduct(principal, request) ||
    isAdmin(principal)
  );
}

const ordinal = (level: 1 | 2) => (level === 1 ? 'first' : 'second');
const alreadyApproved = (principal: Principal, request: AccessRequest) =>
  request.approvals.some((approval) => approval.by.id === principal.id);

/**
 * Decides what an action by `principal` does to a request. Approving twice (a double click, two
 * tabs) changes nothing the second time; the requester never decides on their own request.
 */
export function decide(
  principal: Principal,
  action: Exclude<AccessAction, 'submit' | 'expire'>,
  reason: string | undefined,
) {
  return (request: AccessRequest): Decision => {
    const twoLevels = request.approvers.level2.length > 0;
    const next = () => transition(request.status, action, { twoLevels, reason });
    const apply = (extra: Partial<Extract<Decision, { kind: 'apply' }>> = {}): Decision => {
      const result = next();
      if (!result.ok) return { kind: 'refuse', status: 409, message: result.message };
      return {
        kind: 'apply',
        action,
        to: result.to,
        reason: reason?.trim() || undefined,
        ...extra,
      };
    };

    if (action === 'cancel') {
      if (request.requester.id !== principal.id)
        return {
          kind: 'refuse',
          status: 403,
          message: `Only ${request.requester.name}, who asked, can cancel this request.`,
        };
      return apply();
    }
    if (action === 'revoke') {
      if (!ownsRequestProduct(principal, request)) {
        return {
          kind: 'refuse',
          status: 403,
          message: `Only owners or editors of ${request.ownerTeam ?? 'the owning team'}, or an admin, can revoke access to ${request.productName}.`,
        };
      }
      return apply();
    }

    // approve and reject
    if (request.requester.id === principal.id) {
      return {
        kind: 'refuse',
        status: 403,
        message: 'You cannot decide on your own request; its approvers do.',
      };
    }
    // A repeated approval of a request still pending or granted changes nothing; once the
    // request is closed (rejected, cancelled, revoked, expired) approving it is refused below.
    const stillOpen = pendingLevel(request.status) !== null || request.status === 'granted';
    if (action === 'approve' && stillOpen && alreadyApproved(principal, request))
      return { kind: 'unchanged' };
    const level = pendingLevel(request.status);
    if (level === null) return apply();
    const approvers = level === 1 ? request.approvers.level1 : request.approvers.level2;
    if (!isAmong(principal, approvers)) {
      return {
        kind: 'refuse',
        status: 403,
        message: `The ${ordinal(level)} approval of this request is for ${approvers.join(' or ')}; you are not one of them.`,
      };
    }
    // Four eyes: whoever gave the first approval does not decide the second.
    if (level === 2 && alreadyApproved(principal, request)) {
      return {
        kind: 'refuse',
        status: 403,
        message: 'The second approval must come from someone other than the first approver.',
      };
    }
    return action === 'approve' ? apply({ approvalLevel: level }) : apply();
  };
}

export function actionResult(result: ActionResult): ServiceResult<AccessRequest> {
  return result.ok
    ? { ok: true, status: 200, body: result.request }
    : fail(result.status, result.message);
}
