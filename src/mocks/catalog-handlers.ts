import { http } from 'msw';
import { createCatalogApi } from '../../server/api/create-catalog-api';
import { buildDemoMesh } from '../../server/seed/demo-mesh';
import { loadDocuments } from '../../server/seed/load-documents';
import { startDemoPipelines } from '../../server/simulator/demo-pipelines';
import { createMemoryStore } from '../../server/store/memory/memory-store';

export interface CatalogHandlerOptions {
  /**
   * Days of pipeline history the demo's pipelines send at start (then every minute what they
   * did since): the in-browser demo tells its service-level story; component tests send none.
   */
  historyDays?: number;
}

/**
 * MSW handlers that host the real catalog API (the same Hono app Node serves) on an in-memory
 * store with the demo mesh. There is no hand-written mock to drift from the server.
 */
export async function createCatalogHandlers({ historyDays = 0 }: CatalogHandlerOptions = {}) {
  const store = createMemoryStore();
  await loadDocuments(store, buildDemoMesh());
  let historyLoaded: () => void = () => undefined;
  const serviceLevelsReady = new Promise<void>((resolve) => {
    historyLoaded = resolve;
  });
  const api = createCatalogApi({ store, version: 'in-browser', serviceLevelsReady });
  if (historyDays > 0) {
    // In the background: pages that do not show service levels never wait for it.
    const pipelines = startDemoPipelines({
      store,
      send: (request) => api.fetch(request),
      historyDays,
      intervalMs: 60_000,
    });
    void pipelines.ready.finally(historyLoaded);
  } else {
    historyLoaded();
  }
  return [http.all('/api/*', ({ request }) => api.fetch(request))];
}
