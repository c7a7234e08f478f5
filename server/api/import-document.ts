import type { DocumentIssueDto, ImportResult, Principal } from '../../src/catalog/api-schemas';
import type { Comparison } from '../../src/catalog/diff/compare-documents';
import { compareDocuments } from '../../src/catalog/diff/compare-documents';
import { compareVersions, revisionNumber } from '../../src/catalog/documents/version-order';
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
import type { EditConflict } from '../../src/catalog/draft-schemas';
import type { CatalogStore, StoredDocument } from '../store/catalog-store';
import type { DocumentValidator } from './document-validator';
import { validateInPlace } from './document-validator';
import { versionFollowsChanges } from './changes';

export type ImportOutcome =
  | { status: 201 | 200; body: ImportResult }
  | { status: 400; body: { message: string; errors: DocumentIssueDto[]; total?: number } }
  | { status: 403; body: { message: string } }
  | {
      status: 409;
      body: { message: string; existing: { id: string; version: string; createdAt: string } };
    }
  | { status: 412; body: EditConflict }
  | {
      status: 422;
      body: {
        message: string;
        suggestedVersion?: string;
        impact: Comparison['impact'];
        diffs: Comparison['diffs'];
      };
    };

export interface ImportOptions {
  /** Checks the document; in place unless the host offers a worker thread. */
  validate?: DocumentValidator;
  /**
   * `enforce` (the default) refuses a new current version that bumps its version less than its
   * changes need; `warn` (admins only, to import a history that never followed semver) imports
   * it with the same findings as warnings.
   */
  semver?: 'enforce' | 'warn';
  /**
   * The version the edit started from (null: a new document). When given, the document is
   * stored only while that version is still current; otherwise 412 says who published what.
   */
  expectedVersion?: string | null;
}

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
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const { validate = validateInPlace, semver = 'enforce', expectedVersion } = options;
  if (semver === 'warn' && !isAdmin(principal)) {
    return {
      status: 403,
      body: {
        message:
          'Only an admin may import without the semantic-versioning check (semver=warn); publish the version its changes call for.',
      },
    };
  }
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
  const current = await store.getDocument(kind, id);
  const declared = document.version === undefined ? '' : String(document.version).trim();
  const version = declared || (await nextRevision(store, kind, id, text, current));
  const refusal = checkTeamRights(kind, document, current?.document, principal);
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

  // Before the version's changes are judged: they are changes to a version the editor never saw.
  if (
    expectedVersion !== undefined &&
    (current?.version ?? null) !== expectedVersion &&
    // Sending again what is already stored (a retried publish) is no conflict.
    (await store.getDocument(kind, id, version))?.text !== text
  ) {
    return { status: 412, body: describeStaleEdit(kind, id, expectedVersion, current) };
  }

  // What changed since the current version, when this one is to replace it.
  let changes: ImportResult['changes'];
  if (current && current.version !== version && compareVersions(version, current.version) > 0) {
    const comparison = compareDocuments(
      kind,
      current.document as unknown as Record<string, unknown>,
      document as unknown as Record<string, unknown>,
    );
    changes = {
      from: current.version,
      impact: comparison.impact,
      ...(comparison.level ? { level: comparison.level } : {}),
      breaking: comparison.diffs
        .filter((entry) => entry.impactLevel === 'MAJOR')
        .map((entry) => entry.message),
    };
    if (versionFollowsChanges(current.version, version, comparison) === false) {
      const message = await describeTooSmallBump(
        store,
        kind,
        id,
        current.version,
        version,
        comparison,
      );
      if (semver === 'enforce') {
        return {
          status: 422,
          body: {
            message,
            ...(comparison.suggestedVersion
              ? { suggestedVersion: comparison.suggestedVersion }
              : {}),
            impact: comparison.impact,
            diffs: comparison.diffs,
          },
        };
      }
      warnings.push({ path: 'version', message, severity: 'warning' });
    }
  }

  const outcome = await store.insertDocument({
    kind,
    id,
    version,
    text,
    document,
    createdBy: principal.id,
    ...(expectedVersion !== undefined ? { expectedCurrentVersion: expectedVersion } : {}),
  });
  if (outcome.status === 'stale') {
    // Someone published between the check above and this write.
    const now = await store.getDocument(kind, id);
    return { status: 412, body: describeStaleEdit(kind, id, expectedVersion ?? null, now) };
  }
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
      ...(changes && outcome.status === 'created' ? { changes } : {}),
    },
  };
}

