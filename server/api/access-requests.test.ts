import { beforeEach, describe, expect, it } from 'vitest';
import type { AccessRequest, Principal } from '../../src/catalog/api-schemas';
import { buildDemoMesh } from '../seed/demo-mesh';
import { loadDocuments } from '../seed/load-documents';
import { createMemoryStore } from '../store/memory/memory-store';
import { decide } from './access-requests';
import { createCatalogApi } from './create-catalog-api';

let clock = new Date('2026-11-21T10:00:00Z');
let api: ReturnType<typeof createCatalogApi>;

beforeEach(async () => {
  clock = new Date('2026-11-21T10:00:00Z');
  const store = createMemoryStore();
  await loadDocuments(store, buildDemoMesh());
  api = createCatalogApi({ store, now: () => clock });
});

const call = (persona: string, path: string, body?: unknown) =>
  api.request(`/api${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'X-Meshport-Persona': persona, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
const json = async <T>(response: Response) => (await response.json()) as T;

/** Customer Purchase History's analytics role: Data Governance first, then Customer 360. */
const twoLevelRole = 'customer_purchase_history_purchases_analytics';
const form = (fields: Record<string, unknown> = {}) => ({
  productId: 'customer-purchase-history',
  ports: [{ portName: 'purchases', role: twoLevelRole }],
  grantee: { kind: 'user' },
  purpose: 'Monthly churn analysis for the retention team',
  until: '2027-02-01',
  acknowledged: true,
  ...fields,
});

async function requestAccess(persona = 'analyst', fields: Record<string, unknown> = {}) {
  const response = await call(persona, '/access-requests', form(fields));
  expect(response.status).toBe(201);
  const { items } = await json<{ items: AccessRequest[] }>(response);
  return items[0] as AccessRequest;
}

async function act(persona: string, id: string, action: string, reason?: string) {
  return call(persona, `/access-requests/${id}/${action}`, reason ? { reason } : {});
}

describe('requesting access', () => {
  it('creates one request per port, naming both approval levels', async () => {
    const response = await call(
      'analyst',
      '/access-requests',
      form({
        ports: [
          { portName: 'purchases', role: twoLevelRole },
          {
            portName: 'customer-summary',
            role: 'customer_purchase_history_customer_summary_reader',
          },
        ],
      }),
    );
    expect(response.status).toBe(201);
    const { items } = await json<{ items: AccessRequest[] }>(response);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      status: 'submitted',
      requester: { id: 'alex.analyst' },
      grantee: { kind: 'user', id: 'alex.analyst' },
      approvers: { level1: ['Data Governance'], level2: ['Customer 360'] },
      requestedUntil: '2027-02-01T23:59:59.999Z',
    });
  });

  it('names every wrong field and stores nothing', async () => {
    const response = await call(
      'analyst',
      '/access-requests',
      form({ purpose: 'short', acknowledged: false }),
    );
    expect(response.status).toBe(400);
    const body = await json<{ errors: { path: string; message: string }[] }>(response);
    expect(body.errors.map((error) => error.path)).toEqual(['purpose', 'acknowledged']);

    const semantic = await call(
      'analyst',
      '/access-requests',
      form({
        ports: [
          { portName: 'nope', role: 'x' },
          { portName: 'purchases', role: 'admin' },
        ],
        until: '2030-01-01',
        grantee: { kind: 'product', id: 'customer-purchase-history' },
      }),
    );
    expect(semantic.status).toBe(400);
    const errors = (await json<{ errors: { path: string; message: string }[] }>(semantic)).errors;
    expect(Object.fromEntries(errors.map((error) => [error.path, error.message]))).toEqual({
      until: 'The end date can be at most 365 days from now',
      'grantee.id': expect.stringContaining('products your teams own'),
      'ports.0.portName': 'Customer Purchase History has no output port "nope"',
      'ports.1.role': expect.stringContaining('"admin" is not a role of the port purchases'),
    });
    expect(
      (await json<{ items: unknown[] }>(await call('analyst', '/access-requests'))).items,
    ).toEqual([]);
  });

  it('refuses the same access twice while it is pending', async () => {
    await requestAccess();
    const again = await call('analyst', '/access-requests', form());
    expect(again.status).toBe(400);
    expect(JSON.stringify(await again.json())).toContain(
      'already requested and waits for a decision',
    );
  });

  it('lets an owner request for one of their products, and a member for their team', async () => {
    const forProduct = await requestAccess('owner', {
      grantee: { kind: 'product', id: 'customer-churn-scores' },
    });
    expect(forProduct.grantee).toEqual({
      kind: 'product',
      id: 'customer-churn-scores',
      name: 'Customer Churn Scores',
    });
    const forTeam = await requestAccess('analyst', {
      grantee: { kind: 'team', id: 'Growth Marketing' },
    });
    expect(forTeam.grantee).toEqual({
      kind: 'team',
      id: 'Growth Marketing',
      name: 'Growth Marketing',
    });
  });
});

describe('deciding', () => {
  it('goes through both levels in order, then the owner revokes with a reason', async () => {
    const request = await requestAccess();
    const inbox = await json<{ items: AccessRequest[] }>(
      await call('approver', '/access-requests?role=approver&status=pending'),
    );
    expect(inbox.items.map((item) => item.id)).toEqual([request.id]);
    expect(
      (await json<{ items: unknown[] }>(await call('owner', '/access-requests?role=approver')))
        .items,
    ).toEqual([]);

    await expect(act('owner', request.id, 'approve')).resolves.toHaveProperty('status', 403);
    const first = await json<AccessRequest>(await act('approver', request.id, 'approve'));
    expect(first.status).toBe('approved-level-1');
    expect(
      (
        await json<{ items: AccessRequest[] }>(
          await call('owner', '/access-requests?role=approver'),
        )
      ).items,
    ).toHaveLength(1);
    const granted = await json<AccessRequest>(await act('owner', request.id, 'approve'));
    expect(granted).toMatchObject({ status: 'granted', expiresAt: '2027-02-01T23:59:59.999Z' });

    const consumers = await json<{ grants: AccessRequest[] }>(
      await call('owner', '/data-products/customer-purchase-history/consumers'),
    );
    expect(consumers.grants.map((grant) => grant.id)).toEqual([request.id]);

    expect((await act('owner', request.id, 'revoke')).status).toBe(409);
    const revoked = await json<AccessRequest>(
      await act('owner', request.id, 'revoke', 'The project ended'),
    );
    expect(revoked).toMatchObject({ status: 'revoked', reason: 'The project ended' });
    // Both approvers already approved it once; a closed request is not "approved again".
    for (const persona of ['approver', 'owner']) {
      const again = await act(persona, request.id, 'approve');
      expect(again.status).toBe(409);
      expect((await json<{ message: string }>(again)).message).toMatch(/revoked/);
    }

    const events = await json<{ action: string; actor: { id: string } }[]>(
      await call('owner', `/access-requests/${request.id}/events`),
    );
    expect(events.map((event) => `${event.action}:${event.actor.id}`)).toEqual([
      'submit:alex.analyst',
      'approve:aaron.approver',
      'approve:olivia.owner',
      'revoke:olivia.owner',
    ]);
    const mine = await json<{ request: AccessRequest; timeline: unknown[] }>(
      await call('analyst', `/access-requests/${request.id}`),
    );
    expect(mine.timeline).toHaveLength(4);
  });

  it('shows approvers what each requester already holds', async () => {
    const held = await requestAccess();
    await act('approver', held.id, 'approve');
    await act('owner', held.id, 'approve');
    const asked = await requestAccess('analyst', {
      ports: [
        { portName: 'customer-summary', role: 'customer_purchase_history_customer_summary_reader' },
      ],
    });
    const inbox = await json<{
      items: AccessRequest[];
      requesterGrants: Record<string, AccessRequest[]>;
    }>(await call('owner', '/access-requests?role=approver&status=pending'));
    expect(inbox.items.map((item) => item.id)).toEqual([asked.id]);
    expect(inbox.requesterGrants['alex.analyst']?.map((grant) => grant.id)).toEqual([held.id]);
  });

  it('counts two simultaneous approvals once', async () => {
    const request = await requestAccess();
    const responses = await Promise.all([
      act('approver', request.id, 'approve'),
      act('approver', request.id, 'approve'),
    ]);
    expect(responses.map((response) => response.status)).toEqual([200, 200]);
    const events = await json<{ action: string }[]>(
      await call('admin', `/access-requests/${request.id}/events`),
    );
    expect(events.filter((event) => event.action === 'approve')).toHaveLength(1);
  });

  it('lets the requester cancel while pending, and nobody else', async () => {
    const request = await requestAccess();
    expect((await act('approver', request.id, 'cancel')).status).toBe(403);
    expect((await act('owner', request.id, 'cancel')).status).toBe(403);
    expect((await json<AccessRequest>(await act('analyst', request.id, 'cancel'))).status).toBe(
      'cancelled',
    );
    expect((await act('analyst', request.id, 'cancel')).status).toBe(409);
  });

  it('requires a reason to reject, and only from the approvers of the current level', async () => {
    const request = await requestAccess();
    expect((await act('stakeholder', request.id, 'reject', 'no')).status).toBe(403);
    expect((await act('approver', request.id, 'reject')).status).toBe(409);
    const rejected = await json<AccessRequest>(
      await act('approver', request.id, 'reject', 'Use the aggregated port instead'),
    );
    expect(rejected).toMatchObject({
      status: 'rejected',
      reason: 'Use the aggregated port instead',
    });
  });
});

describe('what each principal may do', () => {
  it('never lets requesters approve their own request', async () => {
    const request = await requestAccess('approver');
    const response = await act('approver', request.id, 'approve');
    expect(response.status).toBe(403);
    expect((await json<{ message: string }>(response)).message).toContain('your own request');
  });

  it('keeps revocation, consumer lists and the audit log to owners and admins', async () => {
    const request = await requestAccess();
    await act('approver', request.id, 'approve');
    await act('owner', request.id, 'approve');
    for (const persona of ['analyst', 'approver', 'stakeholder']) {
      expect((await act(persona, request.id, 'revoke', 'why not')).status).toBe(403);
      expect(
        (await call(persona, '/data-products/customer-purchase-history/consumers')).status,
      ).toBe(403);
      expect((await call(persona, `/access-requests/${request.id}/events`)).status).toBe(403);
    }
    expect((await call('admin', '/data-products/customer-purchase-history/consumers')).status).toBe(
      200,
    );
    expect((await call('stakeholder', `/access-requests/${request.id}`)).status).toBe(403);
  });
});

describe('four eyes', () => {
  it('does not let the first approver give the second approval, even when named on both levels', async () => {
    const request = await requestAccess();
    const first = await json<AccessRequest>(await act('approver', request.id, 'approve'));
    // A role whose two levels both name Data Governance: Aaron is among both.
    const both = {
      ...first,
      approvers: { level1: ['Data Governance'], level2: ['Data Governance'] },
    };
    const aaron: Principal = {
      id: 'aaron.approver',
      name: 'Aaron Approver',
      email: null,
      roles: [],
      teams: [{ name: 'Data Governance', role: 'member' }],
      mode: 'demo',
    };
    expect(decide(aaron, 'approve', undefined)(both)).toEqual({ kind: 'unchanged' });
    expect(decide(aaron, 'reject', 'Not needed')(both)).toMatchObject({
      kind: 'refuse',
      status: 403,
      message: 'The second approval must come from someone other than the first approver.',
    });
    const colleague = { ...aaron, id: 'dana.governance', name: 'Dana' };
    expect(decide(colleague, 'approve', undefined)(both)).toMatchObject({
      kind: 'apply',
      to: 'granted',
      approvalLevel: 2,
    });
  });
});

describe('expiry and notifications', () => {
  it('expires a grant at its end, seen on the next read', async () => {
    const request = await requestAccess('analyst', { until: '2026-12-01' });
    await act('approver', request.id, 'approve');
    await act('owner', request.id, 'approve');
    clock = new Date('2026-12-02T00:00:00Z');
    const detail = await json<{ request: AccessRequest; timeline: { action: string }[] }>(
      await call('analyst', `/access-requests/${request.id}`),
    );
    expect(detail.request.status).toBe('expired');
    expect(detail.timeline.at(-1)?.action).toBe('expire');
    // Renewing is a new request.
    clock = new Date('2026-12-02T01:00:00Z');
    expect((await requestAccess('analyst', { until: '2027-01-15' })).status).toBe('submitted');
  });

  it('tells approvers and the requester, and marks as read', async () => {
    const request = await requestAccess();
    const forApprover = await json<{ unread: number; items: { message: string; id: string }[] }>(
      await call('approver', '/notifications'),
    );
    expect(forApprover.unread).toBe(1);
    expect(forApprover.items[0]?.message).toBe(
      `Alex Analyst requests ${twoLevelRole} on Customer Purchase History / purchases`,
    );
    await act('approver', request.id, 'approve');
    const forAnalyst = await json<{ unread: number; items: { message: string }[] }>(
      await call('analyst', '/notifications'),
    );
    expect(forAnalyst.items[0]?.message).toContain('Aaron Approver gave the first approval');
    const read = await json<{ unread: number }>(
      await call('analyst', '/notifications/read', { all: true }),
    );
    expect(read.unread).toBe(0);
  });
});
