import type { DocumentKind, ValidationResult } from '../../src/catalog/documents/validate-document';
import { validateDocumentText } from '../../src/catalog/documents/validate-document';
import type { DocumentsByKind } from '../store/catalog-store';

/**
 * Checks an imported document against its standard. The API calls it through this type so that
 * the Node host can run large documents in a worker thread (parsing 2 MB of YAML takes seconds
 * of CPU, during which no other request would be answered), while the browser host and tests
 * check them in place.
 */
export type DocumentValidator = (
  kind: DocumentKind,
  text: string,
) => Promise<ValidationResult<DocumentsByKind[DocumentKind]>>;

export const validateInPlace: DocumentValidator = async (kind, text) =>
  validateDocumentText<DocumentsByKind[DocumentKind]>(kind, text);
