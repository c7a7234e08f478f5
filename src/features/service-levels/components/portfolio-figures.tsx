import { Paper, SimpleGrid, Skeleton, Text } from '@mantine/core';
import type { ServiceLevelOverview } from '@/catalog/service-level-schemas';
import { formatNumber } from '@/catalog/readable-values';
import { formatMinutes } from '../lib/service-level-words';

type Metrics = ServiceLevelOverview['month'];

/** "12 min less than last month" / "same as last month"; nothing to compare → the last figure. */
export function compareMinutes(now: number | null, before: number | null): string {
  if (before === null) return 'no incidents last month';
  if (now === null) return `${formatMinutes(before)} last month`;
  const difference = now - before;
  if (Math.abs(difference) < 0.5) return 'same as last month';
  return `${formatMinutes(Math.abs(difference))} ${difference < 0 ? 'less' : 'more'} than last month`;
}

function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <Paper withBorder p="md" radius="md" component="div" role="group" aria-label={label}>
      <Text size="sm" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2}>
        {value}
      </Text>
      {detail ? (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      ) : null}
    </Paper>
  );
}

/** The mesh at a glance, for what the filters match: statuses, incidents, and how fast they end. */
export function PortfolioFigures({ overview }: { overview: ServiceLevelOverview | undefined }) {
  if (!overview) {
    return (
      <SimpleGrid cols={{ base: 2, sm: 4 }} aria-hidden>
        {Array.from({ length: 8 }, (_, index) => (
          <Skeleton key={index} height={96} radius="md" />
        ))}
      </SimpleGrid>
    );
  }
  const { counts, month, previousMonth } = overview;
  const share = (count: number) =>
    overview.total === 0
      ? ''
      : `${Math.round((count / overview.total) * 100)} % of ${formatNumber(overview.total)}`;
  const before = (metrics: Metrics) => metrics.count > 0;
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} component="section" aria-label="The mesh at a glance">
      <Figure
        label="Meeting every SLO"
        value={formatNumber(counts.met)}
        detail={share(counts.met)}
      />
      <Figure label="At risk" value={formatNumber(counts.atRisk)} detail={share(counts.atRisk)} />
      <Figure
        label="Breached"
        value={formatNumber(counts.breached)}
        detail={share(counts.breached)}
      />
      <Figure
        label="Without data"
        value={formatNumber(counts.noData + counts.declared)}
        detail={
          counts.declared > 0
            ? `${formatNumber(counts.declared)} with declared promises only`
            : share(counts.noData)
        }
      />
      <Figure
        label="Open incidents"
        value={formatNumber(overview.openIncidents)}
        detail={`${formatNumber(month.opened)} opened this month, ${formatNumber(month.resolved)} resolved`}
      />
      <Figure
        label="Data downtime this month"
        value={
          formatMinutes(month.downtimeMinutes) === '0 min'
            ? 'none'
            : formatMinutes(month.downtimeMinutes)
        }
        detail={
          before(previousMonth)
            ? `${formatMinutes(previousMonth.downtimeMinutes)} last month`
            : 'none last month'
        }
      />
      <Figure
        label="Mean time to detect"
        value={formatMinutes(month.meanTimeToDetectMinutes)}
        detail={compareMinutes(
          month.meanTimeToDetectMinutes,
          previousMonth.meanTimeToDetectMinutes,
        )}
      />
      <Figure
        label="Mean time to resolve"
        value={formatMinutes(month.meanTimeToResolveMinutes)}
        detail={compareMinutes(
          month.meanTimeToResolveMinutes,
          previousMonth.meanTimeToResolveMinutes,
        )}
      />
    </SimpleGrid>
  );
}
