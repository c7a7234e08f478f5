import type { Principal } from '../../../src/catalog/api-schemas';
import type { IngestionToken } from '../../store/observation-store';

/**
 * Ingestion tokens: pipelines do not sign in, so an owner creates a token for their team and
 * gives it to the pipeline. The secret is shown once and only its SHA-256 is kept. Its prefix
 * tells tokens apart from OIDC access tokens in an `Authorization: Bearer` header.
 */
export const tokenPrefix = 'mpi_';

/** The paths a token may be presented to: the three ingestion endpoints, nothing else. */
export const ingestionPaths = new Set([
  '/api/v1/lineage',
  '/api/v1/lineage/batch',
  '/api/test-results',
  '/api/observations',
]);

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A new secret: the prefix and 32 random bytes. */
export function generateSecret(): string {
  return `${tokenPrefix}${base64Url(crypto.getRandomValues(new Uint8Array(32)))}`;
}

export async function hashSecret(secret: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(secret));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** What people see of a secret to tell their tokens apart: the prefix and 6 more characters. */
export const visiblePrefix = (secret: string) => secret.slice(0, tokenPrefix.length + 6);

/**
 * The token a request presents, if any: `Authorization: Bearer mpi_…`, `x-api-key: mpi_…`, or
 * `?token=mpi_…` (datacontract-cli sends no header to other hosts than its vendor's). A bearer
 * value without the prefix is someone's sign-in, not a token.
 */
export function presentedToken(request: Request): string | undefined {
  const authorization = request.headers.get('Authorization') ?? '';
  const bearer = /^Bearer\s+(\S+)$/i.exec(authorization.trim())?.[1];
  if (bearer?.startsWith(tokenPrefix)) return bearer;
  const apiKey = request.headers.get('x-api-key')?.trim();
  if (apiKey) return apiKey;
  const query = new URL(request.url).searchParams.get('token')?.trim();
  return query || undefined;
}

/** The identity a valid token acts as: an editor of its team, and nothing more. */
export function tokenPrincipal(token: IngestionToken, mode: Principal['mode']): Principal {
  return {
    id: `ingestion-token:${token.id}`,
    name: `Ingestion token "${token.name}" of ${token.team}`,
    email: null,
    roles: [],
    teams: [{ name: token.team, role: 'editor' }],
    mode,
  };
}
