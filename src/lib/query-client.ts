import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';

/** Whether asking again could help: not when the API said no, nor after a call that timed out. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (!(error instanceof ApiError)) return true;
  // The person already waited the whole time limit; a silent second and third wait would keep
  // the page loading for most of a minute. They see the error and choose to try again.
  if (error.isTimeout) return false;
  return error.status === 0 || error.status >= 500;
}

/** Catalog data changes rarely while someone reads it, so results stay fresh for a minute. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { staleTime: 60_000, retry: shouldRetry } },
  });
}
