import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  incidentListSchema,
  incidentSchema,
  productServiceLevelsSchema,
  serviceLevelOverviewSchema,
  serviceLevelPageSchema,
} from '@/catalog/service-level-schemas';
import type { SloKind, SloStatus } from '@/catalog/service-levels/service-level-types';
import { request, toQueryString } from '@/lib/api-client';

/** What the portfolio is filtered by; every field is also in the page's URL. */
export type ServiceLevelFilters = {
  domain: string[];
  team: string[];
  status: SloStatus[];
  kind: Exclude<SloKind, null>[];
};

export type ServiceLevelListParams = ServiceLevelFilters & {
  sort: 'status' | 'name' | 'budget';
  limit: number;
  offset: number;
};

export type IncidentAction = 'acknowledge' | 'resolve' | 'notes';

/** Acknowledge or resolve (with an optional note), or add a note (`text`). */
export function changeIncident(id: string, action: IncidentAction, text?: string) {
  const body = action === 'notes' ? { text } : text ? { note: text } : {};
  return request(`/incidents/${encodeURIComponent(id)}/${action}`, incidentSchema, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json' },
  });
}

/**
 * Service-level reads wait for the evaluation of what pipelines just sent (and, in the demo, for
 * its history to be played), so they get longer than the usual 15 s before the page gives up.
 */
const evaluationTimeoutMs = 45_000;

export function listServiceLevels(params: ServiceLevelListParams, signal?: AbortSignal) {
  return request(`/service-levels${toQueryString(params)}`, serviceLevelPageSchema, {
    signal,
    timeoutMs: evaluationTimeoutMs,
  });
}

/** Service levels: the mesh's portfolio, one product's SLOs, and incidents. */
export const serviceLevelQueries = {
  all: () => ['service-levels'] as const,
  list: (params: ServiceLevelListParams) =>
    queryOptions({
      queryKey: [...serviceLevelQueries.all(), 'list', params] as const,
      queryFn: ({ signal }) => listServiceLevels(params, signal),
      placeholderData: keepPreviousData,
      staleTime: 30_000,
    }),
  overview: (filters: ServiceLevelFilters) =>
    queryOptions({
      queryKey: [...serviceLevelQueries.all(), 'overview', filters] as const,
      queryFn: ({ signal }) =>
        request(`/service-levels/overview${toQueryString(filters)}`, serviceLevelOverviewSchema, {
          signal,
          timeoutMs: evaluationTimeoutMs,
        }),
      placeholderData: keepPreviousData,
      staleTime: 30_000,
    }),
  product: (productId: string) =>
    queryOptions({
      queryKey: [...serviceLevelQueries.all(), 'product', productId] as const,
      queryFn: ({ signal }) =>
        request(
          `/data-products/${encodeURIComponent(productId)}/service-levels`,
          productServiceLevelsSchema,
          { signal, timeoutMs: evaluationTimeoutMs },
        ),
      staleTime: 30_000,
    }),
  incidents: (productId: string) =>
    queryOptions({
      queryKey: [...serviceLevelQueries.all(), 'incidents', productId] as const,
      queryFn: ({ signal }) =>
        request(`/incidents${toQueryString({ productId, limit: 100 })}`, incidentListSchema, {
          signal,
        }),
      staleTime: 30_000,
    }),
};
