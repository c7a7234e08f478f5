import { describe, expect, it } from 'vitest';
import type { AccessRequest } from '@/catalog/api-schemas';
import { formatDay, portAccess } from './port-access';

const now = new Date('2026-11-21T10:00:00Z');
const request = (fields: Partial<AccessRequest>): AccessRequest =>
  ({
    id: 'r',
    portName: 'orders',
    status: 'submitted',
    createdAt: '2026-11-01T00:00:00Z',
    expiresAt: null,
    ...fields,
  }) as AccessRequest;

describe('portAccess', () => {
  it('has nothing to say without requests for the port', () => {
    expect(portAccess([request({ portName: 'other' })], 'orders', now)).toEqual({ state: 'none' });
  });

  it('prefers access in force, then a pending request, then the latest ended one', () => {
    const rejected = request({ id: 'a', status: 'rejected', createdAt: '2026-11-10T00:00:00Z' });
    const pending = request({
      id: 'b',
      status: 'approved-level-1',
      createdAt: '2026-11-05T00:00:00Z',
    });
    const granted = request({ id: 'c', status: 'granted', expiresAt: '2027-03-01T00:00:00Z' });
    expect(portAccess([rejected, pending, granted], 'orders', now)).toMatchObject({
      state: 'granted',
      request: { id: 'c' },
    });
    expect(portAccess([rejected, pending], 'orders', now)).toMatchObject({
      state: 'pending',
      request: { id: 'b' },
    });
    expect(portAccess([rejected], 'orders', now)).toMatchObject({ state: 'rejected' });
  });

  it('warns when access ends within two weeks', () => {
    expect(
      portAccess([request({ status: 'granted', expiresAt: '2026-11-30T00:00:00Z' })], 'orders', now)
        .state,
    ).toBe('expiring');
  });

  it('formats days the same everywhere', () => {
    expect(formatDay('2027-02-01T23:59:59.999Z')).toBe('1 Feb 2027');
  });
});
