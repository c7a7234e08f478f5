import type * as z from 'zod/mini';
import type { DocumentIssueDto } from '@/catalog/api-schemas';
import { errorResponseSchema } from '@/catalog/api-schemas';
import { authHeaders } from './auth-session';

/** Why a call failed when the API gave no answer of its own. */
type Failure = 'answer' | 'timeout' | 'unreachable';

/** An API call that did not succeed, with the message the API gave (or one written for the user). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly issues: DocumentIssueDto[] = [],
    readonly failure: Failure = 'answer',
    /** The whole answer, for errors that carry more than a message (a conflict's current version). */
    readonly body?: unknown,
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

  /** The catalog did not answer within the time limit. */
  get isTimeout(): boolean {
    return this.failure === 'timeout';
  }
}

/** How long a call may take before the user is told, unless the caller sets `timeoutMs`. */
export const defaultRequestTimeoutMs = 15_000;

export interface RequestOptions extends RequestInit {
  /** Milliseconds before the call gives up with a readable error; `defaultRequestTimeoutMs` if unset. */
  timeoutMs?: number;
}

const timeoutError = () =>
  new ApiError(
    'The catalog did not answer in time. Check your connection and try again.',
    0,
    [],
    'timeout',
  );

/**
 * Calls the catalog API and validates the response with `schema`, so a component never works
 * with data of an unexpected shape. Network failures, timeouts and malformed answers all become
 * an `ApiError` whose message a user can read.
 *
 * The time limit holds even when the caller passes its own signal (TanStack Query always does, to
 * cancel queries nobody needs any more): both end the call, and only the caller's stays an
 * `AbortError`, which TanStack Query treats as a cancellation rather than a failure.
 */
export async function request<T>(
  path: string,
  schema: z.ZodMiniType<T>,
  options: RequestOptions = {},
): Promise<T> {
  const { response, body } = await send(path, options, 'application/json', (answer) =>
    answer.json(),
  );
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError(
      'The catalog sent an answer this version of Meshport does not understand.',
      response.status,
    );
  }
  return parsed.data;
}

/** A text answer (a stored document, exactly as imported), with the same limits and errors. */
export async function requestText(path: string, options: RequestOptions = {}): Promise<string> {
  const { body } = await send(path, options, 'application/yaml, text/plain', async (answer) =>
    answer.ok ? answer.text() : answer.json(),
  );
  return String(body);
}

async function send(
  path: string,
  { timeoutMs = defaultRequestTimeoutMs, ...init }: RequestOptions,
  accept: string,
  read: (response: Response) => Promise<unknown>,
): Promise<{ response: Response; body: unknown }> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
  // The caller's abort wins when both happened; otherwise the time limit is what the user sees.
  const stopped = (error: unknown): Error | null => {
    if (init.signal?.aborted)
      return error instanceof Error ? error : new DOMException('', 'AbortError');
    return timeout.aborted ? timeoutError() : null;
  };

  let response: Response;
  try {
    // An absolute URL on this origin; tests (jsdom) cannot resolve a relative one.
    response = await fetch(new URL(`/api${path}`, globalThis.location.origin), {
      ...init,
      headers: { Accept: accept, ...authHeaders(), ...init.headers },
      signal,
    });
  } catch (error) {
    const cause = stopped(error);
    if (cause) throw cause;
    throw new ApiError(
      typeof navigator !== 'undefined' && !navigator.onLine
        ? 'You are offline. Reconnect and try again.'
        : 'The catalog could not be reached. Check your connection and try again.',
      0,
      [],
      'unreachable',
    );
  }

  // The body can stall after the headers arrived; the same limit covers it.
  const body: unknown = await read(response).catch((error: unknown) => {
    const cause = stopped(error);
    if (cause) throw cause;
    return undefined;
  });
  if (!response.ok) {
    const parsed = errorResponseSchema.safeParse(body);
    throw new ApiError(
      parsed.success
        ? parsed.data.message
        : `The catalog answered with an error (${response.status}).`,
      response.status,
      parsed.success ? (parsed.data.errors ?? []) : [],
      'answer',
      body,
    );
  }
  return { response, body };
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
