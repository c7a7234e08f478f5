import type { QueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import type { LoaderFunctionArgs } from 'react-router';
import { useParams } from 'react-router';
import { changesQueries } from '@/api/changes';
import { ChangesPage } from '@/features/changes/components/changes-page';
import { ChangesSkeleton } from '@/features/changes/components/changes-skeleton';

/** Starts reading the history at navigation; the page shows its skeleton until it arrives. */
export const loader =
  (queryClient: QueryClient) =>
  ({ params }: LoaderFunctionArgs) => {
    void queryClient.prefetchQuery(changesQueries.history('product', params.productId ?? ''));
    return null;
  };

export function Component() {
  const { productId = '' } = useParams();
  return (
    <Suspense fallback={<ChangesSkeleton />}>
      <ChangesPage key={productId} kind="product" id={productId} />
    </Suspense>
  );
}
