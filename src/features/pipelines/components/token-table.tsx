import { Badge, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import type { IngestionTokenPayload } from '@/catalog/service-level-schemas';
import { formatAge } from '@/lib/format-age';

interface TokenTableProps {
  tokens: readonly IngestionTokenPayload[];
  /** Whether the viewer may revoke this token (owners of its team, admins). */
  mayRevoke: (token: IngestionTokenPayload) => boolean;
  onRevoke: (token: IngestionTokenPayload) => void;
}

const day = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
const moment = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** The tokens pipelines present; live ones first, then the revoked, newest first in each. */
export function TokenTable({ tokens, mayRevoke, onRevoke }: TokenTableProps) {
  const sorted = [...tokens].sort(
    (a, b) =>
      Number(a.revokedAt !== null) - Number(b.revokedAt !== null) ||
      b.createdAt.localeCompare(a.createdAt),
  );
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped aria-label="Ingestion tokens" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Team</Table.Th>
            <Table.Th scope="col">Starts with</Table.Th>
            <Table.Th scope="col">Created</Table.Th>
            <Table.Th scope="col">Last used</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((token) => (
            <Table.Tr key={token.id}>
              <Table.Th scope="row" fw={500}>
                {token.name}
              </Table.Th>
              <Table.Td>{token.team}</Table.Td>
              <Table.Td>
                <Text span ff="monospace" size="sm">
                  {token.prefix}…
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{day.format(new Date(token.createdAt))}</Text>
                <Text size="xs" c="dimmed">
                  by {token.createdBy.name}
                </Text>
              </Table.Td>
              <Table.Td>
                {token.lastUsedAt ? (
                  <time
                    dateTime={token.lastUsedAt}
                    title={moment.format(new Date(token.lastUsedAt))}
                  >
                    {formatAge(token.lastUsedAt)}
                  </time>
                ) : (
                  'never'
                )}
              </Table.Td>
              <Table.Td>
                {token.revokedAt ? (
                  <>
                    <Badge color="gray" variant="light" tt="none">
                      revoked
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {day.format(new Date(token.revokedAt))}
                    </Text>
                  </>
                ) : (
                  <Badge color="teal" variant="light" tt="none">
                    live
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {!token.revokedAt && mayRevoke(token) ? (
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => onRevoke(token)}
                    aria-label={`Revoke the token ${token.name} of ${token.team}`}
                  >
                    Revoke
                  </Button>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
