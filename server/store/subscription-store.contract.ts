/** The behaviour every subscription store must have; each store's test file runs it. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { CatalogStore } from './catalog-store';
import type { SubscriptionStore, SubscriptionTarget } from './subscription-store';

const now = new Date('2026-11-21T10:00:00Z');
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);
const product = (id: string): SubscriptionTarget => ({ kind: 'product', id });
const domain = (id: string): SubscriptionTarget => ({ kind: 'domain', id });
const limit = 500;

export function describeSubscriptionStore(name: string, createStore: () => Promise<CatalogStore>) {
  describe(`${name} subscription store`, () => {
    let subscriptions: SubscriptionStore;
    beforeEach(async () => {
      const store = await createStore();
      subscriptions = store.subscriptions;
      return () => store.close();
    });

    it('adds a subscription once, keeping when it was first added', async () => {
      const first = await subscriptions.add('sam', product('orders'), { now, limit });
      expect(first).toEqual({
        status: 'created',
        subscription: {
          subscriberId: 'sam',
          target: { kind: 'product', id: 'orders' },
          createdAt: now.toISOString(),
        },
      });
      const again = await subscriptions.add('sam', product('orders'), { now: later(60), limit });
      expect(again).toEqual({
        status: 'exists',
        subscription: first.status === 'created' && first.subscription,
      });
      expect(await subscriptions.list('sam')).toHaveLength(1);
    });

    it('keeps a product and a domain of the same name apart, and people apart', async () => {
      await subscriptions.add('sam', product('sales'), { now, limit });
      await subscriptions.add('sam', domain('sales'), { now: later(1), limit });
      await subscriptions.add('alex', domain('Sales'), { now: later(2), limit });
      expect((await subscriptions.list('sam')).map((entry) => entry.target)).toEqual([
        domain('sales'),
        product('sales'),
      ]);
      expect((await subscriptions.list('alex')).map((entry) => entry.target)).toEqual([
        domain('Sales'),
      ]);
      expect(await subscriptions.list('nobody')).toEqual([]);
    });

    it('lists the most recent first, then by kind and id in code point order', async () => {
      await subscriptions.add('sam', product('b'), { now, limit });
      await subscriptions.add('sam', product('a'), { now, limit });
      await subscriptions.add('sam', product('Z'), { now, limit });
      await subscriptions.add('sam', domain('finance'), { now, limit });
      await subscriptions.add('sam', product('newest'), { now: later(5), limit });
      expect((await subscriptions.list('sam')).map((entry) => entry.target)).toEqual([
        product('newest'),
        domain('finance'),
        product('Z'),
        product('a'),
        product('b'),
      ]);
    });

    it('removes only what was there', async () => {
      await subscriptions.add('sam', product('orders'), { now, limit });
      await subscriptions.add('alex', product('orders'), { now, limit });
      expect(await subscriptions.remove('sam', domain('orders'))).toBe(false);
      expect(await subscriptions.remove('sam', product('orders'))).toBe(true);
      expect(await subscriptions.remove('sam', product('orders'))).toBe(false);
      expect(await subscriptions.list('sam')).toEqual([]);
      expect(await subscriptions.subscribersOf({ id: 'orders', domain: null })).toEqual(['alex']);
      // Added again, it is a new subscription.
      const again = await subscriptions.add('sam', product('orders'), { now: later(9), limit });
      expect(again.status).toBe('created');
    });

    it("finds a product's subscribers and those of its domain, each once", async () => {
      await subscriptions.add('sam', product('orders'), { now, limit });
      await subscriptions.add('sam', domain('sales'), { now, limit });
      await subscriptions.add('alex', domain('sales'), { now, limit });
      await subscriptions.add('Olivia', product('orders'), { now, limit });
      await subscriptions.add('aaron', product('payments'), { now, limit });
      await subscriptions.add('ada', domain('finance'), { now, limit });
      expect(await subscriptions.subscribersOf({ id: 'orders', domain: 'sales' })).toEqual([
        'Olivia',
        'alex',
        'sam',
      ]);
      expect(await subscriptions.subscribersOf({ id: 'orders', domain: null })).toEqual([
        'Olivia',
        'sam',
      ]);
      // Domains are matched exactly, as descriptors write them.
      expect(await subscriptions.subscribersOf({ id: 'returns', domain: 'Sales' })).toEqual([]);
      expect(await subscriptions.subscribersOf({ id: 'invoices', domain: 'finance' })).toEqual([
        'ada',
      ]);
    });

    it('refuses a new subscription past the limit, even when asked at once', async () => {
      await subscriptions.add('sam', product('a'), { now, limit: 3 });
      await subscriptions.add('sam', product('b'), { now, limit: 3 });
      const outcomes = await Promise.all(
        ['c', 'd', 'e', 'f'].map((id) => subscriptions.add('sam', product(id), { now, limit: 3 })),
      );
      expect(outcomes.filter((outcome) => outcome.status === 'created')).toHaveLength(1);
      expect(outcomes.filter((outcome) => outcome.status === 'full')).toEqual(
        Array.from({ length: 3 }, () => ({ status: 'full', count: 3 })),
      );
      expect(await subscriptions.list('sam')).toHaveLength(3);
      // One that exists is still answered, and someone else is not limited by Sam's.
      expect((await subscriptions.add('sam', product('a'), { now, limit: 3 })).status).toBe(
        'exists',
      );
      expect((await subscriptions.add('alex', product('a'), { now, limit: 3 })).status).toBe(
        'created',
      );
    });

    it('adds the same subscription once when asked at once', async () => {
      const outcomes = await Promise.all(
        Array.from({ length: 6 }, () => subscriptions.add('sam', domain('sales'), { now, limit })),
      );
      expect(outcomes.filter((outcome) => outcome.status === 'created')).toHaveLength(1);
      expect(await subscriptions.list('sam')).toHaveLength(1);
    });
  });
}
