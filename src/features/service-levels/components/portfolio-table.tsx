import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ServiceLevelSummaryPayload } from '@/catalog/service-level-schemas';
import type { SloStatus } from '@/catalog/service-levels/service-level-types';
import { formatNumber } from '@/catalog/readable-values';
import { kindLabels } from '../lib/service-level-words';
import { AttainmentSparkline } from './attainment-sparkline';
import { BudgetBar } from './budget-bar';
import { SloStatusBadge } from '@/components/slo-status-badge';

/** At most this many chips per product; the rest are counted. */
const chipsShown = 6;
const severity: Record<SloStatus, number> = {
  breached: 0,
  atRisk: 1,
  noData: 2,
  met: 3,
  declared: 4,
};

/** One chip per SLO kind, with the worst status among that kind's SLOs (worst first). */
export function chipsOf(slos: ServiceLevelSummaryPayload['slos']) {
  const byKind = new Map<string, { label: string; status: SloStatus; count: number }>();
  for (const slo of slos) {
    if (slo.kind === null) continue;
    const label = kindLabels[slo.kind];
    const known = byKind.get(label);
    if (!known) byKind.set(label, { label, status: slo.status, count: 1 });
    else {
      known.count += 1;
      if (severity[slo.status] < severity[known.status]) known.status = slo.status;
    }
  }
  return [...byKind.values()].sort(
    (a, b) => severity[a.status] - severity[b.status] || a.label.localeCompare(b.label),
  );
}

/** The portfolio's rows: one product each, with its SLOs as chips, budget and 30 days. */
export function PortfolioTable({ items }: { items: ServiceLevelSummaryPayload[] }) {
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table
        verticalSpacing="sm"
        highlightOnHover
        aria-label="Products and how they keep their service levels"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Product</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">SLOs</Table.Th>
            <Table.Th scope="col">Error budget</Table.Th>
            <Table.Th scope="col">Last 30 days</Table.Th>
            <Table.Th scope="col">Open incidents</Table.Th>
            <Table.Th scope="col">Team</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const chips = chipsOf(item.slos);
            const declared = item.slos.filter((slo) => slo.kind === null).length;
            return (
              <Table.Tr key={item.productId}>
                <Table.Td>
                  <Stack gap={2}>
                    <Anchor
                      component={Link}
                      to={`/products/${encodeURIComponent(item.productId)}/service-levels`}
                      fw={600}
                    >
                      {item.name}
                    </Anchor>
                    {item.domain ? (
                      <Text size="xs" c="dimmed">
                        {item.domain}
                      </Text>
                    ) : null}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <SloStatusBadge status={item.status} />
                </Table.Td>
                <Table.Td>
                  <Group gap={4} maw={320}>
                    {chips.slice(0, chipsShown).map((chip) => (
                      <SloStatusBadge
                        key={chip.label}
                        status={chip.status}
                        label={chip.count > 1 ? `${chip.label} ×${chip.count}` : chip.label}
                        size="xs"
                      />
                    ))}
                    {chips.length > chipsShown ? (
                      <Text size="xs">+{chips.length - chipsShown} more</Text>
                    ) : null}
                    {chips.length === 0 ? (
                      <Text size="xs" c="dimmed">
                        {declared > 0 ? `${declared} declared, not measured` : 'No SLOs'}
                      </Text>
                    ) : null}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <BudgetBar value={item.worstBudget} label={item.name} />
                </Table.Td>
                <Table.Td>
                  <AttainmentSparkline series={item.attainmentSeries} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={item.openIncidents > 0 ? 700 : 400}>
                    {formatNumber(item.openIncidents)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{item.team ?? '—'}</Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
