import { queryOptions } from '@tanstack/react-query';
import type { SubscriptionKind } from '@/catalog/subscription-schemas';
import { subscriptionListSchema, subscriptionSchema } from '@/catalog/subscription-schemas';
import { ApiError, request, requestText } from '@/lib/api-client';

/** What one follows: a product by id, or a domain by its name. */
export interface SubscriptionTarget {
  kind: SubscriptionKind;
  id: string;
}

/** Follow a product or a domain; following it again changes nothing. */
export const subscribe = (target: SubscriptionTarget) =>
  request('/subscriptions', subscriptionSchema, {
    method: 'PUT',
    body: JSON.stringify({ kind: target.kind, id: target.id }),
    headers: { 'Content-Type': 'application/json' },
  });

/** Stop following; one that was not followed (any more: another tab) is done already. */
export async function unsubscribe(target: SubscriptionTarget): Promise<void> {
  try {
    await requestText(`/subscriptions/${target.kind}/${encodeURIComponent(target.id)}`, {
      method: 'DELETE',
    });
  } catch (error) {
    if (error instanceof ApiError && error.isNotFound) return;
    throw error;
  }
}

export const isSameTarget = (a: SubscriptionTarget, b: SubscriptionTarget) =>
  a.kind === b.kind && a.id === b.id;

/** The products and domains the signed-in person follows, to hear of their incidents. */
export const subscriptionQueries = {
  all: () => ['subscriptions'] as const,
  list: () =>
    queryOptions({
      queryKey: [...subscriptionQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => request('/subscriptions', subscriptionListSchema, { signal }),
      staleTime: 30_000,
    }),
};
