import { setupServer } from 'msw/node';
import { createCatalogHandlers } from './catalog-handlers';

/** The catalog API for component tests; a test overrides a route with `server.use(...)` to inject a fault. */
export const server = setupServer(...(await createCatalogHandlers()));
