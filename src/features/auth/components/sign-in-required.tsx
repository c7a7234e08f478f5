import { Alert, Button, Group, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { identityQueries } from '@/api/identity';
import { ApiError } from '@/lib/api-client';
import { setPersona } from '@/lib/auth-session';

const needsSignIn = (error: unknown) => error instanceof ApiError && error.needsSignIn;

/**
 * Watches every API answer for 401. With an identity provider it offers to sign in again (pages
 * keep their unsaved input in the session, so nothing typed is lost); in demo mode a 401 can only
 * mean an unknown persona, so it falls back to the default one.
 */
export function SignInRequired() {
  const queryClient = useQueryClient();
  const config = useQuery(identityQueries.config());
  const location = useLocation();
  const [expired, setExpired] = useState(false);

  useEffect(() => {
    const onUnauthorized = () => {
      if (queryClient.getQueryData(identityQueries.config().queryKey)?.mode === 'oidc') {
        setExpired(true);
      } else {
        setPersona(null);
        void queryClient.resetQueries();
      }
    };
    const queries = queryClient.getQueryCache().subscribe((event) => {
      if (
        event.type === 'updated' &&
        event.action.type === 'error' &&
        needsSignIn(event.action.error)
      )
        onUnauthorized();
    });
    const mutations = queryClient.getMutationCache().subscribe((event) => {
      if (
        event.type === 'updated' &&
        event.action.type === 'error' &&
        needsSignIn(event.action.error)
      )
        onUnauthorized();
    });
    return () => {
      queries();
      mutations();
    };
  }, [queryClient]);

  if (!expired || config.data?.mode !== 'oidc') return null;
  const settings = config.data;
  return (
    <Alert color="yellow" variant="light" title="Please sign in again" mb="md" role="alert">
      <Group justify="space-between" gap="sm">
        <Text size="sm">
          Your session has ended. Sign in again to go on; what you typed on this page is kept.
        </Text>
        <Button
          size="xs"
          onClick={() =>
            void import('../lib/oidc-sign-in').then(({ startSignIn }) =>
              startSignIn(settings, `${location.pathname}${location.search}`),
            )
          }
        >
          Sign in again
        </Button>
      </Group>
    </Alert>
  );
}
