/** The behaviour every access store must have; each store's test file runs it. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { AccessStore, Decision, NewAccessRequest } from './access-store';
import type { CatalogStore } from './catalog-store';
import { accessRequestDraft, createRequests as created } from '../testing/access-requests';

const alex = { id: 'alex', name: 'Alex' };
const aaron = { id: 'aaron', name: 'Aaron' };
const now = new Date('2026-11-21T10:00:00Z');
const later = (days: number) => new Date(now.getTime() + days * 86_400_000);

const draft = (fields: Partial<NewAccessRequest> = {}) =>
  accessRequestDraft({ requestedUntil: later(30).toISOString(), ...fields });

const approve = (to: 'approved-level-1' | 'granted', level: number): Decision => ({
  kind: 'apply',
  action: 'approve',
  to,
  approvalLevel: level,
});

export function describeAccessStore(name: string, createStore: () => Promise<CatalogStore>) {
  describe(`${name} access store`, () => {
    let access: AccessStore;
    beforeEach(async () => {
      const store = await createStore();
      access = store.access;
      return () => store.close();
    });

    it('creates requests, each with a submit event', async () => {
      const [first, second] = await created(
        access,
        [draft(), draft({ portName: 'totals' })],
        alex,
        now,
      );
      expect(first).toMatchObject({
        status: 'submitted',
        approvals: [],
        expiresAt: null,
        createdAt: now.toISOString(),
      });
      expect(second?.id).not.toBe(first?.id);
      expect(await access.getRequest(first?.id ?? '')).toEqual(first);
      expect(await access.listEvents(first?.id ?? '')).toEqual([
        expect.objectContaining({
          action: 'submit',
          fromStatus: null,
          toStatus: 'submitted',
          actor: alex,
        }),
      ]);
      expect(await access.getRequest('missing')).toBeNull();
    });

    it('keeps one open request per product, port, role and grantee, even when asked at once', async () => {
      const results = await Promise.all(
        Array.from({ length: 8 }, () => access.createRequests([draft()], alex, now)),
      );
      const entries = results.flat();
      expect(entries.filter((entry) => entry.created)).toHaveLength(1);
      const ids = new Set(entries.map((entry) => entry.request.id));
      expect(ids.size).toBe(1);
      expect(await access.listRequests({ productId: 'orders' })).toHaveLength(1);
      const [id] = [...ids];
      expect(await access.listEvents(id ?? '')).toHaveLength(1);

      // Another grantee, port or role is other access; a closed request does not count.
      const others = await access.createRequests(
        [
          draft({ grantee: { kind: 'team', id: 'Sales Analytics', name: 'Sales Analytics' } }),
          draft({ portName: 'totals' }),
          draft({ role: 'writer' }),
        ],
        alex,
        now,
      );
      expect(others.map((entry) => entry.created)).toEqual([true, true, true]);
      await access.act(id ?? '', alex, now, () => ({
        kind: 'apply',
        action: 'cancel',
        to: 'cancelled',
      }));
      const [again] = await access.createRequests([draft()], alex, now);
      expect(again?.created).toBe(true);
      expect(again?.request.id).not.toBe(id);
    });

    it('applies decisions, records approvals and appends events', async () => {
      const [request] = await created(access, [draft()], alex, now);
      const id = request?.id ?? '';
      const first = await access.act(id, aaron, later(1), () => approve('approved-level-1', 1));
      expect(first).toMatchObject({
        ok: true,
        request: { status: 'approved-level-1', approvals: [{ level: 1, by: aaron }] },
      });
      const granted = await access.act(id, { id: 'olivia', name: 'Olivia' }, later(2), () =>
        approve('granted', 2),
      );
      expect(granted.ok && granted.request).toMatchObject({
        status: 'granted',
        expiresAt: request?.requestedUntil,
      });
      const unchanged = await access.act(id, aaron, later(2), () => ({ kind: 'unchanged' }));
      expect(unchanged).toMatchObject({ ok: true, event: null, request: { status: 'granted' } });
      const refused = await access.act(id, aaron, later(2), () => ({
        kind: 'refuse',
        status: 409,
        message: 'no',
      }));
      expect(refused).toEqual({ ok: false, status: 409, message: 'no' });
      const revoked = await access.act(id, aaron, later(3), () => ({
        kind: 'apply',
        action: 'revoke',
        to: 'revoked',
        reason: 'left',
      }));
      expect(revoked.ok && revoked.request).toMatchObject({ status: 'revoked', reason: 'left' });
      const events = await access.listEvents(id);
      expect(
        events.map((event) => [event.action, event.fromStatus, event.toStatus, event.reason]),
      ).toEqual([
        ['submit', null, 'submitted', null],
        ['approve', 'submitted', 'approved-level-1', null],
        ['approve', 'approved-level-1', 'granted', null],
        ['revoke', 'granted', 'revoked', 'left'],
      ]);
      expect(await access.act('missing', aaron, now, () => ({ kind: 'unchanged' }))).toMatchObject({
        ok: false,
        status: 404,
      });
    });

    it('applies only one of two simultaneous approvals', async () => {
      const [request] = await created(
        access,
        [draft({ approvers: { level1: ['aaron'], level2: [] } })],
        alex,
        now,
      );
      const id = request?.id ?? '';
      const decideOnce = (current: { status: string }): Decision =>
        current.status === 'submitted' ? approve('granted', 1) : { kind: 'unchanged' };
      const results = await Promise.all([
        access.act(id, aaron, now, decideOnce),
        access.act(id, aaron, now, decideOnce),
      ]);
      expect(results.filter((result) => result.ok && result.event)).toHaveLength(1);
      expect(
        (await access.listEvents(id)).filter((event) => event.action === 'approve'),
      ).toHaveLength(1);
    });

    it('lists by requester, product, status and who an approval waits for', async () => {
      const [a, b] = await created(
        access,
        [draft(), draft({ productId: 'returns', requester: aaron })],
        alex,
        now,
      );
      await access.act(b?.id ?? '', aaron, now, () => approve('approved-level-1', 1));
      expect(
        (await access.listRequests({ requesterId: 'alex' })).map((request) => request.id),
      ).toEqual([a?.id]);
      expect(
        (await access.listRequests({ productId: 'returns' })).map((request) => request.id),
      ).toEqual([b?.id]);
      expect(
        (await access.listRequests({ statuses: ['approved-level-1'] })).map(
          (request) => request.id,
        ),
      ).toEqual([b?.id]);
      expect(
        (await access.listRequests({ pendingFor: ['data governance'] })).map(
          (request) => request.id,
        ),
      ).toEqual([a?.id]);
      expect(
        (await access.listRequests({ pendingFor: ['order management'] })).map(
          (request) => request.id,
        ),
      ).toEqual([b?.id]);
    });

    it('expires grants whose end has passed, once, with an event by the portal', async () => {
      const [request] = await created(
        access,
        [draft({ approvers: { level1: ['aaron'], level2: [] } })],
        alex,
        now,
      );
      const id = request?.id ?? '';
      await access.act(id, aaron, now, () => approve('granted', 1));
      expect(await access.expireDue(later(29))).toBe(0);
      expect(await access.expireDue(later(31))).toBe(1);
      expect(await access.expireDue(later(32))).toBe(0);
      expect((await access.getRequest(id))?.status).toBe('expired');
      expect((await access.listEvents(id)).at(-1)).toMatchObject({
        action: 'expire',
        actor: { id: 'meshport' },
      });
    });

    it('notifies the audience of each event, not its actor, and remembers what was read', async () => {
      const [request] = await created(access, [draft()], alex, now);
      const forGovernance = await access.listNotifications(
        ['data governance', 'aaron'],
        'aaron',
        10,
      );
      expect(forGovernance.unread).toBe(1);
      expect(forGovernance.events[0]).toMatchObject({
        action: 'submit',
        read: false,
        request: { id: request?.id },
      });
      expect((await access.listNotifications(['alex'], 'alex', 10)).unread).toBe(0);

      await access.act(request?.id ?? '', aaron, now, () => approve('approved-level-1', 1));
      const forAlex = await access.listNotifications(['alex'], 'alex', 10);
      expect(forAlex.unread).toBe(1);
      await access.markRead('alex', [forAlex.events[0]?.id ?? ''], ['alex']);
      expect((await access.listNotifications(['alex'], 'alex', 10)).unread).toBe(0);
      await access.markRead('aaron', 'all', ['data governance', 'aaron']);
      expect(
        (await access.listNotifications(['data governance', 'aaron'], 'aaron', 10)).unread,
      ).toBe(0);
    });
  });
}
