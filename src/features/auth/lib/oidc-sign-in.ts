import type { AuthorizationServer } from 'oauth4webapi';
import * as oauth from 'oauth4webapi';
import { setAccessToken } from '@/lib/auth-session';

/**
 * Sign-in with the identity provider: OpenID Connect authorization code flow with PKCE, as a
 * public client. Loaded only when the portal is configured for OIDC.
 */
export interface OidcClientSettings {
  issuer: string;
  clientId: string;
  scopes: string;
}

const pendingKey = 'meshport-oidc-pending';
const redirectUri = () => `${window.location.origin}/auth/callback`;

/** Plain HTTP is only allowed for a provider on this machine (development and tests). */
function requestOptions(issuer: URL) {
  const local =
    issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
  return local ? { [oauth.allowInsecureRequests]: true } : {};
}

async function discover(settings: OidcClientSettings): Promise<AuthorizationServer> {
  const issuer = new URL(settings.issuer);
  const response = await oauth.discoveryRequest(issuer, requestOptions(issuer));
  return oauth.processDiscoveryResponse(issuer, response);
}

/** Sends the browser to the provider; `returnTo` is where the person comes back to afterwards. */
export async function startSignIn(settings: OidcClientSettings, returnTo: string): Promise<void> {
  const server = await discover(settings);
  if (!server.authorization_endpoint)
    throw new Error('The identity provider has no authorization endpoint.');
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  sessionStorage.setItem(pendingKey, JSON.stringify({ codeVerifier, state, returnTo }));
  const url = new URL(server.authorization_endpoint);
  url.searchParams.set('client_id', settings.clientId);
  url.searchParams.set('redirect_uri', redirectUri());
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', settings.scopes);
  url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(codeVerifier));
  url.searchParams.set('code_challenge_method', 'S256');
  url.searchParams.set('state', state);
  window.location.assign(url.href);
}

/** Finishes the sign-in on the callback page: trades the code for tokens; returns where to go. */
export async function completeSignIn(
  settings: OidcClientSettings,
  callbackUrl: URL,
): Promise<string> {
  const saved = sessionStorage.getItem(pendingKey);
  if (!saved) throw new Error('This sign-in was not started here, or it was already completed.');
  sessionStorage.removeItem(pendingKey);
  const pending = JSON.parse(saved) as { codeVerifier: string; state: string; returnTo: string };
  const server = await discover(settings);
  const client = { client_id: settings.clientId };
  const parameters = oauth.validateAuthResponse(server, client, callbackUrl, pending.state);
  const response = await oauth.authorizationCodeGrantRequest(
    server,
    client,
    oauth.None(),
    parameters,
    redirectUri(),
    pending.codeVerifier,
    requestOptions(new URL(settings.issuer)),
  );
  const result = await oauth.processAuthorizationCodeResponse(server, client, response);
  setAccessToken(result.access_token);
  return pending.returnTo.startsWith('/') ? pending.returnTo : '/';
}

export function signOut(): void {
  setAccessToken(null);
}
