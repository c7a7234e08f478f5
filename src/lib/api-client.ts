import type * as z from 'zod/mini';
import type { DocumentIssueDto } from '@/catalog/api-schemas';
import { errorResponseSchema } from '@/catalog/api-schemas';
import { authHeaders } from './auth-session';

/** An API call that did not succeed, with the message the API gave (or one written for the user). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly issues: DocumentIssueDto[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }

  /** The identity is missing or no longer valid: the person must sign in (again). */
  get needsSignIn(): boolean {
    return this.status === 401;
  }

  /** The person is known but may not do this; the message says who can. */
  get isForbidden(): boolean {
    return this.status === 403;
  }
}

const requestTimeoutMs = 15_000;

/**
 * Calls the catalog API and validates the response with `schema`, so a component never works
 * with data of an unexpected shape. Network failures, timeouts and malformed answers all become
 * an `ApiError` whose message a user can read.
 */
export async function request<T>(
  path: string,
  schema: z.ZodMiniType<T>,
  init: RequestInit = {},
): Promise<T> {
  let response: Response;
  try {
    // An absolute URL on this origin; tests (jsdom) cannot resolve a relative one.
    response = await fetch(new URL(`/api${path}`, globalThis.location.origin), {
      ...init,
      headers: { Accept: 'application/json', ...authHeaders(), ...init.headers },
      signal: init.signal ?? AbortSignal.timeout(requestTimeoutMs),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      throw new ApiError(
        'The catalog did not answer in time. Check your connection and try again.',
        0,
      );
    }
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(
      typeof navigator !== 'undefined' && !navigator.onLine
        ? 'You are offline. Reconnect and try again.'
        : 'The catalog could not be reached. Check your connection and try again.',
      0,
    );
  }

  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = errorResponseSchema.safeParse(body);
    throw new ApiError(
      parsed.success
        ? parsed.data.message
        : `The catalog answered with an error (${response.status}).`,
      response.status,
      parsed.success ? (parsed.data.errors ?? []) : [],
    );
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError(
      'The catalog sent an answer this version of Meshport does not understand.',
      response.status,
    );
  }
  return parsed.data;
}

/** Builds a query string, repeating keys for lists and leaving out empty values. */
export function toQueryString(
  params: Record<string, string | number | readonly string[] | undefined>,
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) for (const entry of value) search.append(key, entry);
    else search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
