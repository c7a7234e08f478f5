import { describe, expect, it } from 'vitest';
import type { Principal } from '../api-schemas';
import { identitiesOf, isAmong, parseApprovers } from './approvers';

const priya: Principal = {
  id: 'priya.r',
  name: 'Priya Raman',
  email: 'priya.raman@northwind.example',
  roles: [],
  teams: [{ name: 'Privacy Office', role: 'member' }],
  mode: 'oidc',
};

/** What the approvals inbox shows: the store compares lower-cased approvers with these names. */
const inInbox = (principal: Principal, approvers: string[]) =>
  approvers.some((entry) => identitiesOf(principal).includes(entry.toLowerCase()));

describe('who is among the approvers', () => {
  it('matches the username, the email and each team, in any case, in the inbox and the decision', () => {
    for (const text of ['Priya.R', 'PRIYA.RAMAN@northwind.example', 'privacy office']) {
      const approvers = parseApprovers(`someone.else; ${text}`);
      expect({ text, decision: isAmong(priya, approvers) }).toEqual({ text, decision: true });
      expect({ text, inbox: inInbox(priya, approvers) }).toEqual({ text, inbox: true });
    }
  });

  it('matches nobody by an email the principal does not carry', () => {
    const approvers = parseApprovers('priya.raman@northwind.example');
    const unverified = { ...priya, id: 'mallory', email: null, teams: [] };
    expect(isAmong(unverified, approvers)).toBe(false);
    expect(inInbox(unverified, approvers)).toBe(false);
    expect(identitiesOf(unverified)).toEqual(['mallory']);
  });

  it('matches no one by a part of a name', () => {
    const approvers = parseApprovers('priya, Privacy, northwind.example');
    expect(isAmong(priya, approvers)).toBe(false);
    expect(inInbox(priya, approvers)).toBe(false);
  });
});
