import { Anchor, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { serviceLevelQueries } from '@/api/service-levels';
import { InlineError } from '@/components/inline-error';
import { SloStatusBadge } from '@/components/slo-status-badge';
import { sloStatuses } from '@/catalog/service-levels/service-level-types';
import { statusLabels } from '@/catalog/service-levels/status-words';

/**
 * How the product keeps its promises, in brief: overall and per port, with the way to the
 * full page. Says nothing while loading; the rest of the page never waits for it.
 */
export function ServiceLevelsBrief({ productId }: { productId: string }) {
  const levels = useQuery(serviceLevelQueries.product(productId));
  if (levels.isError)
    return (
      <InlineError
        message={`The service levels could not be loaded: ${levels.error.message}`}
        onRetry={() => void levels.refetch()}
      />
    );
  if (!levels.data || levels.data.ports.length === 0) return null;
  const open = levels.data.incidents.filter((incident) => incident.status !== 'resolved').length;
  return (
    <Stack gap="xs" component="section" aria-labelledby="service-levels-heading">
      <Group gap="sm">
        <Title order={2} size="h3" id="service-levels-heading">
          Service levels
        </Title>
        <SloStatusBadge status={levels.data.status} />
        {open ? (
          <Text size="sm">{open === 1 ? '1 open incident' : `${open} open incidents`}</Text>
        ) : null}
      </Group>
      <List size="sm" spacing={4} listStyleType="none" p={0}>
        {levels.data.ports.map((port) => {
          // Worst first, as the statuses are ordered.
          const counts = sloStatuses
            .map((status) => {
              const count = port.slos.filter((slo) => slo.status === status).length;
              return count ? `${count} ${statusLabels[status].toLowerCase()}` : '';
            })
            .filter(Boolean)
            .join(', ');
          return (
            <List.Item key={port.portName}>
              <Group gap="xs" wrap="wrap">
                <Text span size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {port.portName}
                </Text>
                <SloStatusBadge status={port.status} />
                <Text span size="sm" c="dimmed">
                  {counts}
                </Text>
              </Group>
            </List.Item>
          );
        })}
      </List>
      <Anchor
        component={Link}
        to={`/products/${encodeURIComponent(productId)}/service-levels`}
        size="sm"
      >
        Every promise, its attainment, error budget and incidents
      </Anchor>
    </Stack>
  );
}

/** The overall status in the product's header, linking to the full page; nothing until known. */
export function ServiceLevelsHeaderBadge({ productId }: { productId: string }) {
  const levels = useQuery(serviceLevelQueries.product(productId));
  if (!levels.data || levels.data.ports.length === 0) return null;
  return (
    <Anchor
      component={Link}
      to={`/products/${encodeURIComponent(productId)}/service-levels`}
      underline="never"
    >
      <SloStatusBadge status={levels.data.status} label="Service levels" size="lg" />
    </Anchor>
  );
}
