import type { Authenticator } from '../auth/authenticator';
import type { CatalogStore } from '../store/catalog-store';
import type { DocumentValidator } from './document-validator';
import type { RouteRegistry } from './route-registry';
import type { EvaluationQueue } from './service-levels/evaluation-queue';

/** What every group of routes needs: where to register, and the store behind the API. */
export interface ApiContext {
  routes: RouteRegistry;
  store: CatalogStore;
  authenticator: Authenticator;
  version: string;
  /** The clock, so tests can move time (grants expire). */
  now: () => Date;
  /** Checks imported documents; in a worker thread on the Node host. */
  validate: DocumentValidator;
  /** Products whose service levels are to be evaluated again after ingestion. */
  evaluations: EvaluationQueue;
}
