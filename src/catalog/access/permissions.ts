import type { Principal } from '../api-schemas';

/**
 * Who may change what. The API enforces these rules on every request; the web app uses the same
 * functions only to decide what to offer, never as the protection.
 */

export function isAdmin(principal: Principal): boolean {
  return principal.roles.includes('admin');
}

/** Owners and editors of a team may import and change the team's products and contracts. */
export function canEditTeam(principal: Principal, team: string | null | undefined): boolean {
  if (isAdmin(principal)) return true;
  if (!team) return false;
  const wanted = team.trim().toLowerCase();
  return principal.teams.some(
    (membership) => membership.name.trim().toLowerCase() === wanted && membership.role !== 'member',
  );
}

/** Whether the principal may import anything at all: an admin, or an owner or editor of a team. */
export function canImportDocuments(principal: Principal): boolean {
  return isAdmin(principal) || principal.teams.some((membership) => membership.role !== 'member');
}

/** The teams a principal may edit, for messages that explain a refusal. */
export function editableTeams(principal: Principal): string[] {
  return principal.teams
    .filter((membership) => membership.role !== 'member')
    .map((membership) => membership.name);
}

/** Owners of a team (and admins) create and revoke its ingestion tokens; editors may not. */
export function canManageTeamTokens(principal: Principal, team: string): boolean {
  if (isAdmin(principal)) return true;
  const wanted = team.trim().toLowerCase();
  return principal.teams.some(
    (membership) => membership.name.trim().toLowerCase() === wanted && membership.role === 'owner',
  );
}

/** The teams whose ingestion tokens a principal manages. */
export function tokenTeams(principal: Principal): string[] {
  return principal.teams
    .filter((membership) => membership.role === 'owner')
    .map((membership) => membership.name);
}
