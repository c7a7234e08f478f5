import { Alert, Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import { serviceLevelQueries } from '@/api/service-levels';
import type { ProductLink } from '@/catalog/api-schemas';
import type { SloStatus } from '@/catalog/service-levels/service-level-types';
import { SloStatusBadge } from '@/components/slo-status-badge';

/** More inputs than this are listed by name only; their health is a click away. */
const checkedAtMost = 20;

/** "Sales Orders", "Sales Orders and Payments", "Sales Orders, Payments and Returns". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The health of what this product reads, from the lineage: when an input is breached or at
 * risk, this product's lateness or failures may well come from it, and the page says so.
 */
export function UpstreamHealth({
  productName,
  upstream,
  ownStatus,
}: {
  productName: string;
  upstream: readonly ProductLink[];
  ownStatus: SloStatus;
}) {
  const inputs = [...new Map(upstream.map((link) => [link.productId, link])).values()];
  const checked = inputs.slice(0, checkedAtMost);
  const levels = useQueries({
    queries: checked.map((link) => serviceLevelQueries.product(link.productId)),
  });
  if (inputs.length === 0) return null;
  const statusOf = (index: number): SloStatus | null => levels[index]?.data?.status ?? null;
  const troubled = checked.filter((_, index) => {
    const status = statusOf(index);
    return status === 'breached' || status === 'atRisk';
  });
  const breached = checked.filter((_, index) => statusOf(index) === 'breached');
  const own = ownStatus === 'breached' || ownStatus === 'atRisk';
  return (
    <Stack gap="xs" component="section" aria-labelledby="upstream-heading">
      <Title order={2} size="h3" id="upstream-heading">
        Upstream health
      </Title>
      {troubled.length > 0 ? (
        <Alert color="orange" variant="light" title="An input is not keeping its promises">
          <Text size="sm">
            {breached.length > 0
              ? `${joinNames(breached.map((link) => link.name))} ${breached.length === 1 ? 'is' : 'are'} breached`
              : `${joinNames(troubled.map((link) => link.name))} ${troubled.length === 1 ? 'is' : 'are'} at risk`}
            {own
              ? `: ${productName} may be ${ownStatus === 'breached' ? 'late or failing' : 'at risk'} because of it.`
              : `; ${productName} reads ${troubled.length === 1 ? 'it' : 'them'}, so watch it.`}
          </Text>
        </Alert>
      ) : null}
      <List size="sm" spacing={6} listStyleType="none" p={0} aria-label="Products this one reads">
        {inputs.map((link, index) => {
          const status = index < checked.length ? statusOf(index) : null;
          return (
            <List.Item key={link.productId}>
              <Anchor
                component={Link}
                to={`/products/${encodeURIComponent(link.productId)}/service-levels`}
                size="sm"
              >
                {link.name}
              </Anchor>{' '}
              {status ? (
                <SloStatusBadge status={status} size="xs" />
              ) : index < checked.length && levels[index]?.isError ? (
                <Text span size="xs">
                  (its service levels could not be read)
                </Text>
              ) : index < checked.length ? (
                <Text span size="xs" c="dimmed">
                  (checking…)
                </Text>
              ) : null}
            </List.Item>
          );
        })}
      </List>
      {inputs.length > checkedAtMost ? (
        <Text size="xs" c="dimmed">
          The health of the first {checkedAtMost} of {inputs.length} inputs is shown.
        </Text>
      ) : null}
    </Stack>
  );
}
