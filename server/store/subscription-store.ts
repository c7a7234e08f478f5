/**
 * Who follows what: a person subscribes to a product, or to a domain (every product whose
 * descriptor names it), to hear when its service levels break and recover. Subscriptions only
 * widen the audience of the incident notices; they are looked up by their subscriber, or by the
 * product an incident is about.
 */
import type { SubscriptionKind } from '../../src/catalog/subscription-schemas';

export type { SubscriptionKind };

/** A product by its id, or a domain by its name exactly as descriptors write it. */
export interface SubscriptionTarget {
  kind: SubscriptionKind;
  id: string;
}

export interface Subscription {
  /** The principal's id. */
  subscriberId: string;
  target: SubscriptionTarget;
  /** When it was first added (ISO 8601); adding it again keeps this. */
  createdAt: string;
}

export type AddSubscriptionOutcome =
  | { status: 'created'; subscription: Subscription }
  | { status: 'exists'; subscription: Subscription }
  /** The subscriber already has `limit`; nothing was written. */
  | { status: 'full'; count: number };

export interface SubscriptionStore {
  /**
   * Adds the subscription unless it exists (then the stored one is returned, unchanged). A new
   * one is refused when the subscriber already has `limit`, decided together with the write, so
   * simultaneous adds cannot go past it.
   */
  add(
    subscriberId: string,
    target: SubscriptionTarget,
    options: { now: Date; limit: number },
  ): Promise<AddSubscriptionOutcome>;
  /** Whether there was one to remove. */
  remove(subscriberId: string, target: SubscriptionTarget): Promise<boolean>;
  /** The subscriber's subscriptions, the most recent first (then by kind and id). */
  list(subscriberId: string): Promise<Subscription[]>;
  /**
   * The ids of everyone subscribed to the product or to its domain, each once, in code point
   * order.
   */
  subscribersOf(product: { id: string; domain: string | null }): Promise<string[]>;
}
