/**
 * A real OpenID Connect provider (the certified `oidc-provider` package) for tests, on loopback.
 * API tests get JWT access tokens with the client-credentials grant, each client standing for one
 * person; browser journeys sign in as a public client with the authorization code flow and PKCE,
 * through the provider's development login page, where any login names an account.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

export const meshportAudience = 'meshport-api';
export const meshportResource = 'https://meshport.test/api';
export const otherResource = 'https://other.test/api';

export interface TestIdentity {
  clientId: string;
  claims: Record<string, unknown>;
}

export interface ProviderOptions {
  port?: number;
  /** A public client for the web app: its id and the redirect URI it signs in with. */
  browserClient?: { clientId: string; redirectUri: string };
  /** Claims of the people who sign in through the browser, by login. */
  accounts?: Record<string, Record<string, unknown>>;
}

export async function startOidcProvider(identities: TestIdentity[], options: ProviderOptions = {}) {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const accounts = options.accounts ?? {};

  const provider = new Provider(issuer, {
    jwks: {
      keys: [{ ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: 'test-key' }],
    },
    clients: [
      ...identities.map(({ clientId }) => ({
        client_id: clientId,
        client_secret: `${clientId}-secret`,
        grant_types: ['client_credentials'],
        redirect_uris: [],
        response_types: [],
      })),
      ...(options.browserClient
        ? [
            {
              client_id: options.browserClient.clientId,
              token_endpoint_auth_method: 'none' as const,
              grant_types: ['authorization_code'],
              response_types: ['code' as const],
              redirect_uris: [options.browserClient.redirectUri],
            },
          ]
        : []),
    ],
    cookies: { keys: ['meshport-test-cookie-key'] },
    findAccount: (_ctx, id) => ({
      accountId: id,
      claims: () => ({ sub: id, ...accounts[id] }),
    }),
    features: {
      devInteractions: { enabled: Boolean(options.browserClient) },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => meshportResource,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => ({
          scope: 'catalog',
          audience: resource === otherResource ? 'other-api' : meshportAudience,
          accessTokenFormat: 'jwt',
          accessTokenTTL: resource.endsWith('short-lived') ? 1 : 300,
        }),
      },
    },
    extraTokenClaims: (_ctx, token) =>
      'accountId' in token && typeof token.accountId === 'string'
        ? accounts[token.accountId]
        : identities.find((identity) => identity.clientId === token.clientId)?.claims,
  });
  server.on('request', provider.callback());

  /** An access token for `clientId`, for the given resource (Meshport's by default). */
  async function token(clientId: string, resource = meshportResource): Promise<string> {
    const response = await fetch(`${issuer}/token`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization: `Basic ${Buffer.from(`${clientId}:${clientId}-secret`).toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'client_credentials', resource, scope: 'catalog' }),
    });
    const body = (await response.json()) as { access_token?: string; error_description?: string };
    if (!body.access_token) throw new Error(`No token for ${clientId}: ${JSON.stringify(body)}`);
    return body.access_token;
  }

  return {
    issuer,
    token,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
