import { Anchor, Breadcrumbs, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { accessQueries } from '@/api/access-requests';
import { identityQueries } from '@/api/identity';
import { ErrorState } from '@/components/error-state';
import { RequestActions } from './request-actions';
import { RequestDetailSkeleton } from './request-skeletons';
import { RequestSummary } from './request-summary';
import { RequestTimeline } from './request-timeline';

/** One request: where it stands, its whole history, and what the viewer may decide. */
export function RequestDetailPage({ id }: { id: string }) {
  const detail = useQuery(accessQueries.detail(id));
  const me = useQuery(identityQueries.me());
  // Who the viewer is decides which actions the page offers, so both are needed.
  const failed = detail.isError ? detail : me.isError ? me : null;
  if (failed) {
    return (
      <ErrorState
        title="This request could not be shown"
        message={failed.error?.message ?? ''}
        onRetry={() => {
          if (detail.isError) void detail.refetch();
          if (me.isError) void me.refetch();
        }}
      />
    );
  }
  if (!detail.data || !me.data) return <RequestDetailSkeleton />;
  const { request, timeline } = detail.data;
  return (
    <Stack gap="lg" maw={900}>
      <title>{`Access request · ${request.productName} · Meshport`}</title>
      <Breadcrumbs aria-label="Breadcrumb">
        <Anchor component={Link} to="/access/requests">
          My requests
        </Anchor>
        <Text span aria-current="page">
          {request.productName} / {request.portName}
        </Text>
      </Breadcrumbs>
      <Title order={1}>Access request</Title>
      <Paper withBorder p="md">
        <Stack gap="md">
          <RequestSummary request={request} headingLevel={2} />
          <Text size="sm">
            Approved by {request.approvers.level1.join(' or ')}
            {request.approvers.level2.length
              ? `, then by ${request.approvers.level2.join(' or ')}`
              : ''}
            .
          </Text>
          <RequestActions request={request} me={me.data} />
        </Stack>
      </Paper>
      <Stack gap="sm" component="section" aria-labelledby="history-heading">
        <Title order={2} size="h3" id="history-heading">
          History
        </Title>
        <RequestTimeline request={request} events={timeline} />
      </Stack>
    </Stack>
  );
}
