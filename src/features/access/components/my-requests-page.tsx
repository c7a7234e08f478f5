import { Anchor, Button, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { accessQueries } from '@/api/access-requests';
import { identityQueries } from '@/api/identity';
import { pendingStatuses } from '@/catalog/access/access-requests';
import { ErrorState } from '@/components/error-state';
import { RequestActions } from './request-actions';
import { RequestProgress } from './request-progress';
import { RequestListSkeleton } from './request-skeletons';
import { RequestSummary } from './request-summary';

type Show = 'all' | 'pending' | 'granted' | 'ended';

/** Every request the viewer made, newest first, filtered by where they stand. */
export function MyRequestsPage() {
  const requests = useQuery(accessQueries.mine());
  const me = useQuery(identityQueries.me());
  const [show, setShow] = useState<Show>('all');
  if (requests.isError) {
    return (
      <ErrorState
        title="Your requests could not be loaded"
        message={requests.error.message}
        onRetry={() => void requests.refetch()}
      />
    );
  }
  const items = (requests.data?.items ?? []).filter((request) => {
    if (show === 'pending') return pendingStatuses.includes(request.status);
    if (show === 'granted') return request.status === 'granted';
    if (show === 'ended')
      return !pendingStatuses.includes(request.status) && request.status !== 'granted';
    return true;
  });
  return (
    <Stack gap="lg" maw={960}>
      <title>My access requests · Meshport</title>
      <div>
        <Title order={1}>My access requests</Title>
        <Text c="dimmed">
          What you asked for, and where each request stands. Open one to see its history.
        </Text>
      </div>
      <SegmentedControl
        aria-label="Show"
        value={show}
        onChange={(value) => setShow(value as Show)}
        data={[
          { value: 'all', label: 'All' },
          { value: 'pending', label: 'Waiting' },
          { value: 'granted', label: 'Granted' },
          { value: 'ended', label: 'Ended' },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {!requests.data ? <RequestListSkeleton label="Loading your requests" /> : null}
      {requests.data && items.length === 0 ? (
        <Stack gap="xs" align="flex-start">
          <Text>
            {show === 'all' ? 'You have not requested access to anything yet.' : 'No request here.'}
          </Text>
          <Button component={Link} to="/" variant="default">
            Find data products
          </Button>
        </Stack>
      ) : null}
      <Stack
        gap="sm"
        component="ul"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label="Requests"
      >
        {items.map((request) => (
          <Paper component="li" key={request.id} withBorder p="md">
            <Stack gap="sm">
              <RequestSummary request={request} />
              <RequestProgress request={request} />
              {me.data ? <RequestActions request={request} me={me.data} /> : null}
            </Stack>
          </Paper>
        ))}
      </Stack>
      <Text size="sm">
        Approving requests of others? See{' '}
        <Anchor component={Link} to="/access/approvals">
          your approvals
        </Anchor>
        .
      </Text>
    </Stack>
  );
}
