import { describe, expect, it } from 'vitest';
import type { AccessDraft } from './access-draft';
import { restoreAccessDraft } from './access-draft';

const pristine: AccessDraft = {
  ports: { orders: 'read' },
  granteeKind: 'user',
  granteeId: '',
  purpose: '',
  until: '2026-04-01',
};
const limits = {
  ports: [
    { name: 'orders', roles: ['read', 'analytics'] },
    { name: 'returns', roles: ['read'] },
  ],
  teams: ['Sales'],
  mayGrantProducts: false,
  minUntil: '2026-01-02',
  maxUntil: '2026-12-31',
};

describe('restoreAccessDraft', () => {
  it('starts untouched without a draft', () => {
    expect(restoreAccessDraft(null, pristine, limits)).toEqual(pristine);
  });

  it('keeps what still fits, and always the port the form was opened for', () => {
    const draft: AccessDraft = {
      ports: { returns: 'read', gone: 'read' },
      granteeKind: 'team',
      granteeId: 'Sales',
      purpose: 'Weekly returns report',
      until: '2026-06-30',
    };
    expect(restoreAccessDraft(draft, pristine, limits)).toEqual({
      ports: { orders: 'read', returns: 'read' },
      granteeKind: 'team',
      granteeId: 'Sales',
      purpose: 'Weekly returns report',
      until: '2026-06-30',
    });
  });

  it('drops a role, team, grantee kind or end date that no longer applies', () => {
    const draft: AccessDraft = {
      ports: { orders: 'admin' },
      granteeKind: 'team',
      granteeId: 'Finance',
      purpose: 'x',
      until: '2027-06-30',
    };
    expect(restoreAccessDraft(draft, pristine, limits)).toMatchObject({
      ports: { orders: 'read' },
      granteeKind: 'team',
      granteeId: '',
      until: '2026-04-01',
    });
    expect(
      restoreAccessDraft({ ...draft, granteeKind: 'product', granteeId: 'p' }, pristine, limits),
    ).toMatchObject({ granteeKind: 'user', granteeId: '' });
  });
});
