import type { DocumentKind } from '@/catalog/documents/validate-document';
import { validateDocumentText } from '@/catalog/documents/validate-document';

/** Checks the text being edited off the main thread, with the validator the API uses. */
self.onmessage = (event: MessageEvent<{ id: number; kind: DocumentKind; text: string }>) => {
  const { id, kind, text } = event.data;
  try {
    const result = validateDocumentText(kind, text);
    self.postMessage({
      id,
      issues: result.issues,
      ok: result.ok,
      total: result.ok ? result.issues.length : result.total,
    });
  } catch (error) {
    self.postMessage({ id, failed: error instanceof Error ? error.message : String(error) });
  }
};
