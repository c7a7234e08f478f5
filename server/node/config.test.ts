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
