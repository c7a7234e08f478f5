import { queryOptions } from '@tanstack/react-query';
import {
  createdIngestionTokenSchema,
  ingestionTokenListSchema,
  ingestionTokenSchema,
  undeclaredInputsSchema,
  unmatchedListSchema,
} from '@/catalog/service-level-schemas';
import { request, toQueryString } from '@/lib/api-client';

export interface CreateIngestionToken {
  team: string;
  name?: string;
}

/** The secret comes back in this answer only; nothing else ever carries it again. */
export const createIngestionToken = (input: CreateIngestionToken) =>
  request('/ingestion-tokens', createdIngestionTokenSchema, {
    method: 'POST',
    body: JSON.stringify(input),
    headers: { 'Content-Type': 'application/json' },
  });

export const revokeIngestionToken = (id: string) =>
  request(`/ingestion-tokens/${encodeURIComponent(id)}`, ingestionTokenSchema, {
    method: 'DELETE',
  });

/**
 * What pipelines send and how it was matched: the tokens they present, what matched no port,
 * and the reads OpenLineage saw that no input port declares.
 */
export const ingestionQueries = {
  all: () => ['ingestion'] as const,
  tokens: () =>
    queryOptions({
      queryKey: [...ingestionQueries.all(), 'tokens'] as const,
      queryFn: ({ signal }) => request('/ingestion-tokens', ingestionTokenListSchema, { signal }),
      staleTime: 30_000,
    }),
  unmatched: (limit = 100) =>
    queryOptions({
      queryKey: [...ingestionQueries.all(), 'unmatched', limit] as const,
      queryFn: ({ signal }) =>
        request(`/observations/unmatched${toQueryString({ limit })}`, unmatchedListSchema, {
          signal,
        }),
      staleTime: 30_000,
    }),
  undeclaredInputs: (productId: string) =>
    queryOptions({
      queryKey: [...ingestionQueries.all(), 'undeclared-inputs', productId] as const,
      queryFn: ({ signal }) =>
        request(
          `/data-products/${encodeURIComponent(productId)}/undeclared-inputs`,
          undeclaredInputsSchema,
          { signal },
        ),
      staleTime: 60_000,
    }),
};

export type CreatedIngestionToken = Awaited<ReturnType<typeof createIngestionToken>>;
