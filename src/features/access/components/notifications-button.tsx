import { ActionIcon, Indicator } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { accessQueries } from '@/api/access-requests';

const NotificationsDrawer = lazy(() =>
  import('./notifications-drawer').then((module) => ({ default: module.NotificationsDrawer })),
);

/** The header's bell: how many notifications are unread; the list opens in a drawer. */
export function NotificationsButton() {
  const notifications = useQuery(accessQueries.notifications());
  const [opened, setOpened] = useState(false);
  const unread = notifications.data?.unread ?? 0;
  const label = unread ? `Notifications, ${unread} unread` : 'Notifications';
  return (
    <>
      <Indicator label={unread > 99 ? '99+' : unread} size={16} disabled={unread === 0} color="red">
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={label}
          title={label}
          onClick={() => setOpened(true)}
        >
          <IconBell size={18} aria-hidden />
        </ActionIcon>
      </Indicator>
      {opened ? (
        <Suspense fallback={null}>
          <NotificationsDrawer onClose={() => setOpened(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
