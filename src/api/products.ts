import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ProductSearchParams } from '@/catalog/api-schemas';
import { productDetailSchema, productSearchResultSchema } from '@/catalog/api-schemas';
import { request, toQueryString } from '@/lib/api-client';

export function searchProducts(params: ProductSearchParams, signal?: AbortSignal) {
  return request(`/data-products${toQueryString(params)}`, productSearchResultSchema, { signal });
}

export function getProduct(id: string, version?: string, signal?: AbortSignal) {
  return request(
    `/data-products/${encodeURIComponent(id)}${toQueryString({ version })}`,
    productDetailSchema,
    { signal },
  );
}

/** Links to the exact stored text, for download buttons. */
export const productYamlUrl = (id: string, version: string) =>
  `/api/data-products/${encodeURIComponent(id)}/odps.yaml${toQueryString({ version })}`;
export const contractYamlUrl = (id: string, version: string) =>
  `/api/data-contracts/${encodeURIComponent(id)}/odcs.yaml${toQueryString({ version })}`;

/** One factory for every query on products, so keys and fetchers never drift apart. */
export const productQueries = {
  all: () => ['products'] as const,
  lists: () => [...productQueries.all(), 'list'] as const,
  list: (params: ProductSearchParams) =>
    queryOptions({
      queryKey: [...productQueries.lists(), params] as const,
      queryFn: ({ signal }) => searchProducts(params, signal),
      placeholderData: keepPreviousData,
    }),
  details: () => [...productQueries.all(), 'detail'] as const,
  detail: (id: string, version?: string) =>
    queryOptions({
      queryKey: [...productQueries.details(), id, version ?? 'current'] as const,
      queryFn: ({ signal }) => getProduct(id, version, signal),
    }),
};
