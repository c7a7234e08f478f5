import { queryOptions } from '@tanstack/react-query';
import { contractDetailSchema } from '@/catalog/api-schemas';
import { request } from '@/lib/api-client';

export function getContract(id: string, signal?: AbortSignal) {
  return request(`/data-contracts/${encodeURIComponent(id)}`, contractDetailSchema, { signal });
}

/** A contract with the products that provide and read it. */
export const contractQueries = {
  all: () => ['contracts'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...contractQueries.all(), id] as const,
      queryFn: ({ signal }) => getContract(id, signal),
    }),
};
