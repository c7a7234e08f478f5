import { describeAccessStore } from '../access-store.contract';
import { describeCatalogStore } from '../catalog-store.contract';
import { describeObservationStores } from '../observation-store.contract';
import { describeSubscriptionStore } from '../subscription-store.contract';
import { createMemoryStore } from './memory-store';

// A clock that moves a second per write, so "recently updated" has a definite order.
function steppingClock() {
  let tick = Date.UTC(2026, 0, 1);
  return () => new Date((tick += 1000));
}

describeCatalogStore('memory', async () => createMemoryStore({ now: steppingClock() }));

describeAccessStore('memory', async () => createMemoryStore({ now: steppingClock() }));

describeObservationStores('memory', async () => createMemoryStore({ now: steppingClock() }));

describeSubscriptionStore('memory', async () => createMemoryStore({ now: steppingClock() }));
