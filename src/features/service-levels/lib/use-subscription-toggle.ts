import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SubscriptionTarget } from '@/api/subscriptions';
import { isSameTarget, subscribe, subscriptionQueries, unsubscribe } from '@/api/subscriptions';
import type { SubscriptionList } from '@/catalog/subscription-schemas';

export interface SubscriptionChange {
  target: SubscriptionTarget;
  /** What it is called, for the list shown at once and for an error's message. */
  name: string;
  follow: boolean;
}

/**
 * Follows or unfollows at once in what the page shows, then asks the API; when the API refuses
 * or cannot be reached, the list goes back to what it was and the error says what failed.
 */
export function useSubscriptionToggle() {
  const queryClient = useQueryClient();
  const listKey = subscriptionQueries.list().queryKey;
  return useMutation({
    mutationFn: ({ target, follow }: SubscriptionChange) =>
      follow ? subscribe(target).then(() => undefined) : unsubscribe(target),
    onMutate: async ({ target, name, follow }: SubscriptionChange) => {
      await queryClient.cancelQueries({ queryKey: listKey });
      const previous = queryClient.getQueryData<SubscriptionList>(listKey);
      queryClient.setQueryData<SubscriptionList>(listKey, (list) => {
        if (!list) return list;
        const others = list.items.filter((item) => !isSameTarget(item, target));
        if (!follow) return { ...list, items: others };
        const added = { ...target, name, exists: true, createdAt: new Date().toISOString() };
        return { ...list, items: [added, ...others] };
      });
      return { previous };
    },
    onError: (_error, _change, context) => {
      if (context?.previous) queryClient.setQueryData(listKey, context.previous);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: subscriptionQueries.all() }),
  });
}

/** "Could not follow Orders: …", in the words of the API's answer. */
export function describeFailure(change: SubscriptionChange, error: Error): string {
  return `Could not ${change.follow ? 'follow' : 'unfollow'} ${change.name}: ${error.message}`;
}
