import type { VersionInfo } from '../../src/catalog/api-schemas';
import type { Changes, VersionHistory } from '../../src/catalog/changes-schemas';
import type { Comparison } from '../../src/catalog/diff/compare-documents';
import { compareDocuments } from '../../src/catalog/diff/compare-documents';
import { bumpOf, coversLevel, parseSemver } from '../../src/catalog/diff/semver';
import type { DocumentKind } from '../../src/catalog/documents/validate-document';
import type { CatalogStore } from '../store/catalog-store';

type Outcome<T> = { ok: true; body: T } | { ok: false; status: 404; message: string };

const label: Record<DocumentKind, string> = { product: 'data product', contract: 'data contract' };

/**
 * Whether `to` bumps `from` at least as much as the changes between them need. Undefined when
 * either is not a semantic version: such versions are compared, never judged.
 */
export function versionFollowsChanges(
  from: string,
  to: string,
  comparison: Comparison,
): boolean | undefined {
  if (!parseSemver(from) || !parseSemver(to)) return undefined;
  const bump = bumpOf(from, to);
  if (!comparison.level) return true;
  return bump !== undefined && coversLevel(bump, comparison.level);
}

export function changesBody(
  kind: DocumentKind,
  id: string,
  from: Pick<VersionInfo, 'version'> & Partial<VersionInfo>,
  to: Pick<VersionInfo, 'version'> & Partial<VersionInfo>,
  comparison: Comparison,
): Changes {
  const follows = versionFollowsChanges(from.version, to.version, comparison);
  return {
    kind,
    id,
    from,
    to,
    ...comparison,
    ...(follows === undefined ? {} : { versionFollowsChanges: follows }),
  };
}

function asRecord(document: unknown): Record<string, unknown> {
  return (document ?? {}) as Record<string, unknown>;
}

/**
 * What changed between two stored versions of a document: by default the current version
 * against the one before it. The versions are read in the store's order (highest first).
 */
export async function compareStoredVersions(
  store: CatalogStore,
  kind: DocumentKind,
  id: string,
  wanted: { from?: string; to?: string },
): Promise<Outcome<Changes>> {
  const versions = await store.listVersions(kind, id);
  if (versions.length === 0)
    return { ok: false, status: 404, message: `There is no ${label[kind]} with id ${id}` };
  const toIndex = wanted.to ? versions.findIndex((entry) => entry.version === wanted.to) : 0;
  const to = versions[toIndex];
  if (!to) return { ok: false, status: 404, message: `There is no version ${wanted.to} of ${id}` };
  const fromIndex = wanted.from
    ? versions.findIndex((entry) => entry.version === wanted.from)
    : toIndex + 1;
  const from = versions[fromIndex];
  if (wanted.from && !from)
    return { ok: false, status: 404, message: `There is no version ${wanted.from} of ${id}` };
  const [newer, older] = await Promise.all([
    store.getDocument(kind, id, to.version),
    from ? store.getDocument(kind, id, from.version) : null,
  ]);
  if (!newer)
    return { ok: false, status: 404, message: `There is no version ${to.version} of ${id}` };
  if (!from || !older) {
    return {
      ok: true,
      body: {
        kind,
        id,
        from: null,
        to,
        impact: { major: 0, minor: 0, patch: 0 },
        diffs: [],
      },
    };
  }
  const comparison = compareDocuments(kind, asRecord(older.document), asRecord(newer.document), {
    before: older.text,
    after: newer.text,
  });
  return { ok: true, body: changesBody(kind, id, from, to, comparison) };
}

/** Every version (newest first, at most `limit`), each with what changed since the one before. */
export async function versionHistory(
  store: CatalogStore,
  kind: DocumentKind,
  id: string,
  limit: number,
): Promise<Outcome<VersionHistory>> {
  const versions = await store.listVersions(kind, id);
  if (versions.length === 0)
    return { ok: false, status: 404, message: `There is no ${label[kind]} with id ${id}` };
  const shown = versions.slice(0, limit + 1);
  const documents = await Promise.all(
    shown.map((entry) => store.getDocument(kind, id, entry.version)),
  );
  const history: Changes[] = [];
  for (let index = 0; index < Math.min(limit, versions.length); index += 1) {
    const to = shown[index] as VersionInfo;
    const from = shown[index + 1];
    const newer = documents[index];
    const older = documents[index + 1];
    if (!from || !older || !newer) {
      history.push({
        kind,
        id,
        from: null,
        to,
        impact: { major: 0, minor: 0, patch: 0 },
        diffs: [],
      });
      continue;
    }
    const comparison = compareDocuments(kind, asRecord(older.document), asRecord(newer.document), {
      before: older.text,
      after: newer.text,
    });
    history.push(changesBody(kind, id, from, to, comparison));
  }
  return { ok: true, body: { kind, id, versions: history, total: versions.length } };
}
