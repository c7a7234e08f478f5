import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface ErrorStateProps {
  title: string;
  message: string;
  onRetry?: () => void;
  actions?: ReactNode;
}

/** A failure the user can act on: what happened, and a way to try again or go elsewhere. */
export function ErrorState({ title, message, onRetry, actions }: ErrorStateProps) {
  return (
    <Stack gap="md" maw={640} py="lg">
      <Title order={1} size="h2">
        {title}
      </Title>
      <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
        <Text size="sm">{message}</Text>
      </Alert>
      <Group gap="sm">
        {onRetry ? <Button onClick={onRetry}>Try again</Button> : null}
        {actions}
      </Group>
    </Stack>
  );
}
