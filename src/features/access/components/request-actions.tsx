import { Alert, Button, Group } from '@mantine/core';
import { useState } from 'react';
import type { AccessRequest, Principal } from '@/catalog/api-schemas';
import { pendingLevel } from '@/catalog/access/access-requests';
import { isAmong } from '@/catalog/access/approvers';
import { canEditTeam } from '@/catalog/access/permissions';
import { useDecideAccess } from '../api/use-access-actions';
import { DecisionModal } from './decision-modal';

/**
 * The decisions the viewer can take on a request. They are offered to whom the API would allow;
 * the API decides anyway, and its refusal is shown as it says it.
 */
export function RequestActions({ request, me }: { request: AccessRequest; me: Principal }) {
  const decide = useDecideAccess();
  const [asking, setAsking] = useState<'reject' | 'revoke' | null>(null);
  const level = pendingLevel(request.status);
  const approvers =
    level === 1 ? request.approvers.level1 : level === 2 ? request.approvers.level2 : [];
  const mine = request.requester.id === me.id;
  const approved = request.approvals.some((approval) => approval.by.id === me.id);
  const canDecide = level !== null && !mine && !approved && isAmong(me, approvers);
  const canCancel = level !== null && mine;
  const canRevoke = request.status === 'granted' && canEditTeam(me, request.ownerTeam);
  const what = `${request.role} on ${request.productName} / ${request.portName} for ${request.grantee.name}`;

  return (
    <>
      <Group gap="sm">
        {canDecide ? (
          <>
            <Button
              loading={decide.isPending && decide.variables?.action === 'approve'}
              onClick={() => decide.mutate({ id: request.id, action: 'approve' })}
              aria-label={`Approve ${what}`}
            >
              Approve
            </Button>
            <Button
              variant="default"
              onClick={() => setAsking('reject')}
              aria-label={`Reject ${what}`}
            >
              Reject
            </Button>
          </>
        ) : null}
        {canCancel ? (
          <Button
            variant="default"
            loading={decide.isPending}
            onClick={() => decide.mutate({ id: request.id, action: 'cancel' })}
          >
            Cancel request
          </Button>
        ) : null}
        {canRevoke ? (
          <Button variant="light" color="red" onClick={() => setAsking('revoke')}>
            Revoke access
          </Button>
        ) : null}
      </Group>
      {decide.error && !asking ? (
        <Alert color="red" variant="light" role="alert" mt="sm">
          {decide.error.message}
        </Alert>
      ) : null}
      {asking ? (
        <DecisionModal
          opened
          title={asking === 'reject' ? 'Reject the request' : 'Revoke access'}
          description={
            asking === 'reject'
              ? `${request.requester.name} asked for ${what}. Say why it is rejected.`
              : `${request.grantee.name} loses ${request.role} on ${request.productName} / ${request.portName} at once.`
          }
          confirmLabel={asking === 'reject' ? 'Reject' : 'Revoke access'}
          pending={decide.isPending}
          error={decide.error?.message ?? null}
          onConfirm={(reason) =>
            decide.mutate(
              { id: request.id, action: asking, reason },
              { onSuccess: () => setAsking(null) },
            )
          }
          onClose={() => {
            decide.reset();
            setAsking(null);
          }}
        />
      ) : null}
    </>
  );
}
