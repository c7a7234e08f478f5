import { queryOptions } from '@tanstack/react-query';
import { authConfigSchema, principalSchema } from '@/catalog/api-schemas';
import { request } from '@/lib/api-client';

/** Who is signed in, and how signing in works here; both rarely change while the app runs. */
export const identityQueries = {
  all: () => ['identity'] as const,
  me: () =>
    queryOptions({
      queryKey: [...identityQueries.all(), 'me'] as const,
      queryFn: ({ signal }) => request('/me', principalSchema, { signal }),
      staleTime: 5 * 60_000,
      retry: false,
    }),
  config: () =>
    queryOptions({
      queryKey: [...identityQueries.all(), 'config'] as const,
      queryFn: ({ signal }) => request('/auth/config', authConfigSchema, { signal }),
      staleTime: Infinity,
    }),
};
