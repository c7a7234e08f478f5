import { Anchor, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ProductServiceLevels } from '@/catalog/service-level-schemas';
import { formatAge } from '@/lib/format-age';
import { formatMoment, statusCounts } from '../../lib/product-slo-view';
import { statusLabels } from '@/catalog/service-levels/status-words';
import { SloStatusBadge } from '@/components/slo-status-badge';
import { FollowButton } from '../follow-button';

interface ProductLevelsHeaderProps {
  productId: string;
  productName: string;
  levels: ProductServiceLevels;
}

/** Which product, how it stands overall, when that was worked out, and following it. */
export function ProductLevelsHeader({ productId, productName, levels }: ProductLevelsHeaderProps) {
  const productLink = `/products/${encodeURIComponent(productId)}`;
  const open = levels.incidents.filter((incident) => incident.status !== 'resolved').length;
  const counts = statusCounts(levels)
    .map(([status, count]) => `${count} ${statusLabels[status].toLowerCase()}`)
    .join(', ');
  return (
    <Stack gap="sm" component="header">
      <Breadcrumbs aria-label="Breadcrumb" styles={{ root: { flexWrap: 'wrap' } }}>
        <Anchor component={Link} to="/">
          Catalog
        </Anchor>
        <Anchor component={Link} to={productLink}>
          {productName}
        </Anchor>
        <Text span aria-current="page">
          Service levels
        </Text>
      </Breadcrumbs>
      <Title order={1} style={{ overflowWrap: 'anywhere' }}>
        Service levels of {productName}
      </Title>
      <FollowButton target={{ kind: 'product', id: productId }} name={productName} />
      <Group gap="sm" align="center">
        <Text size="sm" fw={600}>
          Overall
        </Text>
        <SloStatusBadge status={levels.status} size="md" />
        <Text size="sm" c="dimmed">
          Evaluated{' '}
          <time dateTime={levels.evaluatedAt} title={formatMoment(levels.evaluatedAt)}>
            {formatAge(levels.evaluatedAt)}
          </time>
        </Text>
      </Group>
      {counts ? (
        <Text size="sm">
          Promises: {counts}.
          {open > 0 ? (
            <>
              {' '}
              <Anchor underline="always" href="#incidents-heading" size="sm">
                {open === 1 ? '1 open incident' : `${open} open incidents`}
              </Anchor>
              .
            </>
          ) : null}
        </Text>
      ) : null}
      <Anchor component={Link} to={productLink} size="sm">
        Back to {productName}
      </Anchor>
    </Stack>
  );
}
