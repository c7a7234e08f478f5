import { Anchor, Group, Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ServiceLevelOverview } from '@/catalog/service-level-schemas';
import { formatNumber } from '@/catalog/readable-values';
import { portfolioLink } from '../lib/portfolio-params';
import { SloStatusBadge } from '@/components/slo-status-badge';

type Row = ServiceLevelOverview['byDomain'][number];

/** How many rows each rollup shows; the rest are one filter away. */
const rowsShown = 12;

function Rollup({
  title,
  rows,
  link,
}: {
  title: string;
  rows: Row[];
  link: (name: string) => string;
}) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={`rollup-${title}`}>
      <Title order={3} size="h4" id={`rollup-${title}`} mb="xs">
        By {title}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          No products.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={420}>
          <Table aria-labelledby={`rollup-${title}`} verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{title === 'domain' ? 'Domain' : 'Team'}</Table.Th>
                <Table.Th scope="col">Products</Table.Th>
                <Table.Th scope="col">Breached · at risk · met</Table.Th>
                <Table.Th scope="col">Open incidents</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.slice(0, rowsShown).map((row) => (
                <Table.Tr key={row.name ?? ''}>
                  <Table.Td>
                    {row.name ? (
                      <Anchor component={Link} to={link(row.name)} size="sm">
                        {row.name}
                      </Anchor>
                    ) : (
                      <Text size="sm">(none)</Text>
                    )}
                  </Table.Td>
                  <Table.Td>{formatNumber(row.total)}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {row.counts.breached > 0 ? (
                        <SloStatusBadge
                          status="breached"
                          label={formatNumber(row.counts.breached)}
                          size="xs"
                        />
                      ) : null}
                      {row.counts.atRisk > 0 ? (
                        <SloStatusBadge
                          status="atRisk"
                          label={formatNumber(row.counts.atRisk)}
                          size="xs"
                        />
                      ) : null}
                      <SloStatusBadge status="met" label={formatNumber(row.counts.met)} size="xs" />
                    </Group>
                  </Table.Td>
                  <Table.Td>{formatNumber(row.openIncidents)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {rows.length > rowsShown ? (
        <Text size="xs" c="dimmed" mt="xs">
          The {rowsShown} worst of {formatNumber(rows.length)}; filter by {title} for the others.
        </Text>
      ) : null}
    </Paper>
  );
}

/** Domains and teams, worst first, each linking to the portfolio narrowed to it. */
export function PortfolioRollups({ overview }: { overview: ServiceLevelOverview }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Rollup
        title="domain"
        rows={overview.byDomain}
        link={(name) => portfolioLink({ domain: [name] })}
      />
      <Rollup
        title="team"
        rows={overview.byTeam}
        link={(name) => portfolioLink({ team: [name] })}
      />
    </SimpleGrid>
  );
}
