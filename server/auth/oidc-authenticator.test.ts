import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccessRequest } from '../../src/catalog/api-schemas';
import { createCatalogApi } from '../api/create-catalog-api';
import { buildDemoMesh } from '../seed/demo-mesh';
import { loadDocuments } from '../seed/load-documents';
import { createMemoryStore } from '../store/memory/memory-store';
import { checkIdentityProvider } from './check-identity-provider';
import { createOidcAuthenticator, toPrincipal } from './oidc-authenticator';
import { meshportAudience, otherResource, startOidcProvider } from './oidc-test-provider';

const approverEmail = 'priya.raman@northwind.example';
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
    {
      clientId: 'priya',
      claims: {
        preferred_username: 'priya.r',
        name: 'Priya Raman',
        email: approverEmail,
        email_verified: true,
      },
    },
    {
      // Claims Priya's address, which the provider never verified.
      clientId: 'mallory',
      claims: {
        preferred_username: 'mallory',
        name: 'Mallory',
        email: approverEmail,
        email_verified: false,
      },
    },
  ]);
  const store = createMemoryStore();
  // The pii_reader role of Customer Purchase History names its first approver by email here.
  const loaded = await loadDocuments(
    store,
    [...buildDemoMesh()].map((document) => ({
      ...document,
      text: document.text.replace(
        'firstLevelApprovers: priya.raman',
        `firstLevelApprovers: ${approverEmail}`,
      ),
    })),
  );
  expect(loaded.problems).toEqual([]);
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

describe('approvers named by email', () => {
  const piiRole = 'customer_purchase_history_purchases_pii_reader';
  const inbox = async (token: string) =>
    (
      (await (await call('/access-requests?role=approver', token)).json()) as {
        items: AccessRequest[];
      }
    ).items.map((request) => request.id);

  it('are the people whose address the provider verified, in the inbox and in the decision', async () => {
    const submitted = await call('/access-requests', await provider.token('consumer'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        productId: 'customer-purchase-history',
        ports: [{ portName: 'purchases', role: piiRole }],
        grantee: { kind: 'user' },
        purpose: 'Reconcile refunds with the payment provider',
        until: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
        acknowledged: true,
      }),
    });
    expect(submitted.status).toBe(201);
    const [request] = ((await submitted.json()) as { items: AccessRequest[] }).items;
    const id = request?.id ?? '';
    expect(request?.approvers.level1).toEqual([approverEmail]);
    const approve = (token: string) =>
      call(`/access-requests/${id}/approve`, token, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });

    const mallory = await provider.token('mallory');
    expect(await inbox(mallory)).not.toContain(id);
    const refused = await approve(mallory);
    expect(refused.status).toBe(403);
    expect(await message(refused)).toContain('you are not one of them');

    const priya = await provider.token('priya');
    expect(await inbox(priya)).toContain(id);
    const approved = await approve(priya);
    expect(approved.status).toBe(200);
    expect(((await approved.json()) as AccessRequest).status).toBe('approved-level-1');
  });

  it('are not part of the principal at all when unverified', async () => {
    const me = async (clientId: string) =>
      (await (await call('/me', await provider.token(clientId))).json()) as { email: unknown };
    expect((await me('mallory')).email).toBeNull();
    expect((await me('priya')).email).toBe(approverEmail);
  });
});

describe('the principal read from the claims', () => {
  const claims = { usernameClaim: 'preferred_username', rolesClaim: 'roles', teamsClaim: 'groups' };

  it('carries the email only when the provider verified it, and never takes an unverified one as username', () => {
    const email = 'priya.raman@northwind.example';
    expect(toPrincipal({ sub: 's-1', email, email_verified: true }, claims)).toMatchObject({
      id: email,
      email,
    });
    for (const email_verified of [false, 'true', undefined])
      expect(toPrincipal({ sub: 's-1', email, email_verified }, claims)).toMatchObject({
        id: 's-1',
        email: null,
      });
    const byEmail = { ...claims, usernameClaim: 'email' };
    expect(toPrincipal({ sub: 's-1', email, email_verified: false }, byEmail).id).toBe('s-1');
    expect(toPrincipal({ sub: 's-1', email, email_verified: true }, byEmail).id).toBe(email);
  });
});
