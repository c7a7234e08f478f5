import { Button, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { identityQueries } from '@/api/identity';
import { PersonaSwitcher } from './persona-switcher';

/** The header's identity corner: the demo persona picker, or who is signed in with OIDC. */
export function AuthControls() {
  const config = useQuery(identityQueries.config());
  const me = useQuery(identityQueries.me());
  const location = useLocation();
  if (!config.data) return null;
  if (config.data.mode === 'demo') {
    return (
      <PersonaSwitcher
        personas={config.data.personas}
        defaultPersona={config.data.defaultPersona}
      />
    );
  }
  const settings = config.data;
  const returnTo = `${location.pathname}${location.search}`;
  if (!me.data) {
    return (
      <Button
        size="xs"
        onClick={() =>
          void import('../lib/oidc-sign-in').then(({ startSignIn }) =>
            startSignIn(settings, returnTo),
          )
        }
      >
        Sign in
      </Button>
    );
  }
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" fw={500}>
        {me.data.name}
      </Text>
      <Button
        size="xs"
        variant="default"
        onClick={() =>
          void import('../lib/oidc-sign-in').then(({ signOut }) => {
            signOut();
            window.location.assign('/');
          })
        }
      >
        Sign out
      </Button>
    </Group>
  );
}
