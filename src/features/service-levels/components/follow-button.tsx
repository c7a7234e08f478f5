import { Alert, Button, Group, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconBell, IconBellCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { SubscriptionTarget } from '@/api/subscriptions';
import { isSameTarget, subscriptionQueries } from '@/api/subscriptions';
import { describeFailure, useSubscriptionToggle } from '../lib/use-subscription-toggle';

interface FollowButtonProps {
  target: SubscriptionTarget;
  /** The product's or domain's name, for the list and for messages. */
  name: string;
  /** The button's words when not followed, "Follow" or "Follow Sales" ("Following …" when it is). */
  label?: string;
  /** Where there is no room for the explanation beside it: in a tooltip (and for screen readers). */
  compact?: boolean;
}

/**
 * A toggle (`aria-pressed`) to follow a product or a domain: its followers are notified when an
 * incident opens on it (a promise breached) and when it is resolved (recovered). The state is in
 * the words and the icon, not only in the colour.
 */
export function FollowButton({
  target,
  name,
  label = 'Follow',
  compact = false,
}: FollowButtonProps) {
  const descriptionId = useId();
  const list = useQuery(subscriptionQueries.list());
  const toggle = useSubscriptionToggle();
  const following = Boolean(list.data?.items.some((item) => isSameTarget(item, target)));
  const description =
    target.kind === 'domain'
      ? 'Get notified when any of its products breaches or recovers'
      : 'Get notified when it breaches or recovers';

  const button = (
    <Button
      size={compact ? 'sm' : 'xs'}
      variant={following ? 'light' : 'default'}
      aria-pressed={following}
      aria-describedby={descriptionId}
      leftSection={
        following ? <IconBellCheck size={16} aria-hidden /> : <IconBell size={16} aria-hidden />
      }
      disabled={!list.data}
      onClick={() => toggle.mutate({ target, name, follow: !following })}
    >
      {following ? label.replace(/^Follow\b/, 'Following') : label}
    </Button>
  );

  return (
    <Stack gap={4} align="flex-start">
      {compact ? (
        <>
          <Tooltip
            label={description}
            withArrow
            multiline
            maw={260}
            events={{ hover: true, focus: true, touch: true }}
          >
            {button}
          </Tooltip>
          <VisuallyHidden id={descriptionId}>{description}.</VisuallyHidden>
        </>
      ) : (
        <Group gap="xs" wrap="wrap">
          {button}
          <Text size="sm" c="dimmed" id={descriptionId}>
            {description}.
          </Text>
        </Group>
      )}
      {list.isError ? (
        <Text size="sm" role="status">
          What you follow could not be loaded: {list.error.message}
        </Text>
      ) : null}
      {toggle.isError ? (
        <Alert color="red" variant="light" role="alert" p="xs" maw={420}>
          {describeFailure(toggle.variables, toggle.error)}
        </Alert>
      ) : null}
    </Stack>
  );
}
