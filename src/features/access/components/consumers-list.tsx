import { Button, Group, List, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { accessQueries } from '@/api/access-requests';
import type { AccessRequest } from '@/catalog/api-schemas';
import { InlineError } from '@/components/inline-error';
import { useDecideAccess } from '../api/use-access-actions';
import { formatDay } from '../lib/port-access';
import { DecisionModal } from './decision-modal';

/** For owners: who has access to this port now, each grant revocable with a reason. */
export function ConsumersList({ productId, portName }: { productId: string; portName: string }) {
  const consumers = useQuery(accessQueries.consumers(productId));
  const [revoking, setRevoking] = useState<AccessRequest | null>(null);
  const decide = useDecideAccess();
  if (consumers.isError)
    return (
      <InlineError
        message={`The consumers of ${portName} could not be loaded: ${consumers.error.message}`}
        onRetry={() => void consumers.refetch()}
      />
    );
  if (!consumers.data) return null;
  const grants = consumers.data.grants.filter((grant) => grant.portName === portName);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        Consumers of {portName}
      </Text>
      {grants.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nobody has been granted access to this port.
        </Text>
      ) : (
        <List spacing={4} listStyleType="none" p={0} aria-label={`Consumers of ${portName}`}>
          {grants.map((grant) => (
            <List.Item key={grant.id}>
              <Group gap="sm" wrap="nowrap">
                <Text size="sm">
                  {grant.grantee.name} ({grant.grantee.kind}) · {grant.role} · until{' '}
                  {grant.expiresAt ? formatDay(grant.expiresAt) : '—'}
                </Text>
                <Button
                  size="compact-xs"
                  variant="light"
                  color="red"
                  onClick={() => setRevoking(grant)}
                  aria-label={`Revoke access of ${grant.grantee.name} to ${portName}`}
                >
                  Revoke
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {revoking ? (
        <DecisionModal
          opened
          title={`Revoke access of ${revoking.grantee.name}`}
          description={`${revoking.grantee.name} loses ${revoking.role} on ${revoking.productName} / ${revoking.portName} at once.`}
          confirmLabel="Revoke access"
          pending={decide.isPending}
          error={decide.error?.message ?? null}
          onConfirm={(reason) =>
            decide.mutate(
              { id: revoking.id, action: 'revoke', reason },
              { onSuccess: () => setRevoking(null) },
            )
          }
          onClose={() => {
            decide.reset();
            setRevoking(null);
          }}
        />
      ) : null}
    </Stack>
  );
}
