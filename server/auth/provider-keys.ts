import type { JSONWebKeySet, JWTVerifyGetKey } from 'jose';
import { createLocalJWKSet, errors } from 'jose';
import { fetchProviderJson } from './fetch-provider-json';

/** The identity provider's keys could not be had: it does not answer, or not with keys. */
export class IdentityProviderUnavailable extends Error {}

export interface ProviderKeysOptions {
  /** How long one request for the keys may take. */
  timeoutMs: number;
  /** How long fetched keys are used before they are fetched again (as jose's remote key set). */
  maxAgeMs?: number;
  /** A token naming a key the set lacks fetches the set again, at most this often. */
  cooldownMs?: number;
  /** The wait after a failed fetch; it doubles with each failure in a row, up to 30 s. */
  backoffMs?: number;
  /** Told of each failed fetch, with the reason, for the operators' logs. */
  onFailure?: (error: Error) => void;
}

const maxBackoffMs = 30_000;

/**
 * The provider's signing keys for `jwtVerify`, fetched with a timeout and kept. Unlike jose's
 * `createRemoteJWKSet`, a failed fetch is not tried again by the next request: until a backoff
 * has passed, requests that need the provider fail at once with `IdentityProviderUnavailable`, so
 * a hung provider costs one timeout now and then, not one per request. Keys older than `maxAgeMs`
 * are not used: a key the provider withdrew must stop working even while it is down.
 */
export function createProviderKeys(jwksUrl: string, options: ProviderKeysOptions): JWTVerifyGetKey {
  const { timeoutMs, maxAgeMs = 600_000, cooldownMs = 30_000, backoffMs = 1_000 } = options;
  let keys: { find: JWTVerifyGetKey; fetchedAt: number } | undefined;
  let pending: Promise<{ find: JWTVerifyGetKey; fetchedAt: number }> | undefined;
  let failures = 0;
  let nextTryAt = 0;

  async function fetchKeys() {
    try {
      const body = await fetchProviderJson(jwksUrl, timeoutMs);
      keys = { find: createLocalJWKSet(body as JSONWebKeySet), fetchedAt: Date.now() };
      failures = 0;
      return keys;
    } catch (cause) {
      failures += 1;
      nextTryAt = Date.now() + Math.min(backoffMs * 2 ** (failures - 1), maxBackoffMs);
      const error = new IdentityProviderUnavailable(
        cause instanceof errors.JWKSInvalid
          ? `${jwksUrl} answered with something that is not a key set`
          : cause instanceof Error
            ? cause.message
            : String(cause),
        { cause },
      );
      options.onFailure?.(error);
      throw error;
    }
  }

  /** One fetch at a time, shared by the requests waiting for it; none while backing off. */
  async function refresh() {
    if (!pending && Date.now() < nextTryAt)
      throw new IdentityProviderUnavailable('The identity provider failed to answer just before');
    pending ??= fetchKeys().finally(() => (pending = undefined));
    return pending;
  }

  return async (header, token) => {
    const current = keys && Date.now() - keys.fetchedAt < maxAgeMs ? keys : await refresh();
    try {
      return await current.find(header, token);
    } catch (error) {
      // An unknown key may be a new one (the provider rotated its keys), or a forgery.
      if (
        !(error instanceof errors.JWKSNoMatchingKey) ||
        Date.now() - current.fetchedAt < cooldownMs
      )
        throw error;
      return (await refresh()).find(header, token);
    }
  };
}
