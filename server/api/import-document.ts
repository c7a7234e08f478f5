import type { DocumentIssueDto, ImportResult, Principal } from '../../src/catalog/api-schemas';
import { formatPath } from '../../src/catalog/documents/document-issue';
import type { OdcsContract } from '../../src/catalog/standards/odcs';
import type { OdpsProduct } from '../../src/catalog/standards/odps';
import {
  canEditTeam,
  canImportDocuments,
  editableTeams,
  isAdmin,
} from '../../src/catalog/access/permissions';
import type { DocumentKind } from '../../src/catalog/documents/validate-document';
import type { CatalogStore } from '../store/catalog-store';
import type { DocumentValidator } from './document-validator';
import { validateInPlace } from './document-validator';

export type ImportOutcome =
  | { status: 201 | 200; body: ImportResult }
  | { status: 400; body: { message: string; errors: DocumentIssueDto[]; total?: number } }
  | { status: 403; body: { message: string } }
  | {
      status: 409;
      body: { message: string; existing: { id: string; version: string; createdAt: string } };
    };

const labels: Record<DocumentKind, string> = { product: 'data product', contract: 'data contract' };

/**
 * Imports one document for `principal`: checks their right to, validates it, checks what it refers
 * to, and stores its exact text as a new immutable version. Nothing is stored on any refusal.
 */
export async function importDocument(
  store: CatalogStore,
  kind: DocumentKind,
  text: string,
  principal: Principal,
  validate: DocumentValidator = validateInPlace,
): Promise<ImportOutcome> {
  if (!canImportDocuments(principal)) {
    return {
      status: 403,
      body: {
        message: `${principal.name} (${principal.id}) cannot import ${labels[kind]}s: that needs owner or editor rights on the owning team, or the admin role.`,
      },
    };
  }
  const validation = await validate(kind, text);
  if (!validation.ok) {
    const errors = validation.issues;
    const shown = errors.length < validation.total;
    const count = shown
      ? validation.total
      : errors.filter((issue) => issue.severity === 'error').length;
    return {
      status: 400,
      body: {
        message: `The ${labels[kind]} was not imported: ${count.toLocaleString('en')} ${count === 1 ? 'problem' : 'problems'} to fix${shown ? ` (the first ${errors.length} are listed)` : ''}`,
        errors,
        ...(shown ? { total: validation.total } : {}),
      },
    };
  }

  const document = validation.document;
  const warnings = [...validation.issues];
  const id = document.id;
  const version = String(document.version);
  const refusal = await checkTeamRights(store, kind, document, principal);
  if (refusal) return { status: 403, body: { message: refusal } };

  if (kind === 'product') {
    const product = document as OdpsProduct;
    const contracts = await store.getCurrentDocuments('contract', referencedContracts(product));
    const byId = new Map(contracts.map((contract) => [contract.id, contract.document]));
    const claim = checkProvidedContracts(product, byId, principal);
    if (claim) return { status: 403, body: { message: claim } };
    warnings.push(...findUnknownContracts(product, byId, validation.lines));
  } else {
    warnings.push(...(await findForeignProviders(store, document as OdcsContract)));
  }

  const outcome = await store.insertDocument({
    kind,
    id,
    version,
    text,
    document,
    createdBy: principal.id,
  });
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

/** The team that owns a document: `team.name` in both standards (ODCS's old list form has none). */
function owningTeam(document: OdpsProduct | OdcsContract): string | undefined {
  const team = document.team;
  return team && !Array.isArray(team) ? team.name?.trim() || undefined : undefined;
}

/**
 * The principal must be able to edit the team the document names and, for a new version of an
 * existing document, the team that owns it now, so a new version cannot take a product from its
 * team. Returns why not, or nothing when allowed.
 */
async function checkTeamRights(
  store: CatalogStore,
  kind: DocumentKind,
  document: OdpsProduct | OdcsContract,
  principal: Principal,
): Promise<string | undefined> {
  const label = labels[kind];
  const yours = editableTeams(principal);
  const youCan = yours.length ? `you can edit: ${yours.join(', ')}` : 'you can edit no team';
  const team = owningTeam(document);
  if (!team && !canEditTeam(principal, team)) {
    return `This ${label} names no owning team (team.name), so only an admin can import it; ${youCan}.`;
  }
  if (!canEditTeam(principal, team)) {
    return `Only owners or editors of the team "${team}", or an admin, can import its ${label}s; ${youCan}.`;
  }
  const current = await store.getDocument(kind, document.id);
  const currentTeam = current ? owningTeam(current.document) : undefined;
  if (current && !canEditTeam(principal, currentTeam)) {
    return `${document.id} belongs to ${currentTeam ? `the team "${currentTeam}"` : 'no team'}; only its owners or editors, or an admin, can add versions; ${youCan}.`;
  }
  return undefined;
}

function referencedContracts(product: OdpsProduct): string[] {
  return [
    ...(product.inputPorts ?? []).map((port) => port.contractId),
    ...(product.outputPorts ?? []).flatMap((port) => (port.contractId ? [port.contractId] : [])),
  ];
}

const sameTeam = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();

/**
 * A contract is provided by the team that owns it: an output port may name only a contract of
 * the product's own team, or consumers would see a second provider that the contract's owners
 * never agreed to. Admins may (to repair a catalog). Returns why not, or nothing when allowed.
 */
function checkProvidedContracts(
  product: OdpsProduct,
  contracts: ReadonlyMap<string, OdcsContract>,
  principal: Principal,
): string | undefined {
  if (isAdmin(principal)) return undefined;
  const productTeam = owningTeam(product);
  for (const [index, port] of (product.outputPorts ?? []).entries()) {
    const contract = port.contractId ? contracts.get(port.contractId) : undefined;
    if (!contract) continue;
    const contractTeam = owningTeam(contract);
    if (sameTeam(contractTeam, productTeam)) continue;
    const owner = contractTeam ? `the team "${contractTeam}"` : 'no team (only an admin)';
    return `outputPorts[${index}] (${port.name}) names the contract ${port.contractId}, which belongs to ${owner}: a product can provide only contracts of its own team${productTeam ? ` ("${productTeam}")` : ''}. Name a contract of your team, or ask the contract's owners or an admin.`;
  }
  return undefined;
}

/**
 * Products of other teams that named this contract as an output before it existed: the
 * contract's owners should know, since consumers see those products as its providers.
 */
async function findForeignProviders(
  store: CatalogStore,
  contract: OdcsContract,
): Promise<DocumentIssueDto[]> {
  const { providers } = await store.getContractLinks(contract.id);
  if (providers.length === 0) return [];
  const team = owningTeam(contract);
  const products = await store.getCurrentDocuments(
    'product',
    providers.map((provider) => provider.productId),
  );
  return products
    .filter((product) => !sameTeam(owningTeam(product.document), team))
    .map((product) => ({
      path: 'id',
      message: `${product.document.name ?? product.id} (${owningTeam(product.document) ?? 'no team'}) already names this contract as one of its output ports; consumers see it as a provider until its owners or an admin change that`,
      severity: 'warning' as const,
    }));
}

function findUnknownContracts(
  product: OdpsProduct,
  contracts: ReadonlyMap<string, OdcsContract>,
  lines: Record<string, number>,
): DocumentIssueDto[] {
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
    if (contracts.has(reference.contractId)) continue;
    const path = formatPath(reference.segments);
    const line = lines[path];
    warnings.push({
      path,
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
