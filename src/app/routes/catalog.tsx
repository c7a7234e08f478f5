import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { productQueries } from '@/api/products';
import { CatalogPage } from '@/features/discovery/components/catalog-page';
import { parseCatalogSearch, toApiParams } from '@/features/discovery/lib/search-params';

/**
 * Starts the search as early as possible but does not wait for it: the URL (and so the checked
 * filter or the typed words) updates at once, the previous results stay until the new ones
 * arrive, and errors show in the page, beside the search box.
 */
export const loader =
  (queryClient: QueryClient) =>
  ({ request }: LoaderFunctionArgs) => {
    const search = parseCatalogSearch(new URL(request.url).searchParams);
    void queryClient.prefetchQuery(productQueries.list(toApiParams(search)));
    return null;
  };

export function Component() {
  return <CatalogPage />;
}
