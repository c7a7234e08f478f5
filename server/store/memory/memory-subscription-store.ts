import type { Subscription, SubscriptionStore, SubscriptionTarget } from '../subscription-store';

/** Code point order, as PostgreSQL's "C" collation sorts. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const newestFirst = (a: Subscription, b: Subscription) =>
  b.createdAt.localeCompare(a.createdAt) ||
  byCodePoint(a.target.kind, b.target.kind) ||
  byCodePoint(a.target.id, b.target.id);

/** Subscriptions in memory, for the browser host and tests. */
export function createMemorySubscriptionStore(): SubscriptionStore {
  /** Per subscriber, keyed by kind and id. */
  const bySubscriber = new Map<string, Map<string, Subscription>>();
  /** Per target, the subscribers' ids. */
  const byTarget = new Map<string, Set<string>>();
  const key = (target: SubscriptionTarget) => `${target.kind}\u0000${target.id}`;
  const copy = (subscription: Subscription): Subscription => ({
    ...subscription,
    target: { ...subscription.target },
  });

  return {
    async add(subscriberId, target, { now, limit }) {
      let own = bySubscriber.get(subscriberId);
      const existing = own?.get(key(target));
      if (existing) return { status: 'exists', subscription: copy(existing) };
      if ((own?.size ?? 0) >= limit) return { status: 'full', count: own?.size ?? 0 };
      if (!own) bySubscriber.set(subscriberId, (own = new Map()));
      const subscription: Subscription = {
        subscriberId,
        target: { kind: target.kind, id: target.id },
        createdAt: now.toISOString(),
      };
      own.set(key(target), subscription);
      let subscribers = byTarget.get(key(target));
      if (!subscribers) byTarget.set(key(target), (subscribers = new Set()));
      subscribers.add(subscriberId);
      return { status: 'created', subscription: copy(subscription) };
    },

    async remove(subscriberId, target) {
      const removed = bySubscriber.get(subscriberId)?.delete(key(target)) ?? false;
      if (removed) byTarget.get(key(target))?.delete(subscriberId);
      return removed;
    },

    async list(subscriberId) {
      return [...(bySubscriber.get(subscriberId)?.values() ?? [])].sort(newestFirst).map(copy);
    },

    async subscribersOf({ id, domain }) {
      const ids = new Set(byTarget.get(key({ kind: 'product', id })));
      if (domain !== null) {
        for (const subscriberId of byTarget.get(key({ kind: 'domain', id: domain })) ?? [])
          ids.add(subscriberId);
      }
      return [...ids].sort(byCodePoint);
    },
  };
}
