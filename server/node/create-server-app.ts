import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { secureHeaders } from 'hono/secure-headers';
import type { Logger } from './logger';

export interface ServerAppOptions {
  api: { fetch: (request: Request) => Response | Promise<Response> };
  distDir: string;
  logger: Logger;
  /** Origins besides this one the web app may call (the identity provider). */
  connectSources?: string[];
}

/**
 * The Node host: the catalog API under /api and the built single-page app everywhere else,
 * with security headers, compression and caching that fits Vite's hashed file names.
 */
export function createServerApp({
  api,
  distDir,
  logger,
  connectSources = [],
}: ServerAppOptions): Hono {
  const root = resolve(distDir);
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) {
    throw new Error(
      `The web app is not built: ${indexFile} is missing. Run \`npm run build\` first.`,
    );
  }
  const indexHtml = readFileSync(indexFile, 'utf8');
  const app = new Hono();

  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    logger.info('request', {
      method: c.req.method,
      path: new URL(c.req.url).pathname,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  });
  // The editor checks documents in a worker with the standards' JSON Schemas, which ajv compiles
  // to functions: that worker alone may evaluate code it generates. It has no page to reach; the
  // page itself keeps the strict policy below (decision 019).
  app.use('/assets/*', async (c, next) => {
    await next();
    if (/\/validate\.worker-[\w-]+\.js$/.test(c.req.path))
      c.res.headers.set(
        'Content-Security-Policy',
        "default-src 'none'; script-src 'self' 'unsafe-eval'; connect-src 'none'",
      );
  });
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", ...connectSources],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        workerSrc: ["'self'", 'blob:'],
      },
      referrerPolicy: 'strict-origin-when-cross-origin',
      xFrameOptions: 'DENY',
      crossOriginEmbedderPolicy: false,
      // Sent only over HTTPS (below): over plain HTTP it means nothing, and on a machine that
      // later serves HTTPS on the same name it would lock browsers out of its HTTP sites.
      strictTransportSecurity: false,
    }),
  );
  app.use('*', async (c, next) => {
    await next();
    const proto = c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim();
    if ((proto ?? new URL(c.req.url).protocol.replace(':', '')) === 'https')
      c.res.headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  });
  app.use('*', compress());

  app.all('/api/*', (c) => api.fetch(c.req.raw));

  app.use(
    '/assets/*',
    serveStatic({
      root,
      // Brotli and gzip copies are made at build time (scripts/compress-assets.ts).
      precompressed: true,
      onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable'),
    }),
  );
  app.use(
    '*',
    serveStatic({
      root,
      onFound: (_path, c) => c.header('Cache-Control', 'no-cache'),
    }),
  );
  // A file that is not there is a 404, not the app's page: a script tag or a stale cached
  // page asking for an old chunk must fail clearly rather than parse HTML as JavaScript.
  const missingFile = (c: Context) =>
    c.text(`Not found: ${new URL(c.req.url).pathname}`, 404, { 'Cache-Control': 'no-cache' });
  app.all('/assets/*', missingFile);
  app.all('/:file{[^/]+\\.[A-Za-z0-9]+}', missingFile);
  // Every other path is a route of the single-page app.
  app.get('*', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.html(indexHtml);
  });
  return app;
}
