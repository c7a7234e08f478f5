/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** `browser`: the catalog API runs inside the page (MSW); otherwise the page calls the server's /api. */
  readonly VITE_API_MODE?: 'browser' | 'server';
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
