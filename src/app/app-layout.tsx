import { Anchor, AppShell, Box, Button, Container, Group, Kbd, Loader, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Link, Outlet, useNavigation } from 'react-router';
import { identityQueries } from '@/api/identity';
import { canImportDocuments, isAdmin, tokenTeams } from '@/catalog/access/permissions';
import { OfflineNotice } from '@/components/offline-notice';
import { ApprovalsLink } from '@/features/access/components/approvals-link';
import { NotificationsButton } from '@/features/access/components/notifications-button';
import { AuthControls } from '@/features/auth/components/auth-controls';
import { SignInRequired } from '@/features/auth/components/sign-in-required';
import { ColorSchemeToggle } from './color-scheme-toggle';
import classes from './app-layout.module.css';

// The quick-jump dialog is not needed for the first paint; it loads on first use.
const QuickJump = lazy(() =>
  import('@/features/discovery/components/quick-jump').then((module) => ({
    default: module.QuickJump,
  })),
);

export function AppLayout() {
  const navigation = useNavigation();
  const me = useQuery(identityQueries.me());
  const [quickJump, setQuickJump] = useState({ loaded: false, opened: false });
  const openQuickJump = () => setQuickJump({ loaded: true, opened: true });
  useHotkeys([['mod+K', openQuickJump]]);

  return (
    <AppShell header={{ height: 60 }} padding="md">
      <a href="#main" className={classes.skipLink}>
        Skip to main content
      </a>
      <AppShell.Header>
        <Container size="xl" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Group gap="lg" wrap="nowrap">
              <Anchor
                component={Link}
                to="/"
                underline="never"
                c="inherit"
                aria-label="Meshport home"
              >
                <Group gap={8} wrap="nowrap">
                  <Box className={classes.logo} aria-hidden />
                  <Text fw={700} size="lg">
                    Meshport
                  </Text>
                </Group>
              </Anchor>
              <Group component="nav" aria-label="Main" gap="sm">
                <Anchor component={Link} to="/" size="sm" fw={500}>
                  Catalog
                </Anchor>
                <Anchor component={Link} to="/lineage" size="sm" fw={500}>
                  Lineage
                </Anchor>
                <Anchor component={Link} to="/service-levels" size="sm" fw={500}>
                  Service levels
                </Anchor>
                {me.data ? (
                  <Anchor component={Link} to="/access/requests" size="sm" fw={500}>
                    My requests
                  </Anchor>
                ) : null}
                {me.data ? <ApprovalsLink /> : null}
                {/* Offered to those who may import; the API checks every import regardless. */}
                {me.data && canImportDocuments(me.data) ? (
                  <>
                    <Anchor component={Link} to="/products/new" size="sm" fw={500}>
                      New data product
                    </Anchor>
                    <Anchor component={Link} to="/import" size="sm" fw={500}>
                      Import
                    </Anchor>
                  </>
                ) : null}
                {/* Token management is for team owners and admins; the API checks it too. */}
                {me.data && (isAdmin(me.data) || tokenTeams(me.data).length > 0) ? (
                  <Anchor component={Link} to="/pipelines" size="sm" fw={500}>
                    Pipelines
                  </Anchor>
                ) : null}
              </Group>
            </Group>
            <Group gap="sm" wrap="nowrap">
              {navigation.state === 'loading' ? <Loader size="xs" aria-label="Loading" /> : null}
              <Button
                variant="default"
                leftSection={<IconSearch size={16} aria-hidden />}
                rightSection={<Kbd size="xs">Ctrl K</Kbd>}
                onClick={openQuickJump}
                aria-keyshortcuts="Control+K Meta+K"
                visibleFrom="sm"
              >
                Jump to a product
              </Button>
              {me.data ? <NotificationsButton /> : null}
              <AuthControls />
              <ColorSchemeToggle />
            </Group>
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main id="main" tabIndex={-1} className={classes.main}>
        <Container size="xl">
          <OfflineNotice />
          <SignInRequired />
          <Outlet />
        </Container>
      </AppShell.Main>
      {quickJump.loaded ? (
        <Suspense fallback={null}>
          <QuickJump
            opened={quickJump.opened}
            onClose={() => setQuickJump({ loaded: true, opened: false })}
          />
        </Suspense>
      ) : null}
    </AppShell>
  );
}
