import type { Principal } from '../api-schemas';
import type { OdcsRole } from '../standards/odcs';

/**
 * Who approves an access request. ODCS names approvers per role as free text: usernames, emails
 * or team names, several separated by commas or semicolons; `na`, `none` or `-` mean no such level.
 * Without first-level approvers, the product's owning team approves.
 */
const noOne = new Set(['', 'na', 'n/a', 'none', '-']);

export function parseApprovers(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[,;]/)
    .map((entry) => entry.trim())
    .filter((entry) => !noOne.has(entry.toLowerCase()));
}

export interface ApprovalLevels {
  /** Usernames, emails or team names that approve each level; level 2 may be empty. */
  level1: string[];
  level2: string[];
}

/** The default role when a contract defines none: read access, approved by the owning team. */
export function defaultRole(ownerTeam: string | null): OdcsRole {
  return {
    role: 'read',
    access: 'read',
    description: 'Read access, approved by the owning team.',
    firstLevelApprovers: ownerTeam ?? '',
  };
}

export function approvalLevels(role: OdcsRole, ownerTeam: string | null): ApprovalLevels {
  const level1 = parseApprovers(role.firstLevelApprovers);
  return {
    level1: level1.length ? level1 : ownerTeam ? [ownerTeam] : [],
    level2: parseApprovers(role.secondLevelApprovers),
  };
}

/**
 * The names `principal` answers to, lower-cased: their username, their email and their teams. It is
 * the one matching rule for approvers and notification audiences, so the approvals inbox (which
 * asks the store with these names) and the decision (`isAmong`) never disagree. The email is only
 * there when it can be trusted: the OIDC authenticator keeps it only when the identity provider
 * verified it (`email_verified`), so nobody becomes an approver by typing someone else's address.
 */
export function identitiesOf(principal: Principal): string[] {
  const names = [principal.id, principal.email, ...principal.teams.map((team) => team.name)];
  return [...new Set(names.flatMap((name) => (name?.trim() ? [name.trim().toLowerCase()] : [])))];
}

/** Whether `principal` is one of `approvers` (usernames, emails or team names, in any case). */
export function isAmong(principal: Principal, approvers: readonly string[]): boolean {
  const names = new Set(identitiesOf(principal));
  return approvers.some((entry) => names.has(entry.trim().toLowerCase()));
}
