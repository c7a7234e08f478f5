import { Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { accessQueries } from '@/api/access-requests';
import { identityQueries } from '@/api/identity';
import { ErrorState } from '@/components/error-state';
import { formatDay } from '../lib/port-access';
import { RequestActions } from './request-actions';
import { RequestListSkeleton } from './request-skeletons';
import { RequestSummary } from './request-summary';

/** What waits for the viewer's approval, with what each requester already holds. */
export function ApprovalsPage() {
  const inbox = useQuery(accessQueries.inbox());
  const me = useQuery(identityQueries.me());
  // Who the viewer is decides what they may do with each request, so both are needed.
  const failed = inbox.isError ? inbox : me.isError ? me : null;
  if (failed) {
    return (
      <ErrorState
        title="Your approvals could not be loaded"
        message={failed.error?.message ?? ''}
        onRetry={() => {
          if (inbox.isError) void inbox.refetch();
          if (me.isError) void me.refetch();
        }}
      />
    );
  }
  const items = inbox.data?.items ?? [];
  return (
    <Stack gap="lg" maw={960}>
      <title>Approvals · Meshport</title>
      <div>
        <Title order={1}>Approvals</Title>
        <Text c="dimmed">
          Requests that wait for your decision, as an approver named by each role’s contract or as
          the owning team.
        </Text>
      </div>
      {!inbox.data || !me.data ? <RequestListSkeleton label="Loading your approvals" /> : null}
      {inbox.data && items.length === 0 ? <Text>Nothing waits for you.</Text> : null}
      <Stack
        gap="sm"
        component="ul"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label="Requests waiting for you"
      >
        {me.data
          ? items.map((request) => {
              const held = inbox.data?.requesterGrants?.[request.requester.id] ?? [];
              return (
                <Paper component="li" key={request.id} withBorder p="md">
                  <Stack gap="sm">
                    <RequestSummary request={request} />
                    <Text size="sm">
                      {request.approvers.level2.length
                        ? request.status === 'submitted'
                          ? `First of two approvals; then ${request.approvers.level2.join(' or ')}.`
                          : 'Second and last approval.'
                        : 'The only approval needed.'}
                    </Text>
                    <Text size="sm">
                      {request.requester.name} already holds:{' '}
                      {held.length
                        ? held
                            .map(
                              (grant) =>
                                `${grant.role} on ${grant.productName} / ${grant.portName} (until ${formatDay(grant.expiresAt ?? grant.requestedUntil)})`,
                            )
                            .join('; ')
                        : 'no other access'}
                    </Text>
                    <RequestActions request={request} me={me.data} />
                  </Stack>
                </Paper>
              );
            })
          : null}
      </Stack>
    </Stack>
  );
}
