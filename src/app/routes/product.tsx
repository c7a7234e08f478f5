import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { productQueries } from '@/api/products';
import { PortAccess } from '@/features/access/components/port-access';
import { ProductNotFound, ProductPage } from '@/features/product/components/product-page';
import { ApiError } from '@/lib/api-client';
import { RouteError } from '@/components/route-error';
import { useParams, useRouteError, useSearchParams } from 'react-router';

export const loader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const version = new URL(request.url).searchParams.get('version') ?? undefined;
    await queryClient.ensureQueryData(productQueries.detail(params.productId ?? '', version));
    return null;
  };

export function Component() {
  const { productId = '' } = useParams();
  const [searchParams] = useSearchParams();
  return (
    <ProductPage
      id={productId}
      version={searchParams.get('version') ?? undefined}
      renderPortAccess={(detail, portName) => <PortAccess detail={detail} portName={portName} />}
    />
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { productId = '' } = useParams();
  if (error instanceof ApiError && error.isNotFound)
    return <ProductNotFound id={productId} message={error.message} />;
  return <RouteError />;
}
