// The server runs TypeScript through tsx, which a worker thread does not inherit: load the
// worker's code through tsx explicitly.
import { tsImport } from 'tsx/esm/api';

await tsImport('./validation-worker.ts', import.meta.url);
