import type { JWTPayload, JWTVerifyGetKey } from 'jose';
import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import type { Principal, TeamRole } from '../../src/catalog/api-schemas';
import { teamRoles } from '../../src/catalog/api-schemas';
import type { Authenticator } from './authenticator';

export interface OidcSettings {
  /** The provider's issuer URL, exactly as it appears in the tokens' `iss`. */
  issuer: string;
  /** The audience Meshport's access tokens are issued for (`aud`). */
  audience: string;
  /** Where the signing keys are; discovered from the issuer when omitted. */
  jwksUrl?: string;
  /** The public client the web app signs in with, and the scopes it asks for. */
  clientId: string;
  scopes: string;
  /** Claims, as dotted paths (`realm_access.roles`), that carry the username, roles and teams. */
  usernameClaim: string;
  rolesClaim: string;
  teamsClaim: string;
  /** Seconds of clock difference tolerated on expiry and not-before. */
  clockTolerance?: number;
}

/**
 * Real mode: OpenID Connect bearer tokens, verified against the provider's published keys for
 * signature, issuer, audience and expiry. Roles come from a claim (`admin` grants everything);
 * teams from another, each entry a team name, optionally with `:owner` or `:editor`.
 */
export function createOidcAuthenticator(settings: OidcSettings): Authenticator {
  let keys: JWTVerifyGetKey | undefined;
  const getKeys = async () => {
    keys ??= createRemoteJWKSet(
      new URL(settings.jwksUrl ?? (await discoverJwksUrl(settings.issuer))),
    );
    return keys;
  };

  return {
    mode: 'oidc',
    async authenticate(request) {
      const header = request.headers.get('Authorization') ?? '';
      const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
      if (!token)
        return { ok: false, message: 'Sign in first: this request carries no access token.' };
      try {
        const { payload } = await jwtVerify(token, await getKeys(), {
          issuer: settings.issuer,
          audience: settings.audience,
          clockTolerance: settings.clockTolerance ?? 5,
        });
        return { ok: true, principal: toPrincipal(payload, settings) };
      } catch (error) {
        return { ok: false, message: describeTokenError(error) };
      }
    },
    describe: () => ({
      mode: 'oidc',
      issuer: settings.issuer,
      clientId: settings.clientId,
      scopes: settings.scopes,
    }),
  };
}

async function discoverJwksUrl(issuer: string): Promise<string> {
  const response = await fetch(
    new URL('.well-known/openid-configuration', issuer.endsWith('/') ? issuer : `${issuer}/`),
  );
  if (!response.ok)
    throw new Error(`The identity provider's discovery document answered ${response.status}`);
  const { jwks_uri: jwksUri } = (await response.json()) as { jwks_uri?: string };
  if (!jwksUri) throw new Error("The identity provider's discovery document names no jwks_uri");
  return jwksUri;
}

function describeTokenError(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'Your session has expired: sign in again.';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud')
      return 'This access token was issued for another application (wrong audience).';
    if (error.claim === 'iss')
      return 'This access token comes from another identity provider (wrong issuer).';
    return `This access token is not valid (${error.claim}).`;
  }
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JWKSNoMatchingKey
  ) {
    return 'This access token is not signed by the identity provider.';
  }
  if (error instanceof errors.JOSEError) return 'This access token could not be read.';
  return 'The identity provider could not be reached to check the access token; try again in a moment.';
}

function readClaim(payload: JWTPayload, path: string): unknown {
  let value: unknown = payload;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function readStrings(payload: JWTPayload, path: string): string[] {
  const value = readClaim(payload, path);
  // A single string may list several values separated by commas; team names keep their spaces.
  if (typeof value === 'string')
    return value
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
  return Array.isArray(value)
    ? value.filter((entry): entry is string => typeof entry === 'string')
    : [];
}

/** `Customer 360:owner` → owner of Customer 360; a bare name is a plain member. */
function parseTeam(entry: string): { name: string; role: TeamRole } {
  const separator = entry.lastIndexOf(':');
  const role =
    separator > 0
      ? entry
          .slice(separator + 1)
          .trim()
          .toLowerCase()
      : '';
  if ((teamRoles as readonly string[]).includes(role)) {
    return { name: entry.slice(0, separator).trim(), role: role as TeamRole };
  }
  return { name: entry.trim(), role: 'member' };
}

export function toPrincipal(
  payload: JWTPayload,
  settings: Pick<OidcSettings, 'usernameClaim' | 'rolesClaim' | 'teamsClaim'>,
): Principal {
  const text = (path: string) => {
    const value = readClaim(payload, path);
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  };
  const id =
    text(settings.usernameClaim) ??
    text('preferred_username') ??
    text('email') ??
    payload.sub ??
    'unknown';
  return {
    id,
    name: text('name') ?? id,
    email: text('email') ?? null,
    roles: readStrings(payload, settings.rolesClaim),
    teams: readStrings(payload, settings.teamsClaim).map(parseTeam),
    mode: 'oidc',
  };
}
