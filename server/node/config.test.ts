import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

describe('server configuration', () => {
  it('starts on the embedded store with the demo mesh by default', () => {
    expect(readConfig({})).toMatchObject({
      PORT: 8080,
      HOST: '127.0.0.1',
      store: 'pglite',
      seed: 'demo',
    });
  });

  it('uses PostgreSQL at DATABASE_URL, without demo data unless asked', () => {
    expect(readConfig({ DATABASE_URL: 'postgres://db/meshport' })).toMatchObject({
      store: 'postgres',
      seed: 'none',
    });
    expect(readConfig({ DATABASE_URL: 'postgres://db/meshport', MESHPORT_SEED: 'demo' }).seed).toBe(
      'demo',
    );
  });

  it('names every bad variable', () => {
    expect(() => readConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://db' })).toThrow(
      /PORT: .*\n.*DATABASE_URL: must be a postgres/,
    );
    expect(() => readConfig({ OIDC_ISSUER: 'https://id.example' })).toThrow(
      /OIDC_AUDIENCE: is required when OIDC_ISSUER is set\n.*OIDC_CLIENT_ID: is required/,
    );
  });
});

describe('identity provider settings', () => {
  const complete = {
    OIDC_ISSUER: 'https://id.example/realms/northwind',
    OIDC_AUDIENCE: 'meshport-api',
    OIDC_CLIENT_ID: 'meshport-web',
  };

  it('accepts a complete configuration, with defaults for the rest', () => {
    expect(readConfig(complete)).toMatchObject({
      ...complete,
      OIDC_SCOPES: 'openid profile email',
    });
  });

  it('never falls back to demo mode when an OIDC_ variable is set', () => {
    expect(() => readConfig({ OIDC_AUDIENCE: 'meshport-api', OIDC_CLIENT_ID: 'web' })).toThrow(
      'OIDC_ISSUER: is required when OIDC_AUDIENCE, OIDC_CLIENT_ID are set (without an issuer Meshport would run in demo mode, where anyone may act as admin; remove every OIDC_ variable for demo mode)',
    );
    expect(() => readConfig({ OIDC_TEAMS_CLAIM: 'groups' })).toThrow(
      'OIDC_ISSUER: is required when OIDC_TEAMS_CLAIM is set',
    );
    expect(() => readConfig({ OIDC_ISSUER: ' ' })).toThrow(
      "OIDC_ISSUER: is empty; set it to the identity provider's issuer URL, or remove it for demo mode",
    );
  });

  it('names a misspelled variable and the one probably meant', () => {
    const { OIDC_ISSUER, ...rest } = complete;
    expect(() => readConfig({ ...rest, OIDC_ISSUR: OIDC_ISSUER })).toThrow(
      /OIDC_ISSUR: is not a Meshport setting; did you mean OIDC_ISSUER\?\n.*OIDC_ISSUER: is required when OIDC_AUDIENCE, OIDC_CLIENT_ID are set/,
    );
    expect(() => readConfig({ ...complete, OIDC_CLIENTID: 'web' })).toThrow(
      'OIDC_CLIENTID: is not a Meshport setting; did you mean OIDC_CLIENT_ID?',
    );
    expect(() => readConfig({ ...complete, OIDC_CLIENT_SECRET: 's3cret' })).toThrow(
      'OIDC_CLIENT_SECRET: is not a Meshport setting; the OIDC_ settings are OIDC_ISSUER, OIDC_AUDIENCE, OIDC_CLIENT_ID, OIDC_SCOPES, OIDC_JWKS_URL, OIDC_USERNAME_CLAIM, OIDC_ROLES_CLAIM, OIDC_TEAMS_CLAIM',
    );
  });

  it('refuses URLs that are not http(s) and empty settings', () => {
    expect(() =>
      readConfig({ ...complete, OIDC_ISSUER: 'id.example', OIDC_JWKS_URL: 'ftp://id.example/k' }),
    ).toThrow(
      /OIDC_ISSUER: must be an http:\/\/ or https:\/\/ URL, without \?query or #fragment\n.*OIDC_JWKS_URL: must be/,
    );
    expect(() => readConfig({ ...complete, OIDC_SCOPES: '' })).toThrow(
      'OIDC_SCOPES: must not be empty',
    );
  });

  it(
    'stops the server with the message, before it opens anything',
    { timeout: 30_000 },
    async () => {
      const env = Object.fromEntries(
        Object.entries(process.env).filter(([name]) => !name.startsWith('OIDC_')),
      );
      const child = spawn(process.execPath, ['--import', 'tsx', 'server/node/main.ts'], {
        env: {
          ...env,
          PORT: '0',
          MESHPORT_STORE: 'memory',
          OIDC_ISSUR: 'https://id.example',
          OIDC_AUDIENCE: 'meshport-api',
          OIDC_CLIENT_ID: 'meshport-web',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const stopper = setTimeout(() => child.kill('SIGTERM'), 25_000);
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      clearTimeout(stopper);
      expect(code).toBe(1);
      expect(output).toContain(
        'Meshport could not start: Invalid configuration:\n  OIDC_ISSUR: is not a Meshport setting; did you mean OIDC_ISSUER?\n  OIDC_ISSUER: is required when',
      );
    },
  );
});
