import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import type { CreateAccessRequest } from '@/catalog/api-schemas';
import {
  accessEventSchema,
  accessRequestDetailSchema,
  accessRequestListSchema,
  accessRequestSchema,
  consumersSchema,
  notificationListSchema,
} from '@/catalog/api-schemas';
import { request, toQueryString } from '@/lib/api-client';

const post = <T>(path: string, schema: z.ZodMiniType<T>, body: unknown) =>
  request(path, schema, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json' },
  });

export const createAccessRequests = (input: CreateAccessRequest) =>
  post('/access-requests', accessRequestListSchema, input);

export const decideAccessRequest = (
  id: string,
  action: 'approve' | 'reject' | 'cancel' | 'revoke',
  reason?: string,
) =>
  post(
    `/access-requests/${encodeURIComponent(id)}/${action}`,
    accessRequestSchema,
    reason ? { reason } : {},
  );

export const markNotificationsRead = (input: { ids?: string[]; all?: boolean }) =>
  post('/notifications/read', notificationListSchema, input);

/** Requests change as people decide, so they are refreshed often and never kept long. */
const fresh = { staleTime: 10_000 };

export const accessQueries = {
  all: () => ['access'] as const,
  mine: (productId?: string) =>
    queryOptions({
      queryKey: [...accessQueries.all(), 'mine', productId ?? 'all'] as const,
      queryFn: ({ signal }) =>
        request(
          `/access-requests${toQueryString({ role: 'requester', productId })}`,
          accessRequestListSchema,
          { signal },
        ),
      ...fresh,
    }),
  inbox: () =>
    queryOptions({
      queryKey: [...accessQueries.all(), 'inbox'] as const,
      queryFn: ({ signal }) =>
        request(
          `/access-requests${toQueryString({ role: 'approver', status: ['pending'] })}`,
          accessRequestListSchema,
          {
            signal,
          },
        ),
      ...fresh,
      refetchInterval: 60_000,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...accessQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) =>
        request(`/access-requests/${encodeURIComponent(id)}`, accessRequestDetailSchema, {
          signal,
        }),
      ...fresh,
    }),
  events: (id: string) =>
    queryOptions({
      queryKey: [...accessQueries.all(), 'events', id] as const,
      queryFn: ({ signal }) =>
        request(`/access-requests/${encodeURIComponent(id)}/events`, z.array(accessEventSchema), {
          signal,
        }),
      ...fresh,
    }),
  consumers: (productId: string) =>
    queryOptions({
      queryKey: [...accessQueries.all(), 'consumers', productId] as const,
      queryFn: ({ signal }) =>
        request(`/data-products/${encodeURIComponent(productId)}/consumers`, consumersSchema, {
          signal,
        }),
      ...fresh,
    }),
  notifications: () =>
    queryOptions({
      queryKey: [...accessQueries.all(), 'notifications'] as const,
      queryFn: ({ signal }) => request('/notifications', notificationListSchema, { signal }),
      ...fresh,
      refetchInterval: 60_000,
    }),
};
