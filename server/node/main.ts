import { serve } from '@hono/node-server';
import packageJson from '../../package.json' with { type: 'json' };
import { createCatalogApi } from '../api/create-catalog-api';
import { readConfig } from './config';
import { createAuthenticator } from './create-authenticator';
import { createServerApp } from './create-server-app';
import { createLogger, describeError } from './logger';
import { openStore } from './open-store';
import { createValidationPool } from './validation-pool';
import { startDemoPipelines } from '../simulator/demo-pipelines';

/** `npm start`: the portal (API and built web app) on the configured store. */
async function main() {
  const config = readConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const store = await openStore(config, logger);
  const authenticator = await createAuthenticator(config, { logger });
  const validation = createValidationPool();
  // The demo's pipelines run in demo mode, where they send as a persona (see below).
  const demoPipelines =
    config.seed === 'demo' &&
    authenticator.mode === 'demo' &&
    config.MESHPORT_DEMO_HISTORY_DAYS > 0;
  let historyLoaded: () => void = () => undefined;
  const serviceLevelsReady = new Promise<void>((resolve) => {
    historyLoaded = resolve;
  });
  if (!demoPipelines) historyLoaded();
  const api = createCatalogApi({
    store,
    authenticator,
    serviceLevelsReady,
    validate: validation.validate,
    version: packageJson.version,
    onError: (error, request) =>
      logger.error('unexpected API error', { url: request.url, ...describeError(error) }),
  });
  const app = createServerApp({
    api,
    distDir: config.MESHPORT_DIST_DIR,
    logger,
    // The web app talks to the identity provider directly to sign in.
    connectSources: config.OIDC_ISSUER ? [new URL(config.OIDC_ISSUER).origin] : [],
  });

  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
    const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
    const url = `http://${host}:${info.port}`;
    logger.info('listening', { url, store: store.kind, auth: authenticator.mode });
    process.stdout.write(`\nMeshport is running at ${url}\n\n`);
  });

  const pipelines = demoPipelines
    ? startDemoPipelines({
        store,
        send: (request) => api.fetch(request),
        historyDays: config.MESHPORT_DEMO_HISTORY_DAYS,
        intervalMs: 60_000,
        onLoaded: (figures) => logger.info('demo pipelines caught up', figures),
        onError: (error) => logger.error('demo pipelines failed', describeError(error)),
      })
    : undefined;
  void (pipelines?.ready ?? Promise.resolve()).finally(historyLoaded);

  // Grants also expire on every read; the sweep logs them even when nobody looks.
  const sweep = setInterval(() => {
    store.access
      .expireDue(new Date())
      .then((expired) => expired && logger.info('access grants expired', { expired }))
      .catch((error: unknown) => logger.error('expiry sweep failed', describeError(error)));
  }, 60_000);
  sweep.unref();

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { signal });
    clearInterval(sweep);
    pipelines?.stop();
    // Stop accepting, let requests in flight finish, then close the store.
    server.close(() => {
      void Promise.allSettled([validation.close(), store.close()]).finally(() => process.exit(0));
    });
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Meshport could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
