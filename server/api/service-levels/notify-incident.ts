import type { Incident } from '../../../src/catalog/service-levels/service-level-types';
import type { CatalogStore } from '../../store/catalog-store';
import { lower } from '../notify-breaking-change';

const meshport = { id: 'meshport', name: 'Meshport' };

/**
 * Tells the product's team, everyone holding a grant on its ports (people, teams, and the teams
 * of products granted access) and everyone subscribed to the product or to its domain that an
 * incident opened or was resolved, through the notifications they already follow, with a link
 * to the product's service levels.
 */
export async function notifyIncident(
  store: CatalogStore,
  incident: Incident,
  productName: string,
  what: 'opened' | 'resolved',
  now: Date,
): Promise<void> {
  const grants = (await store.access.listRequests({ statuses: ['granted'] })).filter(
    (grant) => grant.productId === incident.productId,
  );
  const [grantedProducts, summary] = await Promise.all([
    store.getCurrentDocuments(
      'product',
      grants.flatMap((grant) => (grant.grantee.kind === 'product' ? [grant.grantee.id] : [])),
    ),
    store.getProductSummary(incident.productId),
  ]);
  // Readers are matched by their lower-cased id (and teams), as everyone else in the audience.
  const subscribers = await store.subscriptions.subscribersOf({
    id: incident.productId,
    domain: summary?.domain ?? null,
  });
  const audience = lower([
    incident.team,
    ...grantedProducts.map((product) => product.document.team?.name),
    ...grants.flatMap((grant) => (grant.grantee.kind === 'product' ? [] : [grant.grantee.id])),
    ...subscribers,
  ]);
  if (audience.length === 0) return;
  // Automatic titles start with the product's name; manual ones need it.
  const title = incident.title.startsWith(productName)
    ? incident.title
    : `${productName}: ${incident.title}`;
  const message = what === 'opened' ? `Incident opened: ${title}` : `Incident resolved: ${title}`;
  await store.notices.add({
    at: now.toISOString(),
    actor: meshport,
    audience,
    message,
    link: `/products/${encodeURIComponent(incident.productId)}/service-levels`,
  });
}
