import { Anchor, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { AccessRequest } from '@/catalog/api-schemas';
import { formatDay } from '../lib/port-access';
import { AccessStatusBadge } from './access-status-badge';

/** A request at a glance: what, for whom, why, until when, and where it stands. */
export function RequestSummary({
  request,
  headingLevel = 3,
}: {
  request: AccessRequest;
  headingLevel?: 2 | 3;
}) {
  return (
    <Stack gap={4}>
      <Group gap="sm">
        <Text component={`h${headingLevel}`} fw={600} m={0} size="md">
          <Anchor component={Link} to={`/access/requests/${request.id}`} inherit>
            {request.role} on {request.productName} / {request.portName}
          </Anchor>
        </Text>
        <AccessStatusBadge status={request.status} />
      </Group>
      <Text size="sm">
        For{' '}
        {request.grantee.kind === 'user'
          ? request.grantee.name
          : `${request.grantee.kind} ${request.grantee.name}`}
        , asked by {request.requester.name} on {formatDay(request.createdAt)}; {request.access}{' '}
        access until {formatDay(request.expiresAt ?? request.requestedUntil)}
      </Text>
      <Text size="sm" c="dimmed">
        Purpose: {request.purpose}
      </Text>
      {request.reason ? <Text size="sm">Reason given: {request.reason}</Text> : null}
    </Stack>
  );
}
