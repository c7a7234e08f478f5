import type { Principal } from '../../src/catalog/api-schemas';

/** Hono's typed context: every authenticated request carries its principal. */
export interface ApiEnv {
  Variables: { principal: Principal };
}
