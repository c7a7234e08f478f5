import '@mantine/charts/styles.css';
import { BarChart, LineChart } from '@mantine/charts';
import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ServiceLevelOverview } from '@/catalog/service-level-schemas';
import { weekLabel } from '../lib/trend-rows';

/**
 * The portfolio's trend charts (Recharts through Mantine). This module is loaded only when the
 * trends are shown, so no other page pays for the chart library. The charts are pictures of the
 * table beside them: screen readers get the table, not the SVG.
 */
export default function TrendCharts({ weeks }: { weeks: ServiceLevelOverview['weeks'] }) {
  const data = weeks.map((week) => ({
    week: weekLabel(week.from),
    attainment: week.attainment === null ? null : Math.round(week.attainment * 10_000) / 100,
    downtime: Math.round((week.downtimeMinutes / 60) * 10) / 10,
    opened: week.opened,
    resolved: week.resolved,
  }));
  const known = data.flatMap((row) => (row.attainment === null ? [] : [row.attainment]));
  const floor = Math.max(0, Math.floor(Math.min(99, ...known)) - 1);
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} aria-hidden>
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          Attainment per week (%)
        </Text>
        <LineChart
          h={200}
          data={data}
          dataKey="week"
          series={[{ name: 'attainment', label: 'Attainment', color: 'blue.6' }]}
          yAxisProps={{ domain: [floor, 100] }}
          connectNulls={false}
          curveType="linear"
          withDots
          lineChartProps={{ accessibilityLayer: false }}
        />
      </Stack>
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          Data downtime per week (hours)
        </Text>
        <BarChart
          h={200}
          data={data}
          dataKey="week"
          series={[{ name: 'downtime', label: 'Downtime (h)', color: 'orange.6' }]}
          barChartProps={{ accessibilityLayer: false }}
        />
      </Stack>
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          Incidents opened and resolved per week
        </Text>
        <BarChart
          h={200}
          data={data}
          dataKey="week"
          withLegend
          series={[
            { name: 'opened', label: 'Opened', color: 'red.6' },
            { name: 'resolved', label: 'Resolved', color: 'teal.6' },
          ]}
          barChartProps={{ accessibilityLayer: false }}
        />
      </Stack>
    </SimpleGrid>
  );
}
