import { queryOptions } from '@tanstack/react-query';
import { changesSchema, versionHistorySchema } from '@/catalog/changes-schemas';
import type { DocumentKind } from '@/catalog/documents/validate-document';
import { request, requestText, toQueryString } from '@/lib/api-client';

const base: Record<DocumentKind, string> = {
  product: '/data-products',
  contract: '/data-contracts',
};

export function getVersionHistory(kind: DocumentKind, id: string, signal?: AbortSignal) {
  return request(`${base[kind]}/${encodeURIComponent(id)}/history`, versionHistorySchema, {
    signal,
  });
}

export function compareVersions(
  kind: DocumentKind,
  id: string,
  versions: { from?: string; to?: string },
  signal?: AbortSignal,
) {
  return request(
    `${base[kind]}/${encodeURIComponent(id)}/changes${toQueryString(versions)}`,
    changesSchema,
    { signal },
  );
}

/** The exact stored text of a version, to show it beside another. */
export function getDocumentText(
  kind: DocumentKind,
  id: string,
  version: string,
  signal?: AbortSignal,
): Promise<string> {
  const file = kind === 'product' ? 'odps.yaml' : 'odcs.yaml';
  return requestText(
    `${base[kind]}/${encodeURIComponent(id)}/${file}${toQueryString({ version })}`,
    {
      signal,
    },
  );
}

/** One factory for the changes between versions, so keys and fetchers never drift apart. */
export const changesQueries = {
  all: () => ['changes'] as const,
  history: (kind: DocumentKind, id: string) =>
    queryOptions({
      queryKey: [...changesQueries.all(), kind, id, 'history'] as const,
      queryFn: ({ signal }) => getVersionHistory(kind, id, signal),
    }),
  compare: (kind: DocumentKind, id: string, from: string, to: string) =>
    queryOptions({
      queryKey: [...changesQueries.all(), kind, id, 'compare', from, to] as const,
      queryFn: ({ signal }) => compareVersions(kind, id, { from, to }, signal),
      // Stored versions never change, so neither does what changed between two of them.
      staleTime: Infinity,
    }),
  text: (kind: DocumentKind, id: string, version: string) =>
    queryOptions({
      queryKey: [...changesQueries.all(), kind, id, 'text', version] as const,
      queryFn: ({ signal }) => getDocumentText(kind, id, version, signal),
      staleTime: Infinity,
    }),
};
