import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { serviceLevelQueries } from '@/api/service-levels';
import { PortfolioPage } from '@/features/service-levels/components/portfolio-page';
import {
  filtersOf,
  parsePortfolioSearch,
  toListParams,
} from '@/features/service-levels/lib/portfolio-params';

/**
 * Asks for the page of products and the figures as soon as the route is known, without holding
 * the navigation: the page renders its skeleton meanwhile instead of asking only once rendered.
 */
export const loader =
  (queryClient: QueryClient) =>
  ({ request }: LoaderFunctionArgs) => {
    const search = parsePortfolioSearch(new URL(request.url).searchParams);
    void queryClient.prefetchQuery(serviceLevelQueries.list(toListParams(search)));
    void queryClient.prefetchQuery(serviceLevelQueries.overview(filtersOf(search)));
    return null;
  };

export function Component() {
  return <PortfolioPage />;
}
