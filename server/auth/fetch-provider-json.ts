/** A request to the identity provider that did not give a usable answer; the message says why. */
export class ProviderRequestFailed extends Error {
  constructor(
    message: string,
    /** True when the provider answered, but with something unusable: asking again will not help. */
    readonly answered: boolean,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/**
 * GETs a JSON document from the identity provider, giving up after `timeoutMs` (reading the body
 * included), so a provider that accepts connections and never answers cannot hold a request.
 * Redirects are not followed: the discovery document and the keys must be where they are named.
 */
export async function fetchProviderJson(url: string, timeoutMs: number): Promise<unknown> {
  try {
    const response = await fetch(url, {
      headers: { Accept: 'application/json' },
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (response.status !== 200) {
      const location = response.headers.get('Location');
      throw new ProviderRequestFailed(
        `${url} answered ${response.status}${location ? ` (a redirect to ${location})` : ''}`,
        // 4xx but timeouts and rate limits: the URL is wrong, asking again will not help.
        response.status < 500 && response.status !== 408 && response.status !== 429,
      );
    }
    try {
      return await response.json();
    } catch (error) {
      if (isTimeout(error)) throw error;
      throw new ProviderRequestFailed(`${url} answered with something that is not JSON`, true, {
        cause: error,
      });
    }
  } catch (error) {
    if (error instanceof ProviderRequestFailed) throw error;
    if (isTimeout(error))
      throw new ProviderRequestFailed(`${url} did not answer within ${seconds(timeoutMs)}`, false, {
        cause: error,
      });
    throw new ProviderRequestFailed(`${url} could not be reached (${reason(error)})`, false, {
      cause: error,
    });
  }
}

function isTimeout(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'TimeoutError';
}

/** Node's fetch says only "fetch failed"; the cause says what: ECONNREFUSED, ENOTFOUND… */
function reason(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause && typeof cause === 'object' && 'code' in cause && typeof cause.code === 'string')
    return cause.code;
  return error instanceof Error ? error.message : String(error);
}

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;
