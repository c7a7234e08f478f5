import type { JWTPayload } from 'jose';
import { decodeJwt, decodeProtectedHeader, errors, jwtVerify } from 'jose';
import type { Principal, TeamRole } from '../../src/catalog/api-schemas';
import { teamRoles } from '../../src/catalog/api-schemas';
import type { AuthResult, Authenticator } from './authenticator';
import { createProviderKeys, IdentityProviderUnavailable } from './provider-keys';

export interface OidcSettings {
  /** The provider's issuer URL, exactly as it appears in the tokens' `iss`. */
  issuer: string;
  /** The audience Meshport's access tokens are issued for (`aud`). */
  audience: string;
  /** Where the signing keys are: the discovery document's `jwks_uri` (see `checkIdentityProvider`). */
  jwksUrl: string;
  /** The public client the web app signs in with, and the scopes it asks for. */
  clientId: string;
  scopes: string;
  /** Claims, as dotted paths (`realm_access.roles`), that carry the username, roles and teams. */
  usernameClaim: string;
  rolesClaim: string;
  teamsClaim: string;
  /** Seconds of clock difference tolerated on expiry and not-before. */
  clockTolerance?: number;
  /** How long fetching the keys may take (5 s), and the first wait after a failure (1 s). */
  timeoutMs?: number;
  backoffMs?: number;
  /** Told when the provider fails to give its keys, for the operators' logs. */
  onProviderFailure?: (error: Error) => void;
}

/** The signatures identity providers use for access tokens; anything else is not theirs. */
const algorithms = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
];

const providerDown: AuthResult = {
  ok: false,
  status: 503,
  message:
    'The identity provider is not answering, so your access token cannot be checked; try again in a moment.',
};

/**
 * Real mode: OpenID Connect bearer tokens, verified against the provider's published keys for
 * signature, issuer, audience and expiry. Roles come from a claim (`admin` grants everything);
 * teams from another, each entry a team name, optionally with `:owner` or `:editor`.
 */
export function createOidcAuthenticator(settings: OidcSettings): Authenticator {
  const keys = createProviderKeys(settings.jwksUrl, {
    timeoutMs: settings.timeoutMs ?? 5_000,
    backoffMs: settings.backoffMs,
    onFailure: settings.onProviderFailure,
  });

  return {
    mode: 'oidc',
    async authenticate(request) {
      const header = request.headers.get('Authorization') ?? '';
      const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
      if (!token)
        return {
          ok: false,
          status: 401,
          message: 'Sign in first: this request carries no access token.',
        };
      const unreadable = checkWithoutKeys(token, settings.issuer);
      if (unreadable) return { ok: false, status: 401, message: unreadable };
      try {
        const { payload } = await jwtVerify(token, keys, {
          issuer: settings.issuer,
          audience: settings.audience,
          algorithms,
          clockTolerance: settings.clockTolerance ?? 5,
        });
        return { ok: true, principal: toPrincipal(payload, settings) };
      } catch (error) {
        if (error instanceof IdentityProviderUnavailable) return providerDown;
        return { ok: false, status: 401, message: describeTokenError(error) };
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

/**
 * What can be refused without the provider's keys: anything that is not a signed JWT from this
 * issuer. Junk never makes Meshport ask the provider for keys, so it cannot keep a slow provider
 * busy nor wait for one.
 */
function checkWithoutKeys(token: string, issuer: string): string | undefined {
  try {
    const { alg } = decodeProtectedHeader(token);
    const { iss } = decodeJwt(token);
    if (!alg || !algorithms.includes(alg)) return 'This access token could not be read.';
    if (iss !== issuer) return wrongIssuer;
    return undefined;
  } catch {
    return 'This access token could not be read.';
  }
}

const wrongIssuer = 'This access token comes from another identity provider (wrong issuer).';

function describeTokenError(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'Your session has expired: sign in again.';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud')
      return 'This access token was issued for another application (wrong audience).';
    if (error.claim === 'iss') return wrongIssuer;
    return `This access token is not valid (${error.claim}).`;
  }
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JWKSNoMatchingKey
  ) {
    return 'This access token is not signed by the identity provider.';
  }
  return 'This access token could not be read.';
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
  // Approvers may be named by email, so an address the provider has not verified (anyone may type
  // any address at sign-up with many providers) is not part of the principal at all.
  // That holds for the username too, when OIDC_USERNAME_CLAIM names the email.
  const email = payload.email_verified === true ? text('email') : undefined;
  const username = settings.usernameClaim === 'email' ? email : text(settings.usernameClaim);
  const id = username ?? text('preferred_username') ?? email ?? payload.sub ?? 'unknown';
  return {
    id,
    name: text('name') ?? id,
    email: email ?? null,
    roles: readStrings(payload, settings.rolesClaim),
    teams: readStrings(payload, settings.teamsClaim).map(parseTeam),
    mode: 'oidc',
  };
}
