import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCatalogApi } from '../api/create-catalog-api';
import { createMemoryStore } from '../store/memory/memory-store';
import { checkIdentityProvider } from './check-identity-provider';
import { createOidcAuthenticator } from './oidc-authenticator';
import { meshportAudience, startOidcProvider } from './oidc-test-provider';

let provider: Awaited<ReturnType<typeof startOidcProvider>>;
let providerKeys: string;

beforeAll(async () => {
  provider = await startOidcProvider([
    { clientId: 'owner', claims: { preferred_username: 'olga.owner', name: 'Olga Owner' } },
  ]);
  const { jwksUrl } = await checkIdentityProvider({ issuer: provider.issuer, timeoutMs: 5_000 });
  providerKeys = await (await fetch(jwksUrl)).text();
});
afterAll(() => provider.close());

/**
 * Where the portal fetches the keys: a server on loopback that either hangs (accepts the
 * connection, never answers) or serves the provider's keys, and counts what it was asked.
 */
async function startKeyServer() {
  const state = { hang: true, requests: 0 };
  const server = createServer((_request, response) => {
    state.requests += 1;
    if (!state.hang) response.setHeader('Content-Type', 'application/json').end(providerKeys);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
  const close = () => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { url, state, close };
}

let keyServer: Awaited<ReturnType<typeof startKeyServer>>;
afterEach(() => keyServer.close());

const timeoutMs = 300;
async function startPortal() {
  keyServer = await startKeyServer();
  const api = createCatalogApi({
    store: createMemoryStore(),
    authenticator: createOidcAuthenticator({
      issuer: provider.issuer,
      audience: meshportAudience,
      jwksUrl: keyServer.url,
      clientId: 'meshport-web',
      scopes: 'openid',
      usernameClaim: 'preferred_username',
      rolesClaim: 'roles',
      teamsClaim: 'groups',
      timeoutMs,
      backoffMs: 200,
    }),
  });
  return async (token: string) => {
    const started = Date.now();
    const response = await api.request('/api/me', {
      headers: { Authorization: `Bearer ${token}` },
    });
    const body = (await response.json()) as { message?: string; name?: string };
    return { status: response.status, ms: Date.now() - started, ...body };
  };
}

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('an identity provider that does not answer', () => {
  it('answers 503 within the timeout, and asks it once for requests at the same time', async () => {
    const me = await startPortal();
    const token = await provider.token('owner');
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => me(token)));
    for (const answer of answers) {
      expect(answer.status).toBe(503);
      expect(answer.message).toContain('The identity provider is not answering');
      expect(answer.ms).toBeLessThan(timeoutMs + 1_000);
    }
    expect(keyServer.state.requests).toBe(1);

    // Right after a failure the provider is left alone: the answer comes at once.
    const again = await me(token);
    expect(again.status).toBe(503);
    expect(again.ms).toBeLessThan(timeoutMs);
    expect(keyServer.state.requests).toBe(1);
  });

  it('is never asked about tokens that are not signed tokens from it', async () => {
    const me = await startPortal();
    const header = encode({ alg: 'RS256', kid: 'test-key' });
    const claims = encode({ iss: provider.issuer, aud: meshportAudience, sub: 'x' });
    const junk = {
      'not-a-token': 'This access token could not be read.',
      'a.b.c': 'This access token could not be read.',
      [`${header}.bm90IGpzb24.c2ln`]: 'This access token could not be read.',
      [`${encode({ alg: 'none' })}.${claims}.`]: 'This access token could not be read.',
      [`${encode({ alg: 'HS256' })}.${claims}.c2ln`]: 'This access token could not be read.',
      [`${header}.${encode({ iss: 'https://elsewhere.example', aud: meshportAudience })}.c2ln`]:
        'This access token comes from another identity provider (wrong issuer).',
    };
    for (const [token, message] of Object.entries(junk)) {
      const answer = await me(token);
      expect({ token, status: answer.status, message: answer.message }).toEqual({
        token,
        status: 401,
        message,
      });
    }
    expect(keyServer.state.requests).toBe(0);
  });

  it('verifies tokens again once it is back, and keeps its keys when it hangs again', async () => {
    const me = await startPortal();
    const token = await provider.token('owner');
    expect((await me(token)).status).toBe(503);

    keyServer.state.hang = false;
    // The portal asks again once the pause after the failure is over.
    let answer = await me(token);
    for (let tries = 0; answer.status === 503 && tries < 50; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      answer = await me(token);
    }
    expect(answer).toMatchObject({ status: 200, name: 'Olga Owner' });

    keyServer.state.hang = true;
    const requests = keyServer.state.requests;
    expect(await me(token)).toMatchObject({ status: 200, name: 'Olga Owner' });
    expect(keyServer.state.requests).toBe(requests);
  });
});
