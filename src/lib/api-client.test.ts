import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { hangs } from '@/mocks/faults';
import { server } from '@/mocks/node';
import { ApiError, request } from './api-client';
import { shouldRetry } from './query-client';

const okSchema = z.object({ ok: z.boolean() });

const hang = () => server.use(hangs('/hang'));

describe('request', () => {
  it('gives up with a readable error when a query’s call hangs past the time limit', async () => {
    hang();
    const queryClient = new QueryClient();
    const started = Date.now();
    const failure = queryClient.fetchQuery({
      queryKey: ['hang'],
      // TanStack Query always passes its own signal; the time limit must hold regardless.
      queryFn: ({ signal }) => request('/hang', okSchema, { signal, timeoutMs: 100 }),
      retry: shouldRetry,
    });
    const error = await failure.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 0, isTimeout: true });
    expect((error as ApiError).message).toBe(
      'The catalog did not answer in time. Check your connection and try again.',
    );
    // Once: a timed-out call is not silently asked again.
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('stays a cancellation when the caller aborts first', async () => {
    hang();
    const controller = new AbortController();
    const call = request('/hang', okSchema, { signal: controller.signal, timeoutMs: 5_000 });
    controller.abort();
    const error = await call.catch((caught: unknown) => caught);
    expect(error).not.toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });

  it('returns the validated answer when the catalog answers in time', async () => {
    server.use(http.get('/api/fine', () => HttpResponse.json({ ok: true })));
    const controller = new AbortController();
    await expect(
      request('/fine', okSchema, { signal: controller.signal, timeoutMs: 1_000 }),
    ).resolves.toEqual({ ok: true });
  });
});

describe('shouldRetry', () => {
  it('retries an unreachable catalog and server errors, not timeouts or refusals', () => {
    expect(shouldRetry(0, new ApiError('unreachable', 0, [], 'unreachable'))).toBe(true);
    expect(shouldRetry(0, new ApiError('boom', 503))).toBe(true);
    expect(shouldRetry(2, new ApiError('boom', 503))).toBe(false);
    expect(shouldRetry(0, new ApiError('late', 0, [], 'timeout'))).toBe(false);
    expect(shouldRetry(0, new ApiError('no', 403))).toBe(false);
  });
});
