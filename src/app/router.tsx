import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import type { LoaderFunction, RouteObject } from 'react-router';
import { createBrowserRouter } from 'react-router';
import { PageSkeleton } from '@/components/loading-skeleton';
import { RouteError } from '@/components/route-error';
import {
  RequestDetailSkeleton,
  RequestListPageSkeleton,
} from '@/features/access/components/request-skeletons';
import { ChangesSkeleton } from '@/features/changes/components/changes-skeleton';
import { CatalogSkeleton } from '@/features/discovery/components/catalog-skeleton';
import { LineagePageSkeleton } from '@/features/lineage/components/lineage-skeleton';
import { PipelinesSkeleton } from '@/features/pipelines/components/pipelines-skeleton';
import { ProductSkeleton } from '@/features/product/components/product-skeleton';
import { AppLayout } from './app-layout';

interface RouteModule {
  Component: ComponentType;
  ErrorBoundary?: ComponentType;
  loader?: (queryClient: QueryClient) => LoaderFunction;
}

/** Each page's code is loaded when it is first visited; its loader gets the shared query client. */
function lazyRoute(queryClient: QueryClient, load: () => Promise<RouteModule>) {
  return async () => {
    const module = await load();
    return {
      Component: module.Component,
      ErrorBoundary: module.ErrorBoundary ?? RouteError,
      ...(module.loader ? { loader: module.loader(queryClient) } : {}),
    };
  };
}

/**
 * The route tree, shared by the browser router and the tests' memory router.
 *
 * Only the pages have a `HydrateFallback`, not the layout: on the very first load the header
 * shows at once and the page's own skeleton stands where the page will be while its code (and,
 * for some, data) loads. They are small and part of the first bundle for that reason.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const page = (HydrateFallback: ComponentType, load: () => Promise<RouteModule>) => ({
    HydrateFallback,
    lazy: lazyRoute(queryClient, load),
  });
  return [
    {
      path: '/',
      Component: AppLayout,
      ErrorBoundary: RouteError,
      children: [
        { index: true, ...page(CatalogSkeleton, () => import('./routes/catalog')) },
        {
          path: 'products/:productId',
          ...page(ProductSkeleton, () => import('./routes/product')),
        },
        {
          path: 'products/new',
          ...page(EditorSkeleton, () => import('./routes/product-new')),
        },
        {
          path: 'products/:productId/edit',
          ...page(EditorSkeleton, () => import('./routes/product-edit')),
        },
        {
          path: 'products/:productId/changes',
          ...page(ChangesSkeleton, () => import('./routes/product-changes')),
        },
        {
          path: 'contracts/:contractId/changes',
          ...page(ChangesSkeleton, () => import('./routes/contract-changes')),
        },
        {
          path: 'products/:productId/lineage',
          ...page(LineagePageSkeleton, () => import('./routes/product-lineage')),
        },
        {
          path: 'products/:productId/service-levels',
          ...page(ServiceLevelsSkeleton, () => import('./routes/product-service-levels')),
        },
        { path: 'lineage', ...page(LineagePageSkeleton, () => import('./routes/lineage')) },
        {
          path: 'service-levels',
          ...page(PortfolioSkeleton, () => import('./routes/service-levels')),
        },
        { path: 'import', ...page(ImportSkeleton, () => import('./routes/import')) },
        { path: 'pipelines', ...page(PipelinesSkeleton, () => import('./routes/pipelines')) },
        {
          path: 'access/requests',
          ...page(MyRequestsSkeleton, () => import('./routes/my-requests')),
        },
        {
          path: 'access/requests/:requestId',
          ...page(RequestDetailSkeleton, () => import('./routes/access-request')),
        },
        {
          path: 'access/approvals',
          ...page(ApprovalsSkeleton, () => import('./routes/approvals')),
        },
        {
          path: 'auth/callback',
          ...page(SigningInSkeleton, () => import('./routes/auth-callback')),
        },
        { path: '*', ...page(LoadingPage, () => import('./routes/not-found')) },
      ],
    },
  ];
}

function EditorSkeleton() {
  return <PageSkeleton label="Loading the editor" />;
}

function PortfolioSkeleton() {
  return <PageSkeleton label="Loading the service levels of the mesh" />;
}

function ServiceLevelsSkeleton() {
  return <PageSkeleton label="Loading the product's service levels" />;
}

function ImportSkeleton() {
  return <PageSkeleton label="Loading the import page" />;
}

function MyRequestsSkeleton() {
  return <RequestListPageSkeleton label="Loading your requests" />;
}

function ApprovalsSkeleton() {
  return <RequestListPageSkeleton label="Loading your approvals" />;
}

function SigningInSkeleton() {
  return <PageSkeleton label="Signing you in" />;
}

function LoadingPage() {
  return <PageSkeleton label="Loading the page" />;
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient));
}
