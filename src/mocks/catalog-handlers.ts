import { http } from 'msw';
import { createCatalogApi } from '../../server/api/create-catalog-api';
import { buildDemoMesh } from '../../server/seed/demo-mesh';
import { loadDocuments } from '../../server/seed/load-documents';
import { createMemoryStore } from '../../server/store/memory/memory-store';

/**
 * MSW handlers that host the real catalog API (the same Hono app Node serves) on an in-memory
 * store with the demo mesh. There is no hand-written mock to drift from the server.
 */
export async function createCatalogHandlers() {
  const store = createMemoryStore();
  await loadDocuments(store, buildDemoMesh());
  const api = createCatalogApi({ store, version: 'in-browser' });
  return [http.all('/api/*', ({ request }) => api.fetch(request))];
}
