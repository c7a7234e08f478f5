import { describe, expect, it } from 'vitest';
import type { AccessAction, AccessStatus } from './access-requests';
import {
  accessActions,
  accessStatuses,
  checkRequestedUntil,
  describeEvent,
  notifyAudience,
  transition,
} from './access-requests';

/** Every legal move; everything else must be refused. */
const legal: Record<string, AccessStatus> = {
  'null submit': 'submitted',
  'submitted approve': 'approved-level-1',
  'submitted reject': 'rejected',
  'submitted cancel': 'cancelled',
  'approved-level-1 approve': 'granted',
  'approved-level-1 reject': 'rejected',
  'approved-level-1 cancel': 'cancelled',
  'granted expire': 'expired',
  'granted revoke': 'revoked',
};

describe('the access request state machine (two-level role)', () => {
  const from: (AccessStatus | null)[] = [null, ...accessStatuses];
  for (const status of from) {
    for (const action of accessActions) {
      const key = `${status} ${action}`;
      it(`${legal[key] ? 'allows' : 'refuses'} ${action} from ${status ?? 'nothing'}`, () => {
        const result = transition(status, action as AccessAction, {
          twoLevels: true,
          reason: 'because',
        });
        if (legal[key]) expect(result).toEqual({ ok: true, to: legal[key] });
        else {
          expect(result.ok).toBe(false);
          expect(!result.ok && result.message).toMatch(
            /cannot be|already submitted|no such request/,
          );
        }
      });
    }
  }
});

describe('transitions that depend on the role and the reason', () => {
  it('grants at the first approval when the role has one level', () => {
    expect(transition('submitted', 'approve', { twoLevels: false })).toEqual({
      ok: true,
      to: 'granted',
    });
  });

  it('requires a reason to reject or revoke', () => {
    expect(transition('submitted', 'reject', { twoLevels: false })).toEqual({
      ok: false,
      message: 'A reason is required to reject a request.',
    });
    expect(transition('granted', 'revoke', { twoLevels: false, reason: '  ' }).ok).toBe(false);
  });

  it('explains a refused move in words', () => {
    expect(transition('rejected', 'approve', { twoLevels: true })).toEqual({
      ok: false,
      message: 'A request that is rejected cannot be approved.',
    });
    expect(transition('approved-level-1', 'revoke', { twoLevels: true, reason: 'x' })).toEqual({
      ok: false,
      message: 'A request that is waiting for its second approval cannot be revoked.',
    });
  });
});

describe('policy and notifications', () => {
  const now = new Date('2026-11-21T10:00:00Z');

  it('bounds the requested end date', () => {
    expect(checkRequestedUntil(new Date('2026-11-21T12:00:00Z'), now)).toBe(
      'must be at least a day from now',
    );
    expect(checkRequestedUntil(new Date('2028-01-01T00:00:00Z'), now)).toBe(
      'can be at most 365 days from now',
    );
    expect(checkRequestedUntil(new Date('2027-02-01T00:00:00Z'), now)).toBeUndefined();
  });

  it('tells the right people', () => {
    const request = {
      requester: { id: 'alex' },
      approvers: { level1: ['Data Governance'], level2: ['Customer 360'] },
    };
    expect(notifyAudience(request, null, 'submitted')).toEqual(['data governance']);
    expect(notifyAudience(request, 'submitted', 'approved-level-1')).toEqual([
      'customer 360',
      'alex',
    ]);
    expect(notifyAudience(request, 'approved-level-1', 'granted')).toEqual(['alex']);
    expect(notifyAudience(request, 'approved-level-1', 'cancelled')).toEqual(['customer 360']);
  });

  it('describes events in words', () => {
    const request = {
      productName: 'Orders',
      portName: 'lines',
      role: 'reader',
      requester: { name: 'Alex' },
    };
    expect(
      describeEvent(
        {
          action: 'revoke',
          toStatus: 'revoked',
          actor: { name: 'Olivia' },
          reason: 'left the team',
        },
        request,
      ),
    ).toBe('Olivia revoked reader on Orders / lines: left the team');
  });
});
