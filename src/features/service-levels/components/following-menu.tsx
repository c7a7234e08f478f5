import { Alert, Anchor, Button, Group, Popover, Stack, Text, Title } from '@mantine/core';
import { IconBellCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { subscriptionQueries } from '@/api/subscriptions';
import type { Subscription } from '@/catalog/subscription-schemas';
import { describeFailure, useSubscriptionToggle } from '../lib/use-subscription-toggle';

const linkOf = (item: Subscription) =>
  item.kind === 'product'
    ? `/products/${encodeURIComponent(item.id)}/service-levels`
    : `/service-levels?domain=${encodeURIComponent(item.id)}`;

const kindWords = (item: Subscription) =>
  item.kind === 'product'
    ? item.exists
      ? 'Product'
      : 'Product, no longer in the catalog'
    : item.exists
      ? 'Domain: all its products'
      : 'Domain, which no product names now';

/**
 * What the signed-in person follows, behind one button beside the portfolio's filters so that
 * the table stays on the first screen: each product or domain a link, each with its unfollow.
 */
export function FollowingMenu() {
  const [opened, setOpened] = useState(false);
  const headingId = useId();
  const list = useQuery(subscriptionQueries.list());
  const toggle = useSubscriptionToggle();
  const items = list.data?.items ?? [];

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      width={340}
      trapFocus
      returnFocus
      shadow="md"
      withArrow
    >
      <Popover.Target>
        <Button
          variant="default"
          leftSection={<IconBellCheck size={16} aria-hidden />}
          aria-expanded={opened}
          aria-haspopup="dialog"
          onClick={() => setOpened((open) => !open)}
        >
          {list.data ? `Following (${items.length})` : 'Following'}
        </Button>
      </Popover.Target>
      <Popover.Dropdown
        role="dialog"
        aria-labelledby={headingId}
        style={{ maxWidth: 'calc(100vw - 2rem)' }}
      >
        <Stack gap="sm">
          <Title order={2} size="h5" id={headingId}>
            You follow
          </Title>
          {list.isError ? (
            <Text size="sm" role="alert">
              What you follow could not be loaded: {list.error.message}
            </Text>
          ) : !list.data ? (
            <Text size="sm">Loading…</Text>
          ) : items.length === 0 ? (
            <Text size="sm">
              Nothing yet. Follow a product with the Follow button on its service levels, or pick
              one domain in the filters and follow it; you are then notified when it breaches or
              recovers.
            </Text>
          ) : (
            <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
              {items.map((item) => (
                <Group
                  component="li"
                  key={`${item.kind}:${item.id}`}
                  justify="space-between"
                  wrap="nowrap"
                  gap="xs"
                >
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Anchor
                      component={Link}
                      to={linkOf(item)}
                      underline="always"
                      size="sm"
                      style={{ overflowWrap: 'anywhere' }}
                      onClick={() => setOpened(false)}
                    >
                      {item.name}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {kindWords(item)}
                    </Text>
                  </Stack>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    aria-label={`Unfollow ${item.name}`}
                    onClick={() =>
                      toggle.mutate({
                        target: { kind: item.kind, id: item.id },
                        name: item.name,
                        follow: false,
                      })
                    }
                  >
                    Unfollow
                  </Button>
                </Group>
              ))}
            </Stack>
          )}
          {toggle.isError ? (
            <Alert color="red" variant="light" role="alert" p="xs">
              {describeFailure(toggle.variables, toggle.error)}
            </Alert>
          ) : null}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
