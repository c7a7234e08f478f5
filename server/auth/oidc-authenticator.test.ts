import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalogApi } from '../api/create-catalog-api';
import { buildDemoMesh } from '../seed/demo-mesh';
import { loadDocuments } from '../seed/load-documents';
import { createMemoryStore } from '../store/memory/memory-store';
import { checkIdentityProvider } from './check-identity-provider';
import { createOidcAuthenticator } from './oidc-authenticator';
import { meshportAudience, otherResource, startOidcProvider } from './oidc-test-provider';

let provider: Awaited<ReturnType<typeof startOidcProvider>>;
let api: ReturnType<typeof createCatalogApi>;

beforeAll(async () => {
  provider = await startOidcProvider([
    {
      clientId: 'consumer',
      claims: {
        preferred_username: 'carl.consumer',
        name: 'Carl Consumer',
        roles: ['analyst'],
        groups: ['Growth Marketing'],
      },
    },
    {
      clientId: 'owner',
      claims: {
        preferred_username: 'olga.owner',
        name: 'Olga Owner',
        groups: ['Customer 360:owner', 'Data Governance'],
      },
    },
  ]);
  const store = createMemoryStore();
  await loadDocuments(store, buildDemoMesh());
  api = createCatalogApi({
    store,
    authenticator: createOidcAuthenticator({
      issuer: provider.issuer,
      jwksUrl: (await checkIdentityProvider({ issuer: provider.issuer, timeoutMs: 5_000 })).jwksUrl,
      audience: meshportAudience,
      clientId: 'meshport-web',
      scopes: 'openid profile email',
      usernameClaim: 'preferred_username',
      rolesClaim: 'roles',
      teamsClaim: 'groups',
      clockTolerance: 0,
    }),
  });
});

afterAll(() => provider.close());

const call = (path: string, token?: string, init: RequestInit = {}) =>
  api.request(`/api${path}`, {
    ...init,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...init.headers },
  });
const importProduct = (token: string, id: string) =>
  call('/data-products', token, {
    method: 'POST',
    headers: { 'Content-Type': 'application/yaml' },
    body: `apiVersion: v1.0.0\nkind: DataProduct\nid: ${id}\nversion: 1.0.0\nstatus: draft\noutputPorts:\n  - name: out\n    version: 1.0.0\nteam:\n  name: Customer 360\n`,
  });
const message = async (response: Response) =>
  ((await response.json()) as { message: string }).message;

describe('OpenID Connect bearer tokens', () => {
  it('answers 401 without a token, but keeps health and the sign-in settings open', async () => {
    const response = await call('/data-products');
    expect(response.status).toBe(401);
    expect(response.headers.get('WWW-Authenticate')).toContain('Bearer');
    expect(await message(response)).toContain('no access token');
    expect((await call('/health')).status).toBe(200);
    expect(await (await call('/auth/config')).json()).toMatchObject({
      mode: 'oidc',
      issuer: provider.issuer,
    });
  });

  it('reads the principal, roles and teams from a valid token', async () => {
    const response = await call('/me', await provider.token('owner'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      id: 'olga.owner',
      name: 'Olga Owner',
      email: null,
      roles: [],
      teams: [
        { name: 'Customer 360', role: 'owner' },
        { name: 'Data Governance', role: 'member' },
      ],
      mode: 'oidc',
    });
  });

  it('refuses a token issued for another audience', async () => {
    const response = await call('/me', await provider.token('owner', otherResource));
    expect(response.status).toBe(401);
    expect(await message(response)).toContain('wrong audience');
  });

  it('refuses an expired token', async () => {
    const token = await provider.token('owner', 'https://meshport.test/api/short-lived');
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const response = await call('/me', token);
    expect(response.status).toBe(401);
    expect(await message(response)).toContain('expired');
  });

  it('refuses a forged token with the right claims but another key', async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({
      preferred_username: 'olga.owner',
      groups: ['Customer 360:owner'],
    })
      .setProtectedHeader({ alg: 'RS256', kid: (await exportJWK(publicKey)).kid ?? 'test-key' })
      .setIssuer(provider.issuer)
      .setAudience(meshportAudience)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    const response = await call('/me', forged);
    expect(response.status).toBe(401);
    expect(await message(response)).toContain('not signed by the identity provider');
  });

  it('lets an owner import and refuses a consumer, storing nothing for them', async () => {
    const refused = await importProduct(await provider.token('consumer'), 'from-consumer');
    expect(refused.status).toBe(403);
    expect(await message(refused)).toContain('Carl Consumer (carl.consumer) cannot import');
    const owner = await provider.token('owner');
    expect((await call('/data-products/from-consumer', owner)).status).toBe(404);
    expect((await importProduct(owner, 'from-owner')).status).toBe(201);
    const versions = (
      (await (await call('/data-products/from-owner', owner)).json()) as {
        versions: { createdBy: string }[];
      }
    ).versions;
    expect(versions[0]?.createdBy).toBe('olga.owner');
  });
});
