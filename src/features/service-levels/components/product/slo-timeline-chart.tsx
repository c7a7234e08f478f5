import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import type { SloEvaluationPayload } from '@/catalog/service-level-schemas';
import { formatDay } from '../../lib/product-slo-view';
import classes from './slo-timeline.module.css';

/**
 * Attainment per day against the target (Recharts through Mantine). Its own module, loaded with
 * `React.lazy` by the timeline only, so no other page pays for the chart library. A picture of
 * the sentence and the table beside it, so screen readers skip it.
 */
export default function SloTimelineChart({ slo }: { slo: SloEvaluationPayload }) {
  const percent = (share: number) => Math.floor(share * 10_000) / 100;
  const data = slo.daily.map((day) => ({
    day: formatDay(day.day),
    attainment: day.attainment === null ? null : percent(day.attainment),
  }));
  const known = data.flatMap((row) => (row.attainment === null ? [] : [row.attainment]));
  const target = percent(slo.target);
  // Close enough to the target to see a miss, never so close that noise looks like a cliff.
  const floor = Math.max(0, Math.floor(Math.min(target - 1, ...known)) - 1);
  return (
    <div className={classes.chart} aria-hidden>
      <LineChart
        h={160}
        data={data}
        dataKey="day"
        series={[{ name: 'attainment', label: 'Attainment', color: 'var(--slo-line)' }]}
        referenceLines={[
          {
            y: target,
            label: `Target ${target} %`,
            color: 'var(--slo-target)',
            strokeDasharray: '4 4',
          },
        ]}
        yAxisProps={{ domain: [floor, 100], width: 44 }}
        xAxisProps={{ minTickGap: 24 }}
        valueFormatter={(value) => `${value} %`}
        connectNulls={false}
        curveType="linear"
        withDots={known.length <= 10}
        gridColor="var(--slo-grid)"
        // Recharts' keyboard layer would make a hidden picture focusable.
        lineChartProps={{ accessibilityLayer: false }}
      />
    </div>
  );
}
