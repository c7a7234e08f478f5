import type { Principal } from '../../src/catalog/api-schemas';
import type { IngestionToken } from '../store/observation-store';

/** Hono's typed context: every authenticated request carries its principal. */
export interface ApiEnv {
  Variables: { principal: Principal; ingestionToken?: IngestionToken };
}
