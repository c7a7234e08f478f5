import type { Authenticator } from '../auth/authenticator';
import type { IdentityProviderSettings } from '../auth/check-identity-provider';
import { checkIdentityProvider, IdentityProviderProblem } from '../auth/check-identity-provider';
import { createDemoAuthenticator } from '../auth/demo-authenticator';
import { createOidcAuthenticator } from '../auth/oidc-authenticator';
import type { ServerConfig } from './config';
import type { Logger } from './logger';

export interface StartOptions {
  logger?: Logger;
  /** How long to keep trying an identity provider that is not there yet (30 s). */
  waitMs?: number;
  /** How long each request to the provider may take (5 s). */
  timeoutMs?: number;
}

/**
 * Demo personas without OIDC_ISSUER; otherwise the identity provider, once it has shown it is the
 * one configured (`checkIdentityProvider`). It may still be starting (containers started
 * together), so it is tried again with backoff for `waitMs`; a provider that answers wrongly stops
 * the start at once. The error names the variable to fix: the portal never starts half-configured.
 */
export async function createAuthenticator(
  config: ServerConfig,
  { logger, waitMs = 30_000, timeoutMs = 5_000 }: StartOptions = {},
): Promise<Authenticator> {
  const { OIDC_ISSUER: issuer, OIDC_AUDIENCE: audience, OIDC_CLIENT_ID: clientId } = config;
  if (!issuer) return createDemoAuthenticator();
  // readConfig refuses an issuer without these; checked again so demo mode is never the fallback.
  if (!audience || !clientId) throw new Error('OIDC_AUDIENCE and OIDC_CLIENT_ID are required');

  const jwksUrl = await waitForProvider(
    { issuer, jwksUrl: config.OIDC_JWKS_URL, timeoutMs },
    waitMs,
    logger,
  );
  return createOidcAuthenticator({
    issuer,
    audience,
    clientId,
    jwksUrl,
    timeoutMs,
    scopes: config.OIDC_SCOPES,
    usernameClaim: config.OIDC_USERNAME_CLAIM,
    rolesClaim: config.OIDC_ROLES_CLAIM,
    teamsClaim: config.OIDC_TEAMS_CLAIM,
    onProviderFailure: (error) =>
      logger?.warn('the identity provider is not answering', { error: error.message }),
  });
}

async function waitForProvider(
  settings: IdentityProviderSettings,
  waitMs: number,
  logger: Logger | undefined,
): Promise<string> {
  const started = Date.now();
  for (let attempt = 1; ; attempt += 1) {
    try {
      return (await checkIdentityProvider(settings)).jwksUrl;
    } catch (error) {
      if (!(error instanceof IdentityProviderProblem)) throw error;
      const variable = error.setting === 'jwksUrl' ? 'OIDC_JWKS_URL' : 'OIDC_ISSUER';
      const pause = Math.min(250 * 2 ** (attempt - 1), 5_000);
      if (error.lasting || Date.now() - started + pause > waitMs) {
        const tried =
          attempt > 1 ? ` (tried ${attempt} times in ${seconds(Date.now() - started)})` : '';
        throw new Error(`${variable}: ${error.message}${tried}`);
      }
      if (attempt === 1)
        logger?.warn('waiting for the identity provider', { [variable]: error.message });
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
