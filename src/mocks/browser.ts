import { setupWorker } from 'msw/browser';
import { createCatalogHandlers } from './catalog-handlers';

/** Starts the catalog API inside the browser, for `npm run dev` and the zero-backend demo build. */
export async function startBrowserApi() {
  const worker = setupWorker(...(await createCatalogHandlers()));
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
