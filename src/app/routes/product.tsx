import type { QueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import type { LoaderFunctionArgs } from 'react-router';
import { useParams, useRouteError, useSearchParams } from 'react-router';
import { productQueries } from '@/api/products';
import { RouteError } from '@/components/route-error';
import { PortAccess } from '@/features/access/components/port-access';
import { ProductNotFound, ProductPage } from '@/features/product/components/product-page';
import { ProductSkeleton } from '@/features/product/components/product-skeleton';
import { ApiError } from '@/lib/api-client';

/**
 * Starts loading the product as early as possible without holding the navigation: the page
 * changes at once and shows its skeleton (the Suspense below) until the product arrives, instead
 * of leaving the previous page on screen for as long as the catalog takes to answer. A failure
 * reaches the ErrorBoundary below from the page's `useSuspenseQuery`.
 */
export const loader =
  (queryClient: QueryClient) =>
  ({ params, request }: LoaderFunctionArgs) => {
    const version = new URL(request.url).searchParams.get('version') ?? undefined;
    void queryClient.prefetchQuery(productQueries.detail(params.productId ?? '', version));
    return null;
  };

export function Component() {
  const { productId = '' } = useParams();
  const [searchParams] = useSearchParams();
  return (
    <Suspense fallback={<ProductSkeleton />}>
      <ProductPage
        id={productId}
        version={searchParams.get('version') ?? undefined}
        renderPortAccess={(detail, portName) => <PortAccess detail={detail} portName={portName} />}
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
