import { serve } from '@hono/node-server';
import packageJson from '../../package.json' with { type: 'json' };
import { createCatalogApi } from '../api/create-catalog-api';
import { buildDemoMesh } from '../seed/demo-mesh';
import { loadDocuments } from '../seed/load-documents';
import { createMemoryStore } from '../store/memory/memory-store';
import { readConfig } from './config';
import { createServerApp } from './create-server-app';
import { createLogger, describeError } from './logger';

/** `npm start`: the portal (API and built web app) on the embedded demo catalog. */
async function main() {
  const config = readConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const store = createMemoryStore();
  if (config.MESHPORT_SEED === 'demo') {
    const { imported, problems } = await loadDocuments(store, buildDemoMesh());
    logger.info('demo catalog loaded', { documents: imported });
    for (const problem of problems) logger.warn('seed document not loaded', { problem });
  }
  const api = createCatalogApi({
    store,
    version: packageJson.version,
    onError: (error, request) =>
      logger.error('unexpected API error', { url: request.url, ...describeError(error) }),
  });
  const app = createServerApp({ api, distDir: config.MESHPORT_DIST_DIR, logger });

  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
    const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
    const url = `http://${host}:${info.port}`;
    logger.info('listening', { url });
    process.stdout.write(`\nMeshport is running at ${url}\n\n`);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { signal });
    server.close(() => {
      void store.close().finally(() => process.exit(0));
    });
    // Open keep-alive connections must not hold the process forever.
    setTimeout(() => process.exit(0), 5_000).unref();
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
