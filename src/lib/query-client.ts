import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';

/**
 * Catalog data changes rarely while someone reads it, so results stay fresh for a minute.
 * Errors a retry cannot fix (the API said no) are not retried.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        retry: (failureCount, error) =>
          failureCount < 2 &&
          (!(error instanceof ApiError) || error.status === 0 || error.status >= 500),
      },
    },
  });
}
