import { Table, Text } from '@mantine/core';
import type { UnmatchedListPayload } from '@/catalog/service-level-schemas';
import { formatAge } from '@/lib/format-age';

type Unmatched = UnmatchedListPayload['items'][number];

const sourceNames: Record<Unmatched['source'], string> = {
  openlineage: 'OpenLineage',
  'datacontract-cli': 'datacontract-cli',
  oors: 'OORS',
};

const moment = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** What pipelines sent that no output port claims, and why: what an admin fixes in contracts. */
export function UnmatchedTable({ items }: { items: readonly Unmatched[] }) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped aria-label="Unmatched datasets" verticalSpacing="xs" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w="22%">
              Reference
            </Table.Th>
            <Table.Th scope="col" w="36%">
              Why it matched no port
            </Table.Th>
            <Table.Th scope="col">Source</Table.Th>
            <Table.Th scope="col">Sender</Table.Th>
            <Table.Th scope="col" w={70}>
              Times
            </Table.Th>
            <Table.Th scope="col">Last received</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={`${item.source}|${item.reference}|${item.sourceName}`}>
              <Table.Th scope="row" fw={500} style={{ overflowWrap: 'anywhere' }}>
                <Text span ff="monospace" size="sm">
                  {item.reference}
                </Text>
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <Text size="sm">{item.reason}</Text>
              </Table.Td>
              <Table.Td>{sourceNames[item.source]}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{item.sourceName}</Table.Td>
              <Table.Td>{item.count.toLocaleString('en')}</Table.Td>
              <Table.Td>
                <time
                  dateTime={item.lastReceivedAt}
                  title={`First received ${moment.format(new Date(item.firstReceivedAt))}`}
                >
                  {formatAge(item.lastReceivedAt)}
                </time>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
