import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { createCatalogHandlers } from '@/mocks/catalog-handlers';
import { server } from '@/mocks/node';

// The first render loads lazy routes and the API's schemas, which takes more than a second.
configure({ asyncUtilTimeout: 5000 });

// jsdom lacks what Mantine measures with.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: vi.fn().mockImplementation((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  })),
});
window.ResizeObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
// Nor a font loading API, which Mantine's autosizing Textarea listens to.
Object.defineProperty(document, 'fonts', { configurable: true, value: new EventTarget() });
window.scrollTo = () => {};
Element.prototype.scrollIntoView = () => {};

// Files share a worker's modules (isolate: false), so each starts from a catalog of its own and
// from empty storage, whatever the file before it changed.
beforeAll(async () => {
  server.resetHandlers(...(await createCatalogHandlers()));
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => {
  server.close();
  localStorage.clear();
  sessionStorage.clear();
});
