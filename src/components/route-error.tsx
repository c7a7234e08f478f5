import { Button } from '@mantine/core';
import { isRouteErrorResponse, Link, useLocation, useNavigate, useRouteError } from 'react-router';
import { ApiError } from '@/lib/api-client';
import { ErrorState } from './error-state';

/**
 * What a route shows when its data could not be loaded. The layout stays around it, so the user
 * keeps the header and can retry or go back to the catalog; nothing ends in a blank page.
 */
export function RouteError() {
  const error = useRouteError();
  const location = useLocation();
  const navigate = useNavigate();
  const home = (
    <Button component={Link} to="/" variant="default">
      Back to the catalog
    </Button>
  );
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <ErrorState
        title="Page not found"
        message="There is no page at this address."
        actions={home}
      />
    );
  }
  const message =
    error instanceof ApiError
      ? error.message
      : 'Something went wrong while showing this page. Trying again usually helps.';
  // Opening the same address again runs the route's loader, which fetches what failed, and,
  // being a new location, clears this boundary even when the error came from rendering (the
  // product page's suspense query) rather than from a loader; a revalidation alone does not
  // always clear it.
  const retry = () =>
    void navigate(location, { replace: true, state: location.state, preventScrollReset: true });
  return (
    <ErrorState
      title="This page could not be loaded"
      message={message}
      onRetry={retry}
      actions={home}
    />
  );
}
