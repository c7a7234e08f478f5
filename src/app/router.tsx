import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import type { LoaderFunction, RouteObject } from 'react-router';
import { createBrowserRouter } from 'react-router';
import { RouteError } from '@/components/route-error';
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

/** The route tree, shared by the browser router and the tests' memory router. */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: '/',
      Component: AppLayout,
      ErrorBoundary: RouteError,
      // Shown for the moment the first page's code loads.
      HydrateFallback: () => null,
      children: [
        { index: true, lazy: lazyRoute(queryClient, () => import('./routes/catalog')) },
        {
          path: 'products/:productId',
          lazy: lazyRoute(queryClient, () => import('./routes/product')),
        },
        {
          path: 'products/:productId/lineage',
          lazy: lazyRoute(queryClient, () => import('./routes/product-lineage')),
        },
        { path: 'lineage', lazy: lazyRoute(queryClient, () => import('./routes/lineage')) },
        { path: 'import', lazy: lazyRoute(queryClient, () => import('./routes/import')) },
        {
          path: 'access/requests',
          lazy: lazyRoute(queryClient, () => import('./routes/my-requests')),
        },
        {
          path: 'access/requests/:requestId',
          lazy: lazyRoute(queryClient, () => import('./routes/access-request')),
        },
        {
          path: 'access/approvals',
          lazy: lazyRoute(queryClient, () => import('./routes/approvals')),
        },
        {
          path: 'auth/callback',
          lazy: lazyRoute(queryClient, () => import('./routes/auth-callback')),
        },
        { path: '*', lazy: lazyRoute(queryClient, () => import('./routes/not-found')) },
      ],
    },
  ];
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient));
}
