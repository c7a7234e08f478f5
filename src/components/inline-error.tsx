import { Button, Group, Text } from '@mantine/core';

/**
 * A part of a page that could not be loaded while the rest could: the reason, in the error
 * colour, and a way to ask again without reloading the page.
 */
export function InlineError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <Group gap="sm" role="alert">
      <Text size="sm" c="var(--mantine-color-error)">
        {message}
      </Text>
      <Button size="compact-sm" variant="default" onClick={onRetry}>
        Try again
      </Button>
    </Group>
  );
}
