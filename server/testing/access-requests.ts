/**
 * Access requests and grants for tests: a request with every field filled in, and a grant
 * made the way the portal makes one (a request, then an approval that grants it).
 */
import type { AccessRequest } from '../../src/catalog/api-schemas';
import type { AccessStore, NewAccessRequest } from '../store/access-store';

const alex = { id: 'alex', name: 'Alex' };

/** A request by Alex for read access to the `lines` port of Orders; `fields` change any part. */
export function accessRequestDraft(fields: Partial<NewAccessRequest> = {}): NewAccessRequest {
  return {
    productId: 'orders',
    productName: 'Orders',
    ownerTeam: 'Order Management',
    portName: 'lines',
    contractId: 'orders.lines',
    role: 'reader',
    access: 'read',
    approvers: { level1: ['Data Governance'], level2: ['Order Management'] },
    requester: alex,
    grantee: { kind: 'user', id: alex.id, name: alex.name },
    purpose: 'Weekly sales report',
    requestedUntil: '2099-01-01T00:00:00.000Z',
    ...fields,
  };
}

/** The stored requests, in order, whether new or already open. */
export async function createRequests(
  access: AccessStore,
  ...args: Parameters<AccessStore['createRequests']>
): Promise<AccessRequest[]> {
  return (await access.createRequests(...args)).map((entry) => entry.request);
}

/** Requests `fields` as its requester and grants it at once, approved by `approver`. */
export async function grantAccess(
  access: AccessStore,
  fields: Partial<NewAccessRequest>,
  approver: { id: string; name: string },
  at = new Date(),
): Promise<AccessRequest> {
  const draft = accessRequestDraft(fields);
  const [request] = await createRequests(access, [draft], draft.requester, at);
  if (!request) throw new Error('The access request was not stored');
  const result = await access.act(request.id, approver, at, () => ({
    kind: 'apply',
    action: 'approve',
    to: 'granted',
    approvalLevel: 1,
  }));
  if (!result.ok) throw new Error(`The access request was not granted: ${JSON.stringify(result)}`);
  return result.request;
}
