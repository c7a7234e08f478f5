import type { Principal } from './api-schemas';
import type { OdcsRole } from './odcs';

/**
 * Who approves an access request. ODCS names approvers per role as free text: usernames or team
 * names, several separated by commas or semicolons; `na`, `none` or `-` mean no such level.
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
  /** Usernames or team names that approve each level; level 2 may be empty. */
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

/** Whether `principal` is one of `approvers`: by username, or as a member of a named team. */
export function isAmong(principal: Principal, approvers: readonly string[]): boolean {
  const names = new Set(approvers.map((entry) => entry.toLowerCase()));
  if (
    names.has(principal.id.toLowerCase()) ||
    (principal.email && names.has(principal.email.toLowerCase()))
  )
    return true;
  return principal.teams.some((team) => names.has(team.name.toLowerCase()));
}

/** Everyone the principal answers to as: their username and their teams, to match audiences. */
export function identitiesOf(principal: Principal): string[] {
  return [principal.id, ...principal.teams.map((team) => team.name)].map((entry) =>
    entry.toLowerCase(),
  );
}