/**
 * Why an edit cannot be published as it is: the document is no longer at the version it started
 * from. Names who published what and when, and gives that version's text to compare with.
 */
function describeStaleEdit(
  kind: DocumentKind,
  id: string,
  expected: string | null,
  current: StoredDocument | null,
): EditConflict {
  const label = labels[kind];
  if (!current) {
    return {
      message: `There is no ${label} ${id}, so no edit can start from its version ${expected}; to publish it as a new ${label}, send If-None-Match: * instead of If-Match.`,
      current: null,
    };
  }
  const when = `${current.createdAt.slice(0, 16).replace('T', ' ')} UTC`;
  const since =
    expected === null
      ? `was created while you wrote yours`
      : `changed since your edit of version ${expected} began`;
  return {
    message: `${capitalize(label)} ${id} ${since}: ${current.createdBy} published version ${current.version} on ${when}. Compare your text with theirs, then publish again from ${current.version}.`,
    current: {
      version: current.version,
      createdAt: current.createdAt,
      createdBy: current.createdBy,
      text: current.text,
    },
  };
}

/**
 * The version a descriptor without one is kept as: the current revision again when the text is
 * the same (importing twice changes nothing), else the next number (`r1`, `r2`, …).
 */
async function nextRevision(
  store: CatalogStore,
  kind: DocumentKind,
  id: string,
  text: string,
  current: { version: string; text: string } | null,
): Promise<string> {
  if (current && current.text === text) return current.version;
  const numbers = (await store.listVersions(kind, id)).flatMap((entry) => {
    const revision = revisionNumber(entry.version);
    return revision === undefined ? [] : [revision];
  });
  return `r${Math.max(0, ...numbers) + 1}`;
}

const levelWords = { MAJOR: 'major', MINOR: 'minor', PATCH: 'patch' } as const;

/**
 * Why a version number is too small for its changes, naming the changes that need the bigger
 * bump and who reads what they change: "Version 2.4.0 … removes … : publish it as 3.0.0".
 */
async function describeTooSmallBump(
  store: CatalogStore,
  kind: DocumentKind,
  id: string,
  from: string,
  to: string,
  comparison: Comparison,
): Promise<string> {
  const level = comparison.level ?? 'PATCH';
  const needed = comparison.diffs.filter((entry) => entry.impactLevel === level);
  const named = needed
    .slice(0, 3)
    .map((entry) => entry.message.replace(/^./, (c) => c.toLowerCase()));
  const more = needed.length > named.length ? ` and ${needed.length - named.length} more` : '';
  const readers =
    kind === 'contract'
      ? (await store.getContractLinks(id)).consumers.length
      : new Set((await store.getProductLinks(id)).downstream.map((link) => link.productId)).size;
  const read =
    level === 'MAJOR' && readers > 0
      ? `, which ${readers} ${readers === 1 ? 'product reads' : 'products read'}`
      : '';
  const what =
    level === 'MAJOR'
      ? `${needed.length === 1 ? 'a change that breaks' : 'changes that break'} consumers`
      : `${levelWords[level]} changes`;
  const publish = comparison.suggestedVersion
    ? `publish it as ${comparison.suggestedVersion}`
    : `give it a ${levelWords[level]} version`;
  return `Version ${to} is not enough of a step from ${from} for ${what}: ${named.join('; ')}${more}${read}. ${publish.replace(/^./, (c) => c.toUpperCase())}, or keep the change compatible.`;
}

/** The team that owns a document: `team.name` in both standards (ODCS's old list form has none). */
export function owningTeam(document: OdpsProduct | OdcsContract): string | undefined {
  const team = document.team;
  return team && !Array.isArray(team) ? team.name?.trim() || undefined : undefined;
}

/**
 * The principal must be able to edit the team the document names and, for a new version of an
 * existing document, the team that owns it now, so a new version cannot take a product from its
 * team. Returns why not, or nothing when allowed.
 */
function checkTeamRights(
  kind: DocumentKind,
  document: OdpsProduct | OdcsContract,
  current: OdpsProduct | OdcsContract | undefined,
  principal: Principal,
): string | undefined {
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
  const currentTeam = current ? owningTeam(current) : undefined;
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
