import { Alert, Anchor, Button, Group, Modal, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { accessQueries } from '@/api/access-requests';
import { identityQueries } from '@/api/identity';
import type { AccessRequest, ProductDetail } from '@/catalog/api-schemas';
import { canEditTeam } from '@/catalog/access/permissions';
import { InlineError } from '@/components/inline-error';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { ApiError } from '@/lib/api-client';
import { accessDraftKey, readAccessDraft } from '../lib/access-draft';
import { formatDay, portAccess } from '../lib/port-access';
import { AccessStatusBadge } from './access-status-badge';
import { ConsumersList } from './consumers-list';
import { RequestAccessForm } from './request-access-form';

/**
 * The viewer's access to one output port, with the action that fits: request it, follow the
 * request, or renew it. Owners also see who has access.
 */
export function PortAccess({ detail, portName }: { detail: ProductDetail; portName: string }) {
  const me = useQuery(identityQueries.me());
  const mine = useQuery(accessQueries.mine(detail.document.id));
  const [requesting, setRequesting] = useState(false);
  const [sent, setSent] = useState<AccessRequest[] | null>(null);
  // The button that opened the form is gone once the request is pending: keyboard and screen
  // reader users continue from the confirmation instead of the top of the page.
  const sentRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (sent) sentRef.current?.focus();
  }, [sent]);
  const failed = mine.isError ? mine : me.isError ? me : null;
  // Someone not signed in is asked to sign in by the layout; there is no access to show yet.
  if ([me.error, mine.error].some((error) => error instanceof ApiError && error.needsSignIn))
    return null;
  if (failed) {
    return (
      <InlineError
        message={`Your access to ${portName} could not be checked: ${failed.error?.message ?? ''}`}
        onRetry={() => {
          if (mine.isError) void mine.refetch();
          if (me.isError) void me.refetch();
        }}
      />
    );
  }
  if (!me.data || !mine.data) {
    return (
      <LoadingSkeleton label={`Loading your access to ${portName}`}>
        <Skeleton height={46} radius="md" />
      </LoadingSkeleton>
    );
  }

  const access = portAccess(mine.data.items, portName, new Date());
  const request = access.state === 'none' ? undefined : access.request;
  const link = request ? (
    <Anchor component={Link} to={`/access/requests/${request.id}`} size="sm">
      View request
    </Anchor>
  ) : null;
  let summary: string;
  switch (access.state) {
    case 'none':
      summary = 'You have no access to this port.';
      break;
    case 'pending':
      summary = `You asked for ${access.request.role}; the request is ${access.request.status === 'submitted' ? 'waiting for its first approval' : 'waiting for its second approval'}.`;
      break;
    case 'granted':
    case 'expiring':
      summary = `You have ${access.request.role}, granted until ${formatDay(access.request.expiresAt ?? access.request.requestedUntil)}.`;
      break;
    default:
      summary = `Your request for ${access.request.role} was ${access.state}${access.request.reason ? `: ${access.request.reason}` : '.'}`;
  }
  const canRequest = access.state !== 'pending' && access.state !== 'granted';
  // After a reload the dialog is closed; the button says the unsent request is still there.
  const draft = readAccessDraft(accessDraftKey(me.data.id, detail.document.id));
  const requestLabel = draft?.ports[portName]
    ? 'Continue your request'
    : access.state === 'expiring'
      ? 'Renew access'
      : access.state === 'none'
        ? 'Request access'
        : 'Request again';

  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      aria-label={`Your access to ${portName}`}
      component="section"
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="sm">
          <Group gap="sm">
            {request ? <AccessStatusBadge status={request.status} /> : null}
            <Text size="sm">{summary}</Text>
            {access.state === 'expiring' ? (
              <Text size="sm" fw={600}>
                It ends soon.
              </Text>
            ) : null}
          </Group>
          <Group gap="sm">
            {link}
            {canRequest ? (
              <Button size="xs" onClick={() => setRequesting(true)}>
                {requestLabel}
              </Button>
            ) : null}
          </Group>
        </Group>
        {sent ? (
          <Alert
            ref={sentRef}
            tabIndex={-1}
            color="teal"
            variant="light"
            role="status"
            withCloseButton
            onClose={() => setSent(null)}
            closeButtonLabel="Dismiss"
          >
            {sent.length === 1
              ? 'Your request was sent to its approvers.'
              : `${sent.length} requests were sent to their approvers.`}{' '}
            <Anchor component={Link} to="/access/requests" size="sm">
              Follow your requests
            </Anchor>
          </Alert>
        ) : null}
        {canEditTeam(me.data, detail.document.team?.name) ? (
          <ConsumersList productId={detail.document.id} portName={portName} />
        ) : null}
      </Stack>
      <Modal
        opened={requesting}
        onClose={() => setRequesting(false)}
        title={`Request access to ${detail.document.name ?? detail.document.id}`}
        size="lg"
      >
        <RequestAccessForm
          detail={detail}
          me={me.data}
          initialPort={portName}
          onCancel={() => setRequesting(false)}
          onDone={(created) => {
            setRequesting(false);
            setSent(created);
          }}
        />
      </Modal>
    </Paper>
  );
}
