import '@mantine/core/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';

/** In mock mode (`npm run dev`, the demo build) the catalog API runs inside the browser. */
async function startApiInBrowser() {
  if (import.meta.env.VITE_API_MODE !== 'browser') return;
  const { startBrowserApi } = await import('./mocks/browser');
  await startBrowserApi();
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

startApiInBrowser()
  .catch((error: unknown) => {
    // The app still renders, and its API calls report what is wrong.
    console.error('The in-browser catalog API could not start', error);
  })
  .finally(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
