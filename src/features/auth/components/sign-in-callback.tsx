import { Button, Loader, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { identityQueries } from '@/api/identity';
import { ErrorState } from '@/components/error-state';

/** Where the identity provider sends people back: finish signing in, then return to their page. */
export function SignInCallback() {
  const config = useQuery(identityQueries.config());
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const started = useRef(false);

  useEffect(() => {
    const settings = config.data;
    if (!settings || started.current) return;
    started.current = true;
    if (settings.mode !== 'oidc') {
      void navigate('/', { replace: true });
      return;
    }
    import('../lib/oidc-sign-in')
      .then(({ completeSignIn }) => completeSignIn(settings, new URL(window.location.href)))
      .then(async (returnTo) => {
        await queryClient.resetQueries();
        await navigate(returnTo, { replace: true });
      })
      .catch((reason: unknown) =>
        setError(reason instanceof Error ? reason.message : String(reason)),
      );
  }, [config.data, navigate, queryClient]);

  if (error || config.isError) {
    return (
      <ErrorState
        title="Signing in did not work"
        message={error ?? config.error?.message ?? ''}
        // Without the sign-in settings nothing has started yet, so asking again is safe.
        onRetry={config.isError ? () => void config.refetch() : undefined}
        actions={
          <Button component={Link} to="/">
            Back to the catalog
          </Button>
        }
      />
    );
  }
  return (
    <Stack align="center" py="xl">
      <title>Signing in · Meshport</title>
      <Loader aria-label="Signing in" />
      <Text>Signing you in…</Text>
    </Stack>
  );
}
