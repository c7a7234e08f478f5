import type { AuthConfig, Principal } from '../../src/catalog/api-schemas';

export type AuthResult = { ok: true; principal: Principal } | { ok: false; message: string };

/** Decides who is asking. Every API request but health, the OpenAPI document and the sign-in settings goes through it. */
export interface Authenticator {
  mode: Principal['mode'];
  authenticate(request: Request): Promise<AuthResult>;
  /** What the web app needs to know to sign people in. */
  describe(): AuthConfig;
}
