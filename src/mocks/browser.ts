import { setupWorker } from 'msw/browser';
import { createCatalogHandlers } from './catalog-handlers';

/** Starts the catalog API inside the browser, for `npm run dev` and the zero-backend demo build. */
export async function startBrowserApi() {
  // Ten days of the demo pipelines' history: enough for every story, quick to send in a page.
  const worker = setupWorker(...(await createCatalogHandlers({ historyDays: 10 })));
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
