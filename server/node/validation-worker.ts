import { parentPort } from 'node:worker_threads';
import type { DocumentKind } from '../../src/catalog/documents/validate-document';
import { validateDocumentText } from '../../src/catalog/documents/validate-document';

export interface ValidationJob {
  id: number;
  kind: DocumentKind;
  text: string;
}

/** Checks documents sent by the pool (validation-pool.ts), one at a time, off the main thread. */
parentPort?.on('message', (job: ValidationJob) => {
  const result = validateDocumentText(job.kind, job.text);
  parentPort?.postMessage({ id: job.id, result });
});
