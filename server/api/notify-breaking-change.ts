import type { ImportResult, Principal } from '../../src/catalog/api-schemas';
import type { DocumentKind } from '../../src/catalog/documents/validate-document';
import type { CatalogStore } from '../store/catalog-store';

/** Distinct, trimmed, lower-cased names: how notice audiences are written. */
export const lower = (names: Iterable<string | null | undefined>) => [
  ...new Set([...names].flatMap((name) => (name?.trim() ? [name.trim().toLowerCase()] : []))),
];

/**
 * Who reads what a document provides: the teams of the products that read its contracts
 * (lineage), and whoever holds a grant on its ports (people, teams, and the teams of products).
 */
async function consumersOf(store: CatalogStore, kind: DocumentKind, id: string) {
  const readers =
    kind === 'contract'
      ? (await store.getContractLinks(id)).consumers
      : (await store.getProductLinks(id)).downstream;
  const grants = (await store.access.listRequests({ statuses: ['granted'] })).filter((grant) =>
    kind === 'contract' ? grant.contractId === id : grant.productId === id,
  );
  const products = await store.getCurrentDocuments('product', [
    ...readers.map((reader) => reader.productId),
    ...grants.flatMap((grant) => (grant.grantee.kind === 'product' ? [grant.grantee.id] : [])),
  ]);
  return {
    audience: lower([
      ...products.map((product) => product.document.team?.name),
      ...grants.flatMap((grant) => (grant.grantee.kind === 'product' ? [] : [grant.grantee.id])),
    ]),
    readers: new Set(readers.map((reader) => reader.productId)).size,
    grants: grants.length,
  };
}

/**
 * When a version that breaks consumers becomes current, the people and teams who read it are
 * told, through the notifications they already follow, with a link to what changed.
 */
export async function notifyBreakingChange(
  store: CatalogStore,
  result: ImportResult,
  principal: Principal,
  at: Date,
): Promise<number> {
  const changes = result.changes;
  if (!result.created || !result.current || changes?.level !== 'MAJOR') return 0;
  const { audience } = await consumersOf(store, result.kind, result.id);
  if (audience.length === 0) return 0;
  const document = result.kind === 'product' ? await store.getDocument('product', result.id) : null;
  const name = document?.document.name ?? result.id;
  const what = result.kind === 'product' ? name : `the contract ${result.id}`;
  const first = changes.breaking[0] ?? '';
  const more = changes.breaking.length > 1 ? ` and ${changes.breaking.length - 1} more` : '';
  await store.notices.add({
    at: at.toISOString(),
    actor: { id: principal.id, name: principal.name },
    audience,
    message: `${what} ${result.version} breaks what you read: ${first.charAt(0).toLowerCase()}${first.slice(1)}${more} (was ${changes.from})`,
    link:
      result.kind === 'product'
        ? `/products/${encodeURIComponent(result.id)}/changes`
        : `/contracts/${encodeURIComponent(result.id)}/changes`,
  });
  return audience.length;
}
