import { Anchor, Button, Drawer, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { accessQueries } from '@/api/access-requests';
import { CodeText } from '@/components/code-text';
import { useMarkNotificationsRead } from '../api/use-access-actions';
import { formatDay } from '../lib/port-access';

/** What happened to my requests and what waits for me, newest first. */
export function NotificationsDrawer({ onClose }: { onClose: () => void }) {
  const notifications = useQuery(accessQueries.notifications());
  const markRead = useMarkNotificationsRead();
  const items = notifications.data?.items ?? [];
  return (
    <Drawer opened onClose={onClose} title="Notifications" position="right" size="md">
      <Stack gap="md">
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {notifications.data?.unread ? `${notifications.data.unread} unread` : 'All read'}
          </Text>
          <Button
            size="xs"
            variant="default"
            disabled={!notifications.data?.unread}
            loading={markRead.isPending}
            onClick={() => markRead.mutate({ all: true })}
          >
            Mark all as read
          </Button>
        </Group>
        {notifications.isError ? (
          <Text c="var(--mantine-color-error)">{notifications.error.message}</Text>
        ) : null}
        {notifications.data && items.length === 0 ? (
          <Text size="sm">
            Nothing yet. Requests you make or approve, and breaking changes to what you read, will
            show up here.
          </Text>
        ) : null}
        <Stack
          gap="sm"
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label="Notifications"
        >
          {items.map((item) => (
            <li key={item.id}>
              <Text size="sm" fw={item.read ? 400 : 600}>
                {item.read ? '' : 'New: '}
                <Anchor
                  component={Link}
                  to={item.link}
                  onClick={() => {
                    if (!item.read) markRead.mutate({ ids: [item.id] });
                    onClose();
                  }}
                  inherit
                >
                  <CodeText text={item.message} />
                </Anchor>
              </Text>
              <Text size="xs" c="dimmed">
                {formatDay(item.at)}
              </Text>
            </li>
          ))}
        </Stack>
      </Stack>
    </Drawer>
  );
}
