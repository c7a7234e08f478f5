/**
 * The identity provider of the OIDC journey (`playwright.config.ts` starts it): a real OpenID
 * Connect provider on loopback with two people, a consumer and an owner of Customer 360.
 */
import { startOidcProvider } from '../../server/auth/oidc-test-provider';

const port = Number(process.env.OIDC_PORT);
const portalOrigin = process.env.PORTAL_ORIGIN ?? '';

const provider = await startOidcProvider([], {
  port,
  browserClient: { clientId: 'meshport-web', redirectUri: `${portalOrigin}/auth/callback` },
  accounts: {
    'carl.consumer': {
      preferred_username: 'carl.consumer',
      name: 'Carl Consumer',
      groups: ['Growth Marketing'],
    },
    'olga.owner': {
      preferred_username: 'olga.owner',
      name: 'Olga Owner',
      groups: ['Customer 360:owner'],
    },
  },
});
console.log(`Identity provider at ${provider.issuer}`);
const stop = () => void provider.close().finally(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
