import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { lineageGraphSchema } from '@/catalog/api-schemas';
import { request, toQueryString } from '@/lib/api-client';

export interface LineageParams {
  focus?: string;
  upstream?: number | 'all';
  downstream?: number | 'all';
  domain?: readonly string[];
  status?: readonly string[];
  budget?: number;
  expand?: readonly string[];
}

export function getLineage(params: LineageParams, signal?: AbortSignal) {
  return request(
    `/lineage${toQueryString({
      ...params,
      upstream: params.upstream === undefined ? undefined : String(params.upstream),
      downstream: params.downstream === undefined ? undefined : String(params.downstream),
    })}`,
    lineageGraphSchema,
    { signal },
  );
}

export const lineageQueries = {
  all: () => ['lineage'] as const,
  graph: (params: LineageParams) =>
    queryOptions({
      queryKey: [...lineageQueries.all(), params] as const,
      queryFn: ({ signal }) => getLineage(params, signal),
      // Changing a depth or filter keeps the last graph on screen until the next one arrives.
      placeholderData: keepPreviousData,
      staleTime: 30_000,
    }),
};
