import {
  Box,
  Button,
  Group,
  Paper,
  Skeleton,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import type { ServiceLevelOverview } from '@/catalog/service-level-schemas';
import { formatNumber } from '@/catalog/readable-values';
import { weekLabel } from '../lib/trend-rows';
import { formatMinutes, formatShare } from '../lib/service-level-words';

const TrendCharts = lazy(() => import('./trend-charts'));

/** Thirteen weeks of attainment, downtime and incidents: as charts, or as the table they draw. */
export function PortfolioTrends({ weeks }: { weeks: ServiceLevelOverview['weeks'] }) {
  const [asTable, setAsTable] = useState(false);
  const table = (
    <Table
      miw={520}
      aria-label="Attainment, data downtime and incidents per week"
      verticalSpacing={4}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Week of</Table.Th>
          <Table.Th scope="col">Attainment</Table.Th>
          <Table.Th scope="col">Data downtime</Table.Th>
          <Table.Th scope="col">Incidents opened</Table.Th>
          <Table.Th scope="col">Incidents resolved</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {weeks.map((week) => (
          <Table.Tr key={week.from}>
            <Table.Td>{weekLabel(week.from)}</Table.Td>
            <Table.Td>{formatShare(week.attainment)}</Table.Td>
            <Table.Td>
              {week.downtimeMinutes > 0 ? formatMinutes(week.downtimeMinutes) : 'none'}
            </Table.Td>
            <Table.Td>{formatNumber(week.opened)}</Table.Td>
            <Table.Td>{formatNumber(week.resolved)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="trends-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="trends-title">
          The last 13 weeks
        </Title>
        <Button
          variant="default"
          size="xs"
          aria-pressed={asTable}
          onClick={() => setAsTable(!asTable)}
        >
          {asTable ? 'Show as charts' : 'Show as table'}
        </Button>
      </Group>
      {asTable ? null : (
        <Suspense fallback={<Skeleton height={224} />}>
          <TrendCharts weeks={weeks} />
        </Suspense>
      )}
      {/* The charts' text alternative: always in the page for screen readers, shown on demand. */}
      {asTable ? (
        // A focusable region, so keyboard users can scroll the table sideways on a phone.
        <Box style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label="Weekly trends">
          {table}
        </Box>
      ) : (
        <VisuallyHidden>{table}</VisuallyHidden>
      )}
      {weeks.every((week) => week.attainment === null) ? (
        <Text size="sm" c="dimmed" mt="xs">
          Nothing observed in these weeks yet.
        </Text>
      ) : null}
    </Paper>
  );
}
