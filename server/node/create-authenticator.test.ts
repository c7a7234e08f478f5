import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meshportAudience, startOidcProvider } from '../auth/oidc-test-provider';
import { readConfig } from './config';
import { createAuthenticator } from './create-authenticator';

let provider: Awaited<ReturnType<typeof startOidcProvider>>;
beforeAll(async () => {
  provider = await startOidcProvider([
    { clientId: 'owner', claims: { preferred_username: 'olga.owner', name: 'Olga Owner' } },
  ]);
});
afterAll(() => provider.close());

const oidc = (issuer: string, more: Record<string, string> = {}) =>
  readConfig({
    OIDC_ISSUER: issuer,
    OIDC_AUDIENCE: meshportAudience,
    OIDC_CLIENT_ID: 'meshport-web',
    ...more,
  });

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Fails with the message `createAuthenticator` stops the start with, and how long it took. */
async function startFailure(start: Promise<unknown>) {
  const started = Date.now();
  const error = await start.then(
    () => new Error('started'),
    (failure: unknown) => failure as Error,
  );
  return { message: error.message, ms: Date.now() - started };
}

describe('starting with an identity provider', () => {
  it('runs in demo mode without any OIDC_ variable', async () => {
    expect((await createAuthenticator(readConfig({}))).mode).toBe('demo');
  });

  it('verifies tokens once the provider has shown it is the one configured', async () => {
    const authenticator = await createAuthenticator(oidc(provider.issuer));
    expect(authenticator.describe()).toMatchObject({ mode: 'oidc', issuer: provider.issuer });
    const result = await authenticator.authenticate(
      new Request('http://portal/api/me', {
        headers: { Authorization: `Bearer ${await provider.token('owner')}` },
      }),
    );
    expect(result).toMatchObject({ ok: true, principal: { id: 'olga.owner' } });
  });

  it('waits for a provider that is still starting', async () => {
    const port = await freePort();
    const issuer = `http://127.0.0.1:${port}`;
    const starting = createAuthenticator(oidc(issuer), { waitMs: 15_000 });
    await new Promise((resolve) => setTimeout(resolve, 800));
    const late = await startOidcProvider([], { port });
    try {
      expect((await starting).describe()).toMatchObject({ mode: 'oidc', issuer });
    } finally {
      await late.close();
    }
  });

  it('stops at once when the provider names another issuer', async () => {
    // One slash too many: every token's `iss` would differ from OIDC_ISSUER.
    const failure = await startFailure(createAuthenticator(oidc(`${provider.issuer}/`)));
    expect(failure.message).toBe(
      `OIDC_ISSUER: the discovery document at ${provider.issuer}/.well-known/openid-configuration names the issuer "${provider.issuer}", not "${provider.issuer}/"; they must be exactly the same`,
    );
    expect(failure.ms).toBeLessThan(2_000);
  });

  it('stops, naming OIDC_ISSUER, when nothing answers there within the wait', async () => {
    const issuer = `http://127.0.0.1:${await freePort()}`;
    const failure = await startFailure(createAuthenticator(oidc(issuer), { waitMs: 1_000 }));
    expect(failure.message).toMatch(
      /^OIDC_ISSUER: http:\/\/127\.0\.0\.1:\d+\/\.well-known\/openid-configuration could not be reached \(ECONNREFUSED\) \(tried \d+ times in [\d.]+ s\)$/,
    );
    expect(failure.ms).toBeLessThan(2_000);
  });

  it('stops when the provider accepts connections but never answers', async () => {
    const hung = createServer(() => {});
    await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
    const issuer = `http://127.0.0.1:${(hung.address() as AddressInfo).port}`;
    try {
      const failure = await startFailure(
        createAuthenticator(oidc(issuer), { waitMs: 1_000, timeoutMs: 300 }),
      );
      expect(failure.message).toMatch(
        /^OIDC_ISSUER: .*\/\.well-known\/openid-configuration did not answer within 0\.3 s \(tried \d+ times/,
      );
      expect(failure.ms).toBeLessThan(2_500);
    } finally {
      hung.closeAllConnections();
      hung.close();
    }
  });

  it('names OIDC_JWKS_URL when the keys are not there', async () => {
    const failure = await startFailure(
      createAuthenticator(oidc(provider.issuer, { OIDC_JWKS_URL: `${provider.issuer}/no-keys` })),
    );
    expect(failure.message).toBe(`OIDC_JWKS_URL: ${provider.issuer}/no-keys answered 404`);
  });
});
