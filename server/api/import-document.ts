import type { DocumentIssueDto, ImportResult } from '../../src/catalog/api-schemas';
import { formatPath } from '../../src/catalog/document-issue';
import type { OdpsProduct } from '../../src/catalog/odps';
import type { DocumentKind } from '../../src/catalog/validate-document';
import { validateDocumentText } from '../../src/catalog/validate-document';
import type { CatalogStore, DocumentsByKind } from '../store/catalog-store';

export type ImportOutcome =
  | { status: 201 | 200; body: ImportResult }
  | { status: 400; body: { message: string; errors: DocumentIssueDto[] } }
  | {
      status: 409;
      body: { message: string; existing: { id: string; version: string; createdAt: string } };
    };

const labels: Record<DocumentKind, string> = { product: 'data product', contract: 'data contract' };

/**
 * Imports one document: validates it, checks what it refers to, and stores its exact text as a
 * new immutable version. Nothing is stored when the document has an error.
 */
export async function importDocument(
  store: CatalogStore,
  kind: DocumentKind,
  text: string,
): Promise<ImportOutcome> {
  const validation = validateDocumentText<DocumentsByKind[DocumentKind]>(kind, text);
  if (!validation.ok) {
    const errors = validation.issues;
    const count = errors.filter((issue) => issue.severity === 'error').length;
    return {
      status: 400,
      body: {
        message: `The ${labels[kind]} was not imported: ${count} ${count === 1 ? 'problem' : 'problems'} to fix`,
        errors,
      },
    };
  }

  const document = validation.document;
  const warnings = [...validation.issues];
  if (kind === 'product') {
    warnings.push(
      ...(await findUnknownContracts(store, document as OdpsProduct, validation.lineOf)),
    );
  }

  const id = document.id;
  const version = String(document.version);
  const outcome = await store.insertDocument({ kind, id, version, text, document });
  if (outcome.status === 'conflict') {
    return {
      status: 409,
      body: {
        message: `${capitalize(labels[kind])} ${id} already has a version ${version} with other content (imported ${outcome.existing.createdAt}). Versions never change: give this one a new version.`,
        existing: outcome.existing,
      },
    };
  }
  if (!outcome.current) {
    warnings.push({
      path: 'version',
      message: `Stored as an older version: a higher version of ${id} stays current`,
      severity: 'warning',
    });
  }
  return {
    status: outcome.status === 'created' ? 201 : 200,
    body: {
      kind,
      id,
      version,
      created: outcome.status === 'created',
      current: outcome.current,
      warnings,
    },
  };
}

async function findUnknownContracts(
  store: CatalogStore,
  product: OdpsProduct,
  lineOf: (path: readonly (string | number)[]) => number | undefined,
): Promise<DocumentIssueDto[]> {
  const references: { segments: (string | number)[]; contractId: string }[] = [];
  (product.inputPorts ?? []).forEach((port, index) =>
    references.push({ segments: ['inputPorts', index, 'contractId'], contractId: port.contractId }),
  );
  (product.outputPorts ?? []).forEach((port, index) => {
    if (port.contractId) {
      references.push({
        segments: ['outputPorts', index, 'contractId'],
        contractId: port.contractId,
      });
    }
  });
  const warnings: DocumentIssueDto[] = [];
  for (const reference of references) {
    if (await store.getDocument('contract', reference.contractId)) continue;
    const line = lineOf(reference.segments);
    warnings.push({
      path: formatPath(reference.segments),
      ...(line === undefined ? {} : { line }),
      message: `No contract ${reference.contractId} in the catalog yet: lineage and schema for this port appear once it is imported`,
      severity: 'warning',
    });
  }
  return warnings;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
