import { queryOptions } from '@tanstack/react-query';
import { importResultSchema } from '@/catalog/api-schemas';
import { changesSchema } from '@/catalog/changes-schemas';
import type { DocumentKind } from '@/catalog/documents/validate-document';
import { draftInfoSchema, draftSchema, editConflictSchema } from '@/catalog/draft-schemas';
import { ApiError, request, requestText } from '@/lib/api-client';

const documents: Record<DocumentKind, string> = {
  product: '/data-products',
  contract: '/data-contracts',
};
const yamlBody = { 'Content-Type': 'application/yaml' };

/**
 * Publishes an edit as a new version, only while the version it started from is current
 * (`If-Match`), or, for a new document, only if nobody created it meanwhile (`If-None-Match`).
 */
export function publishDocument(kind: DocumentKind, text: string, baseVersion: string | null) {
  return request(documents[kind], importResultSchema, {
    method: 'POST',
    body: text,
    headers: {
      ...yamlBody,
      ...(baseVersion === null ? { 'If-None-Match': '*' } : { 'If-Match': `"${baseVersion}"` }),
    },
  });
}

/** What an unsaved text would change against the current version; nothing is stored. */
export function compareDraft(kind: DocumentKind, id: string, text: string, signal?: AbortSignal) {
  return request(`${documents[kind]}/${encodeURIComponent(id)}/changes`, changesSchema, {
    method: 'POST',
    body: text,
    headers: yamlBody,
    signal,
  });
}

/** The answer of a publish refused because someone published first, or undefined. */
export function editConflictOf(error: unknown) {
  if (!(error instanceof ApiError) || error.status !== 412) return undefined;
  const parsed = editConflictSchema.safeParse(error.body);
  return parsed.success ? parsed.data : undefined;
}

const draftPath = (kind: DocumentKind, id: string) => `/drafts/${kind}/${encodeURIComponent(id)}`;

export function saveDraft(
  kind: DocumentKind,
  id: string,
  draft: { text: string; baseVersion: string | null; savedAt: string },
) {
  return request(draftPath(kind, id), draftInfoSchema, {
    method: 'PUT',
    body: JSON.stringify(draft),
    headers: { 'Content-Type': 'application/json' },
  });
}

export async function getDraft(kind: DocumentKind, id: string, signal?: AbortSignal) {
  try {
    return await request(draftPath(kind, id), draftSchema, { signal });
  } catch (error) {
    if (error instanceof ApiError && error.isNotFound) return null;
    throw error;
  }
}

export function deleteDraft(kind: DocumentKind, id: string) {
  return requestText(draftPath(kind, id), { method: 'DELETE' });
}

export const editorQueries = {
  draft: (kind: DocumentKind, id: string) =>
    queryOptions({
      queryKey: ['drafts', kind, id] as const,
      queryFn: ({ signal }) => getDraft(kind, id, signal),
      staleTime: Infinity,
    }),
};
