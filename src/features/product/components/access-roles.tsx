import { Table, Text } from '@mantine/core';
import type { OdcsRole } from '@/catalog/standards/odcs';

/** Who may read or write through this port, and who approves a request for each role. */
export function AccessRoles({
  roles,
  ownerTeam,
}: {
  roles: readonly OdcsRole[];
  ownerTeam: string | null;
}) {
  if (roles.length === 0) {
    return (
      <Text c="dimmed">
        The contract defines no roles: access is a default read role, approved by{' '}
        {ownerTeam ? `the owner team (${ownerTeam})` : 'the owner team'}.
      </Text>
    );
  }
  return (
    <Table withTableBorder verticalSpacing="xs">
      <Table.Caption>Access roles and their approvers</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Role</Table.Th>
          <Table.Th scope="col">Access</Table.Th>
          <Table.Th scope="col">First approval</Table.Th>
          <Table.Th scope="col">Second approval</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {roles.map((role) => (
          <Table.Tr key={role.role}>
            <Table.Th scope="row" fw={400}>
              <Text size="sm" ff="monospace" fw={600}>
                {role.role}
              </Text>
              {role.description ? (
                <Text size="xs" c="dimmed">
                  {role.description}
                </Text>
              ) : null}
            </Table.Th>
            <Table.Td>{role.access ?? 'read'}</Table.Td>
            <Table.Td>{role.firstLevelApprovers || ownerTeam || '—'}</Table.Td>
            <Table.Td>
              {role.secondLevelApprovers && role.secondLevelApprovers !== 'na'
                ? role.secondLevelApprovers
                : 'Not needed'}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
