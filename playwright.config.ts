import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './e2e/support/chromium';
import { findPostgresBinaries } from './server/testing/postgres-server';

const port = Number(process.env.E2E_PORT ?? 4181);
const baseURL = `http://127.0.0.1:${port}`;
const demoURL = `http://127.0.0.1:${port + 1}`;
const oidcURL = `http://127.0.0.1:${port + 2}`;
const issuer = `http://127.0.0.1:${port + 3}`;
const postgresURL = `http://127.0.0.1:${port + 4}`;

// The journeys that write run once more on a real PostgreSQL server, when there is one (always in CI).
const withPostgres =
  Boolean(findPostgresBinaries()) || process.env.MESHPORT_REQUIRE_POSTGRES === '1';
if (!withPostgres)
  console.warn('No PostgreSQL server installed: the journeys on PostgreSQL are skipped.');
const writingJourneys = /access-requests\.spec\.ts/;

/**
 * User journeys in real Chromium against the real portal: the built web app served by the Node
 * host with the demo catalog, exactly what `npm start` runs. A second project checks the static
 * demo build, whose catalog API runs inside the page (MSW), and a third a portal that signs people
 * in with a real OpenID Connect provider started beside it, and a fourth runs the journeys that
 * write on a real PostgreSQL server. Build both first
 * (`npm run build && npm run build:demo`).
 */
export default defineConfig({
  testDir: 'e2e',
  // Generous: two browsers, five servers and software rendering share two cores in CI.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'node-host', testIgnore: /in-browser-api|oidc-sign-in/, use: { baseURL } },
    {
      name: 'in-browser-api',
      // The demo build runs the journeys that write, and the lineage explorer's.
      testMatch: [
        /in-browser-api/,
        writingJourneys,
        /lineage\.spec\.ts/,
        /changes\.spec\.ts/,
        /editor\.spec\.ts/,
        /service-levels\.spec\.ts/,
      ],
      use: { baseURL: demoURL },
    },
    { name: 'oidc', testMatch: /oidc-sign-in\.spec\.ts/, use: { baseURL: oidcURL } },
    ...(withPostgres
      ? [{ name: 'postgres', testMatch: writingJourneys, use: { baseURL: postgresURL } }]
      : []),
  ],
  webServer: [
    {
      // A fresh embedded database each run, so journeys start from the demo mesh.
      command: 'rm -rf .data/e2e && tsx server/node/main.ts',
      url: `${baseURL}/api/health`,
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        MESHPORT_DATA_DIR: '.data/e2e',
        // Two weeks of pipeline history tell the same stories as 90 days, for less CPU.
        MESHPORT_DEMO_HISTORY_DAYS: '14',
      },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'tsx e2e/support/run-oidc-provider.ts',
      url: `${issuer}/.well-known/openid-configuration`,
      env: { OIDC_PORT: String(port + 3), PORTAL_ORIGIN: oidcURL },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'tsx server/node/main.ts',
      url: `${oidcURL}/api/health`,
      env: {
        PORT: String(port + 2),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        MESHPORT_STORE: 'memory',
        OIDC_ISSUER: issuer,
        OIDC_AUDIENCE: 'meshport-api',
        OIDC_CLIENT_ID: 'meshport-web',
        OIDC_SCOPES: 'openid profile catalog',
      },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    ...(withPostgres
      ? [
          {
            command: 'tsx e2e/support/run-postgres-portal.ts',
            url: `${postgresURL}/api/health`,
            env: {
              PORT: String(port + 4),
              HOST: '127.0.0.1',
              LOG_LEVEL: 'warn',
              MESHPORT_DEMO_HISTORY_DAYS: '14',
            },
            reuseExistingServer: false,
            timeout: 90_000,
            gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 10_000 },
            stdout: 'ignore' as const,
            stderr: 'pipe' as const,
          },
        ]
      : []),
    {
      command: `vite preview --outDir dist-demo --host 127.0.0.1 --port ${port + 1} --strictPort`,
      url: demoURL,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
