import * as z from 'zod/mini';
import { errorResponseSchema, searchQuery } from '../../../src/catalog/api-schemas';
import { documentLimits } from '../../../src/catalog/documents/document-limits';
import type { Subscription as SubscriptionPayload } from '../../../src/catalog/subscription-schemas';
import {
  subscriptionInputSchema,
  subscriptionKinds,
  subscriptionListSchema,
  subscriptionSchema,
  subscriptionsPerPerson,
} from '../../../src/catalog/subscription-schemas';
import type { CatalogStore } from '../../store/catalog-store';
import type { Subscription, SubscriptionTarget } from '../../store/subscription-store';
import type { ApiContext } from '../api-context';

const subscriptionParams = z.object({
  kind: z.enum(subscriptionKinds).register(z.globalRegistry, {
    description: '`product` or `domain`.',
  }),
  id: z
    .string()
    .check(z.minLength(1), z.maxLength(documentLimits.idLength))
    .register(z.globalRegistry, { description: "The product's id, or the domain's name." }),
});

/** A search for nothing but the domain filter: its total and domain counts are all that is read. */
const byDomains = (domains: string[]) => searchQuery({ domain: domains, pageSize: 1 });

/** The domains, of those given, that at least one current product names. */
async function domainsInUse(store: CatalogStore, domains: string[]): Promise<Set<string>> {
  if (domains.length === 0) return new Set();
  const found = await store.searchProducts(byDomains(domains));
  return new Set(found.facets.domain.map((facet) => facet.value));
}

const describeTarget = (target: SubscriptionTarget) =>
  target.kind === 'product' ? `the data product ${target.id}` : `the domain ${target.id}`;

/** The caller's subscriptions, each with its name and whether it still exists. */
async function withNames(
  store: CatalogStore,
  subscriptions: Subscription[],
): Promise<SubscriptionPayload[]> {
  const productIds = subscriptions.flatMap(({ target }) =>
    target.kind === 'product' ? [target.id] : [],
  );
  const domains = subscriptions.flatMap(({ target }) =>
    target.kind === 'domain' ? [target.id] : [],
  );
  const [products, inUse] = await Promise.all([
    store.getCurrentDocuments('product', productIds),
    domainsInUse(store, domains),
  ]);
  const names = new Map(products.map((product) => [product.id, product.document.name]));
  return subscriptions.map(({ target, createdAt }) => {
    const exists = target.kind === 'product' ? names.has(target.id) : inUse.has(target.id);
    const name = target.kind === 'product' ? names.get(target.id)?.trim() || target.id : target.id;
    return { kind: target.kind, id: target.id, name, exists, createdAt };
  });
}

/**
 * Subscriptions: everyone signed in may follow products and domains, for themselves only. Every
 * route reads and changes the caller's own subscriptions, so another person's are never there.
 * Following adds the person to the audience of the incident notices of what they follow.
 */
export function registerSubscriptionRoutes({ routes, store, now }: ApiContext): void {
  const errors = {
    401: { description: 'No valid identity: sign in.', schema: errorResponseSchema },
  };

  routes.add(
    {
      method: 'get',
      path: '/subscriptions',
      operationId: 'listSubscriptions',
      summary: 'The products and domains I follow',
      tags: ['Subscriptions'],
      responses: {
        200: {
          description:
            'The most recent first, each with its name and whether it still exists, and how many one may have.',
          schema: subscriptionListSchema,
        },
        ...errors,
      },
    },
    async (c) => {
      const subscriptions = await store.subscriptions.list(c.get('principal').id);
      return c.json({
        items: await withNames(store, subscriptions),
        limit: subscriptionsPerPerson,
      });
    },
  );

  routes.add(
    {
      method: 'put',
      path: '/subscriptions',
      operationId: 'subscribe',
      summary: 'Follow a product or a domain: be notified when its incidents open and are resolved',
      description:
        'Idempotent: following what I already follow changes nothing and answers 200 with the subscription as it was. A domain is named exactly as descriptors write it, and must be the domain of at least one product.',
      tags: ['Subscriptions'],
      jsonBody: subscriptionInputSchema,
      responses: {
        200: { description: 'I already followed it.', schema: subscriptionSchema },
        201: { description: 'I follow it now.', schema: subscriptionSchema },
        400: {
          description: 'The body is not of this shape; each problem is named.',
          schema: errorResponseSchema,
        },
        404: {
          description: 'There is no such product, or no product has this domain.',
          schema: errorResponseSchema,
        },
        409: {
          description: `I already follow ${subscriptionsPerPerson} products and domains; unfollow some first.`,
          schema: errorResponseSchema,
        },
        ...errors,
      },
    },
    async (c, { body }) => {
      const principal = c.get('principal');
      const target: SubscriptionTarget = { kind: body.kind, id: body.id };
      let name: string;
      if (target.kind === 'product') {
        const summary = await store.getProductSummary(target.id);
        if (!summary) {
          return c.json({ message: `There is no data product with id ${target.id}` }, 404);
        }
        name = summary.name.trim() || target.id;
      } else {
        if (!(await domainsInUse(store, [target.id])).has(target.id)) {
          return c.json(
            {
              message: `No data product has the domain "${target.id}"; domains are named exactly as descriptors write them, in their case.`,
            },
            404,
          );
        }
        name = target.id;
      }
      const outcome = await store.subscriptions.add(principal.id, target, {
        now: now(),
        limit: subscriptionsPerPerson,
      });
      if (outcome.status === 'full') {
        return c.json(
          {
            message: `You follow ${outcome.count} products and domains, the most one person may; unfollow some first (DELETE /api/subscriptions/{kind}/{id}), or follow a whole domain instead of its products.`,
          },
          409,
        );
      }
      const { subscription } = outcome;
      const payload: SubscriptionPayload = {
        kind: target.kind,
        id: target.id,
        name,
        exists: true,
        createdAt: subscription.createdAt,
      };
      return c.json(payload, outcome.status === 'created' ? 201 : 200);
    },
  );

  routes.add(
    {
      method: 'delete',
      path: '/subscriptions/{kind}/{id}',
      operationId: 'unsubscribe',
      summary: 'Stop following a product or a domain',
      tags: ['Subscriptions'],
      params: subscriptionParams,
      responses: {
        204: { description: 'I no longer follow it.' },
        400: { description: 'The kind or id is invalid.', schema: errorResponseSchema },
        404: { description: 'I did not follow it.', schema: errorResponseSchema },
        ...errors,
      },
    },
    async (c, { params }) => {
      const target: SubscriptionTarget = { kind: params.kind, id: params.id };
      if (!(await store.subscriptions.remove(c.get('principal').id, target))) {
        return c.json({ message: `You do not follow ${describeTarget(target)}` }, 404);
      }
      return c.body(null, 204);
    },
  );
}
