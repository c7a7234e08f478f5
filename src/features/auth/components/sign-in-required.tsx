import { Alert, Button, Group, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { identityQueries } from '@/api/identity';
import { ApiError } from '@/lib/api-client';
import { getAccessToken, getPersona, setPersona } from '@/lib/auth-session';

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
  // 'new': nobody has signed in yet in this tab; 'ended': a token was refused.
  const [needed, setNeeded] = useState<'new' | 'ended' | null>(null);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<string | null>(null);

  useEffect(() => {
    // A 401 can arrive before the portal's sign-in settings; they are awaited, not guessed (a
    // guess of "demo" once reset every query over and over). In demo mode only a chosen persona
    // is dropped, so a refusal of the default one cannot loop either.
    const onUnauthorized = () => {
      queryClient
        .fetchQuery(identityQueries.config())
        .then((config) => {
          if (config.mode === 'oidc') setNeeded(getAccessToken() ? 'ended' : 'new');
          else if (getPersona() !== null) {
            setPersona(null);
            void queryClient.resetQueries();
          }
        })
        .catch(() => undefined);
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
    // A refusal that came before this component was listening.
    if (
      queryClient
        .getQueryCache()
        .getAll()
        .some((query) => needsSignIn(query.state.error))
    )
      onUnauthorized();
    return () => {
      queries();
      mutations();
    };
  }, [queryClient]);

  if (!needed || config.data?.mode !== 'oidc') return null;
  const settings = config.data;
  const signIn = () => {
    setStarting(true);
    setStartError(null);
    import('../lib/oidc-sign-in')
      .then(({ startSignIn }) => startSignIn(settings, `${location.pathname}${location.search}`))
      .catch((error: unknown) => {
        setStarting(false);
        setStartError(
          `The identity provider could not be reached (${error instanceof Error ? error.message : String(error)}). Try again in a moment.`,
        );
      });
  };
  return (
    <Alert
      color="indigo"
      variant="light"
      title={needed === 'ended' ? 'Please sign in again' : 'Sign in to use Meshport'}
      mb="md"
      role="alert"
    >
      <Group justify="space-between" gap="sm">
        <Text size="sm">
          {needed === 'ended'
            ? 'Your session has ended. Sign in again to go on; what you typed on this page is kept.'
            : 'Meshport needs to know who you are before it shows the catalog.'}
        </Text>
        <Button size="xs" onClick={signIn} loading={starting}>
          {needed === 'ended' ? 'Sign in again' : 'Sign in'}
        </Button>
      </Group>
      {startError && (
        <Text size="sm" c="var(--mantine-color-error)" mt="xs">
          {startError}
        </Text>
      )}
    </Alert>
  );
}
