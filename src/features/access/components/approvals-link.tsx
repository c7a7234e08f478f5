import { Anchor, Badge, Group } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { accessQueries } from '@/api/access-requests';

/** The header's link to the approvals inbox, with how many requests wait. */
export function ApprovalsLink() {
  const inbox = useQuery(accessQueries.inbox());
  const waiting = inbox.data?.items.length ?? 0;
  return (
    <Anchor
      component={Link}
      to="/access/approvals"
      size="sm"
      fw={500}
      aria-label={waiting ? `Approvals, ${waiting} waiting` : 'Approvals'}
    >
      <Group gap={4} wrap="nowrap" component="span">
        Approvals
        {waiting ? (
          <Badge size="sm" circle color="red" variant="filled" aria-hidden>
            {waiting}
          </Badge>
        ) : null}
      </Group>
    </Anchor>
  );
}
