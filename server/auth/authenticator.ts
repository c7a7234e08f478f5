import type { AuthConfig, Principal } from '../../src/catalog/api-schemas';

/**
 * Who is asking, or why it cannot be said: 401 when the request does not prove who it is, 503
 * when the identity provider is needed to check it and does not answer.
 */
export type AuthResult =
  { ok: true; principal: Principal } | { ok: false; status: 401 | 503; message: string };

/** Decides who is asking. Every API request but health, the OpenAPI document and the sign-in settings goes through it. */
export interface Authenticator {
  mode: Principal['mode'];
  authenticate(request: Request): Promise<AuthResult>;
  /** What the web app needs to know to sign people in. */
  describe(): AuthConfig;
}
