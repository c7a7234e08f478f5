import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { CatalogStore } from '../store/catalog-store';
import type { ApiContext } from './api-context';
import { RouteRegistry } from './route-registry';
import { registerContractRoutes } from './routes/data-contracts';
import { registerProductRoutes } from './routes/data-products';
import { registerHealthRoutes } from './routes/health';

export interface CatalogApiOptions {
  store: CatalogStore;
  /** The portal's version, reported by `/api/health` and the OpenAPI document. */
  version?: string;
  /** Where unexpected errors go; the Node host logs them as JSON lines. */
  onError?: (error: unknown, request: Request) => void;
}

const maxDocumentBytes = 2 * 1024 * 1024;

/**
 * The catalog API, written once as a fetch handler. Node serves it (`npm start`) and the browser
 * runs it inside MSW (`npm run dev`, the demo build); only the store differs.
 */
export function createCatalogApi(options: CatalogApiOptions): Hono {
  const app = new Hono().basePath('/api');
  const routes = new RouteRegistry(app);
  const context: ApiContext = { routes, store: options.store, version: options.version ?? '0.0.0' };

  app.use(
    '*',
    bodyLimit({
      maxSize: maxDocumentBytes,
      onError: (c) => c.json({ message: 'The document is larger than 2 MB' }, 413),
    }),
  );

  registerHealthRoutes(context);
  registerProductRoutes(context);
  registerContractRoutes(context);

  app.get('/openapi.json', (c) =>
    c.json(
      routes.openApiDocument({
        title: 'Meshport catalog API',
        version: context.version,
        description:
          'Discover, import and export data products (ODPS v1.0.0) and data contracts (ODCS v3.1.0). Documents are immutable versions identified by id and version.',
      }),
    ),
  );

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
