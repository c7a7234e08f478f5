import type { QueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import type { LoaderFunctionArgs } from 'react-router';
import { useParams, useRouteError } from 'react-router';
import { productQueries } from '@/api/products';
import { PageSkeleton } from '@/components/loading-skeleton';
import { RouteError } from '@/components/route-error';
import { VersionChanges } from '@/features/changes/components/version-changes';
import { EditPage } from '@/features/editor/components/edit-page';
import { ProductNotFound } from '@/features/product/components/product-page';
import { ApiError } from '@/lib/api-client';

export const loader =
  (queryClient: QueryClient) =>
  ({ params }: LoaderFunctionArgs) => {
    void queryClient.prefetchQuery(productQueries.detail(params.productId ?? ''));
    return null;
  };

export function Component() {
  const { productId = '' } = useParams();
  return (
    <Suspense fallback={<PageSkeleton label="Loading the editor" />}>
      <EditPage
        key={productId}
        productId={productId}
        renderChanges={(kind, id, changes) => (
          <VersionChanges kind={kind} id={id} changes={changes} headingOrder={3} />
        )}
      />
    </Suspense>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { productId = '' } = useParams();
  if (error instanceof ApiError && error.isNotFound)
    return <ProductNotFound id={productId} message={error.message} />;
  return <RouteError />;
}
