import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { IngestionTokenPayload } from '@/catalog/service-level-schemas';
import { useRevokeIngestionToken } from '../api/use-token-actions';

/** Asks before revoking: pipelines that present the token are refused from that moment on. */
export function RevokeTokenDialog({
  token,
  onClose,
}: {
  token: IngestionTokenPayload;
  onClose: () => void;
}) {
  const revoke = useRevokeIngestionToken();
  return (
    <Modal opened onClose={onClose} title={`Revoke the token ${token.name}?`} centered>
      <Stack gap="md">
        <Text size="sm">
          Pipelines of {token.team} that send observations with the token starting{' '}
          <Text span ff="monospace">
            {token.prefix}…
          </Text>{' '}
          are refused from now on. This cannot be undone; create a new token to reconnect them.
        </Text>
        {revoke.error ? (
          <Alert color="red" variant="light" role="alert" title="The token was not revoked">
            {revoke.error.message}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            Keep it
          </Button>
          <Button
            color="red"
            loading={revoke.isPending}
            onClick={() => revoke.mutate(token.id, { onSuccess: onClose })}
          >
            Revoke token
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
