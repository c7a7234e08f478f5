import { Box, Button, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { lazy, Suspense, useId, useState } from 'react';
import type { SloEvaluationPayload } from '@/catalog/service-level-schemas';
import { formatDay, timelineWords } from '../../lib/product-slo-view';
import { formatShare } from '../../lib/service-level-words';

const SloTimelineChart = lazy(() => import('./slo-timeline-chart'));

interface SloTimelineProps {
  slo: SloEvaluationPayload;
  /** "Latency of orders", for the table's caption. */
  name: string;
}

/** The window day by day: a chart, the same in a sentence, and as a table on request. */
export function SloTimeline({ slo, name }: SloTimelineProps) {
  const [asTable, setAsTable] = useState(false);
  const tableId = useId();
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>
          Attainment per day
        </Text>
        <Button
          variant="subtle"
          size="compact-xs"
          aria-expanded={asTable}
          aria-controls={asTable ? tableId : undefined}
          onClick={() => setAsTable((shown) => !shown)}
        >
          {asTable ? 'Show as chart' : 'Show as table'}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {timelineWords(slo)}
      </Text>
      {asTable ? (
        // A focusable region, so keyboard users can scroll the thirty days.
        <Box
          id={tableId}
          style={{ overflow: 'auto', maxHeight: 320 }}
          tabIndex={0}
          role="region"
          aria-label={`Attainment per day of ${name}`}
        >
          <Table miw={320} striped withTableBorder verticalSpacing={4} fz="xs" captionSide="top">
            <Table.Caption>Attainment per day of {name}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Day (UTC)</Table.Th>
                <Table.Th scope="col">Good</Table.Th>
                <Table.Th scope="col">Bad</Table.Th>
                <Table.Th scope="col">Attainment</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {slo.daily.map((day) => (
                <Table.Tr key={day.day}>
                  <Table.Th scope="row" fw={400}>
                    {formatDay(day.day)}
                  </Table.Th>
                  <Table.Td>{day.good}</Table.Td>
                  <Table.Td>{day.bad}</Table.Td>
                  <Table.Td>
                    {formatShare(day.attainment)}
                    {day.attainment !== null && day.attainment < slo.target
                      ? ' (below target)'
                      : ''}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Box>
      ) : (
        <Suspense fallback={<Skeleton height={160} />}>
          <SloTimelineChart slo={slo} />
        </Suspense>
      )}
    </Stack>
  );
}
