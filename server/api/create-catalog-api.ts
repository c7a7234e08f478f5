import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Authenticator } from '../auth/authenticator';
import { createDemoAuthenticator } from '../auth/demo-authenticator';
import { documentLimits } from '../../src/catalog/documents/document-limits';
import type { CatalogStore } from '../store/catalog-store';
import type { ApiContext } from './api-context';
import type { ApiEnv } from './api-env';
import type { DocumentValidator } from './document-validator';
import { validateInPlace } from './document-validator';
import { refuseCrossSite } from './refuse-cross-site';
import { RouteRegistry } from './route-registry';
import { createEvaluationQueue } from './service-levels/evaluation-queue';
import {
  hashSecret,
  ingestionPaths,
  presentedToken,
  tokenPrincipal,
} from './service-levels/ingestion-tokens';
import { registerAccessRoutes } from './routes/access-requests';
import { registerChangesRoutes } from './routes/changes';
import { registerContractRoutes } from './routes/data-contracts';
import { registerProductRoutes } from './routes/data-products';
import { draftBodyBytes, registerDraftRoutes } from './routes/drafts';
import { registerHealthRoutes } from './routes/health';
import { registerIdentityRoutes } from './routes/identity';
import { registerIncidentRoutes } from './routes/incidents';
import { registerIngestionTokenRoutes } from './routes/ingestion-tokens';
import { registerIngestionRoutes } from './routes/ingestion';
import { registerLineageRoutes } from './routes/lineage';
import { registerNotificationRoutes } from './routes/notifications';
import { registerServiceLevelRoutes } from './routes/service-levels';
import { registerSubscriptionRoutes } from './routes/subscriptions';

export interface CatalogApiOptions {
  store: CatalogStore;
  /** Who is asking; demo personas when omitted. */
  authenticator?: Authenticator;
  /** The portal's version, reported by `/api/health` and the OpenAPI document. */
  version?: string;
  /** The clock; tests move it to expire grants. */
  now?: () => Date;
  /** Where unexpected errors go; the Node host logs them as JSON lines. */
  onError?: (error: unknown, request: Request) => void;
  /** Checks imported documents; in place unless the host offers a worker thread. */
  validate?: DocumentValidator;
  /**
   * How long ingestion waits before evaluating the products it touched, so a burst of events
   * costs one evaluation per product; reads never wait for it. 0: evaluate before answering.
   */
  evaluationDelayMs?: number;
  /**
   * Settles when the observations a host loads at start are in (the demo's pipeline history);
   * service-level reads wait for it, so nobody sees a mesh half loaded.
   */
  serviceLevelsReady?: Promise<unknown>;
}

/** Paths anyone may read: for load balancers, API clients and the sign-in page. */
const publicPaths = new Set(['/api/health', '/api/openapi.json', '/api/auth/config']);

/**
 * The catalog API, written once as a fetch handler. Node serves it (`npm start`) and the browser
 * runs it inside MSW (`npm run dev`, the demo build); only the store differs.
 */
export function createCatalogApi(options: CatalogApiOptions) {
  const app = new Hono<ApiEnv>().basePath('/api');
  const routes = new RouteRegistry(app);
  const authenticator = options.authenticator ?? createDemoAuthenticator();
  const now = options.now ?? (() => new Date());
  const context: ApiContext = {
    routes,
    store: options.store,
    authenticator,
    version: options.version ?? '0.0.0',
    now,
    validate: options.validate ?? validateInPlace,
    evaluations: createEvaluationQueue(options.store, now, {
      delayMs: options.evaluationDelayMs ?? 1000,
      ready: options.serviceLevelsReady,
      onError: (error) =>
        options.onError?.(error, new Request('http://localhost/api/service-levels')),
    }),
  };

  // Answers depend on who asks (and carry access decisions and names): no cache may keep them.
  app.use('*', async (c, next) => {
    await next();
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
  });
  app.use('*', refuseCrossSite);

  const documentBody = bodyLimit({
    maxSize: documentLimits.documentBytes,
    onError: (c) => c.json({ message: 'The document is larger than 2 MB' }, 413),
  });
  // A draft's text sits inside JSON, escapes and all; the route measures the text itself.
  const draftBody = bodyLimit({
    maxSize: draftBodyBytes,
    onError: (c) => c.json({ message: 'The draft is larger than 2 MB' }, 413),
  });
  app.use('*', (c, next) =>
    (c.req.path.startsWith('/api/drafts/') ? draftBody : documentBody)(c, next),
  );

  // Every request has a principal; authorization is then decided per endpoint.
  app.use('*', async (c, next) => {
    const path = new URL(c.req.url).pathname;
    if (publicPaths.has(path)) return next();
    // Pipelines present an ingestion token instead of signing in, on the ingestion paths only.
    const secret = ingestionPaths.has(path) ? presentedToken(c.req.raw) : undefined;
    if (secret) {
      const token = await options.store.ingestionTokens.findByHash(await hashSecret(secret));
      if (!token || token.revokedAt) {
        c.header('WWW-Authenticate', 'Bearer realm="meshport-ingestion"');
        const why = token
          ? `The ingestion token "${token.name}" of ${token.team} was revoked on ${token.revokedAt}`
          : 'The ingestion token is not known: create one under Ingestion tokens, and send it as `Authorization: Bearer`, `x-api-key` or `?token=`';
        return c.json({ message: why }, 401);
      }
      c.set('ingestionToken', token);
      c.set('principal', tokenPrincipal(token, authenticator.mode));
      return next();
    }
    const result = await authenticator.authenticate(c.req.raw);
    if (!result.ok) {
      c.header(
        'WWW-Authenticate',
        authenticator.mode === 'oidc' ? 'Bearer realm="meshport"' : 'Persona',
      );
      return c.json({ message: result.message }, result.status);
    }
    c.set('principal', result.principal);
    return next();
  });

  registerHealthRoutes(context);
  registerIdentityRoutes(context);
  registerProductRoutes(context);
  registerContractRoutes(context);
  registerChangesRoutes(context);
  registerAccessRoutes(context);
  registerLineageRoutes(context);
  registerNotificationRoutes(context);
  registerDraftRoutes(context);
  registerIngestionRoutes(context);
  registerIngestionTokenRoutes(context);
  registerServiceLevelRoutes(context);
  registerIncidentRoutes(context);
  registerSubscriptionRoutes(context);

  app.get('/openapi.json', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.json(
      routes.openApiDocument({
        title: 'Meshport catalog API',
        version: context.version,
        description:
          'Discover, import and export data products (ODPS v1.0.0) and data contracts (ODCS v3.1.0). Documents are immutable versions identified by id and version.',
      }),
    );
  });

  app.notFound((c) =>
    c.json({ message: `No API endpoint ${c.req.method} ${new URL(c.req.url).pathname}` }, 404),
  );
  app.onError((error, c) => {
    options.onError?.(error, c.req.raw);
    return c.json(
      { message: 'The catalog API hit an unexpected error; try again in a moment' },
      500,
    );
  });
  return app;
}
