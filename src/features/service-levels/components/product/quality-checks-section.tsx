import { List, Stack, Table, Text, Title } from '@mantine/core';
import type { ProductServiceLevels } from '@/catalog/service-level-schemas';
import { checkName, hasData, qualityChecks } from '../../lib/product-slo-view';
import { formatShare } from '../../lib/service-level-words';
import { SloStatusBadge } from '@/components/slo-status-badge';
import { HistoryStrip } from './history-strip';
import { LastObservation } from './last-observation';

interface QualityChecksSectionProps {
  levels: ProductServiceLevels;
  productName: string;
}

/** Every quality rule of the product's contracts, failing first, with its last 30 days. */
export function QualityChecksSection({ levels, productName }: QualityChecksSectionProps) {
  const checks = qualityChecks(levels);
  if (checks.length === 0) return null;
  const anyRun = checks.some(({ slo }) => hasData(slo));
  return (
    <Stack gap="sm" component="section" aria-labelledby="quality-heading">
      <div>
        <Title order={2} size="h3" id="quality-heading">
          Quality checks
        </Title>
        <Text size="sm" c="dimmed">
          {anyRun
            ? 'The rules of the contracts, as test runs report them: failing first.'
            : `${checks.length === 1 ? 'One quality check is' : `${checks.length} quality checks are`} promised; none has reported a result yet.`}
        </Text>
      </div>
      {anyRun ? (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" aria-label={`Quality checks of ${productName}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Check</Table.Th>
                <Table.Th scope="col">Port</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Latest result</Table.Th>
                <Table.Th scope="col">Last 30 days</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {checks.map(({ portName, slo }) => {
                const name = checkName(slo.label);
                return (
                  <Table.Tr key={`${portName}|${slo.sloId}`}>
                    <Table.Th scope="row" fw={500} style={{ overflowWrap: 'anywhere' }}>
                      {slo.promise}
                      {name !== slo.promise ? (
                        <Text span display="block" size="xs" c="dimmed" ff="monospace">
                          {name}
                        </Text>
                      ) : null}
                    </Table.Th>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{portName}</Table.Td>
                    <Table.Td>
                      <SloStatusBadge status={slo.status} />
                      <Text size="xs" c="dimmed">
                        {slo.attainment === null
                          ? `target ${formatShare(slo.target)}`
                          : `${formatShare(slo.attainment)} passed, target ${formatShare(slo.target)}`}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" component="div">
                        <LastObservation slo={slo} />
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <HistoryStrip daily={slo.daily} />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <List size="sm" spacing={2} aria-label={`Quality checks of ${productName}`}>
          {checks.map(({ portName, slo }) => (
            <List.Item key={`${portName}|${slo.sloId}`} style={{ overflowWrap: 'anywhere' }}>
              {slo.promise}{' '}
              <Text span size="xs" c="dimmed">
                ({portName})
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
