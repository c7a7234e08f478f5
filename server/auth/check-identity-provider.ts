import { createLocalJWKSet } from 'jose';
import type { JSONWebKeySet } from 'jose';
import { fetchProviderJson, ProviderRequestFailed } from './fetch-provider-json';

/** Why the identity provider cannot be used, and which setting leads to it. */
export class IdentityProviderProblem extends Error {
  constructor(
    readonly setting: 'issuer' | 'jwksUrl',
    message: string,
    /** True when waiting will not help: the provider answered, but not as configured. */
    readonly lasting: boolean,
  ) {
    super(message);
  }
}

export interface IdentityProviderSettings {
  /** Exactly as the tokens' `iss` names it. */
  issuer: string;
  /** Where the keys are, when not at the discovery document's `jwks_uri`. */
  jwksUrl?: string;
  /** How long each request to the provider may take. */
  timeoutMs: number;
}

/**
 * Checks once that the identity provider is there and is the one configured: without `jwksUrl`,
 * its discovery document answers and names exactly `issuer` (a token's `iss` is compared to it
 * character for character, so a trailing slash too many would refuse every sign-in); then the key
 * set answers with keys. Returns where the keys are.
 */
export async function checkIdentityProvider(
  settings: IdentityProviderSettings,
): Promise<{ jwksUrl: string }> {
  let jwksUrl = settings.jwksUrl;
  if (!jwksUrl) {
    const url = discoveryUrl(settings.issuer);
    const document = await fetchFor('issuer', url, settings.timeoutMs);
    const { issuer, jwks_uri: jwksUri } = (document ?? {}) as Record<string, unknown>;
    if (issuer !== settings.issuer)
      throw new IdentityProviderProblem(
        'issuer',
        `the discovery document at ${url} names the issuer ${JSON.stringify(issuer)}, not "${settings.issuer}"; they must be exactly the same`,
        true,
      );
    if (typeof jwksUri !== 'string' || !jwksUri)
      throw new IdentityProviderProblem(
        'issuer',
        `the discovery document at ${url} names no jwks_uri; set OIDC_JWKS_URL`,
        true,
      );
    jwksUrl = jwksUri;
  }
  const setting = settings.jwksUrl ? 'jwksUrl' : 'issuer';
  const keys = await fetchFor(setting, jwksUrl, settings.timeoutMs);
  try {
    createLocalJWKSet(keys as JSONWebKeySet);
  } catch {
    throw new IdentityProviderProblem(
      setting,
      `${jwksUrl} answered with something that is not a key set`,
      true,
    );
  }
  return { jwksUrl };
}

export function discoveryUrl(issuer: string): string {
  return new URL(
    '.well-known/openid-configuration',
    issuer.endsWith('/') ? issuer : `${issuer}/`,
  ).toString();
}

async function fetchFor(setting: 'issuer' | 'jwksUrl', url: string, timeoutMs: number) {
  try {
    return await fetchProviderJson(url, timeoutMs);
  } catch (error) {
    if (error instanceof ProviderRequestFailed)
      throw new IdentityProviderProblem(setting, error.message, error.answered);
    throw error;
  }
}
