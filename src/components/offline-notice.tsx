import { Alert } from '@mantine/core';
import { IconWifiOff } from '@tabler/icons-react';
import { useOnline } from '@/lib/use-online';

/** Says, on every page, why nothing new arrives, and that it will when the connection is back. */
export function OfflineNotice() {
  const online = useOnline();
  if (online) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconWifiOff aria-hidden />}
      title="You are offline"
      role="status"
      mb="md"
    >
      Meshport shows what it had already loaded. It refreshes when you are back online.
    </Alert>
  );
}
