/**
 * The payloads of subscriptions: a person follows a data product, or a domain (every product
 * whose descriptor names it), to be notified when an incident on its service levels opens and
 * when it is resolved. Kept apart from api-schemas.ts so that only the pages that follow load them.
 */
import * as z from 'zod/mini';
import { described, named } from './api-schemas';
import { documentLimits } from './documents/document-limits';

export const subscriptionKinds = ['product', 'domain'] as const;
export type SubscriptionKind = (typeof subscriptionKinds)[number];

/** How many products and domains one person may follow. */
export const subscriptionsPerPerson = 500;

const kind = () =>
  described(
    z.enum(subscriptionKinds),
    '`product` (a data product, by id) or `domain` (every product of a domain, by its name as descriptors write it).',
  );

const targetId = () =>
  described(
    z.string().check(z.minLength(1), z.maxLength(documentLimits.idLength)),
    "The product's id, or the domain's name (exactly, in its case).",
  );

export const subscriptionInputSchema = named(
  z.object({ kind: kind(), id: targetId() }),
  'SubscriptionInput',
);
export type SubscriptionInput = z.infer<typeof subscriptionInputSchema>;

export const subscriptionSchema = named(
  z.object({
    kind: kind(),
    id: targetId(),
    name: described(
      z.string(),
      "The product's name (its id once it no longer exists), or the domain's name.",
    ),
    exists: described(
      z.boolean(),
      'Whether the product still exists, or any product still names the domain; false ones notify nobody until they are back.',
    ),
    createdAt: described(z.string(), 'When the person started following it (ISO 8601).'),
  }),
  'Subscription',
);
export type Subscription = z.infer<typeof subscriptionSchema>;

export const subscriptionListSchema = named(
  z.object({
    items: described(
      z.array(subscriptionSchema),
      "The caller's subscriptions, the most recent first.",
    ),
    limit: described(z.int(), 'How many one person may have.'),
  }),
  'SubscriptionList',
);
export type SubscriptionList = z.infer<typeof subscriptionListSchema>;
