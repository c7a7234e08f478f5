import { Anchor, Badge, Card, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import type { ProductSearchItem } from '@/catalog/api-schemas';
import { serverTypeLabel } from '@/catalog/queries/server-types';
import { SloStatusBadge } from '@/components/slo-status-badge';
import { StatusBadge } from '@/components/status-badge';

const maxTags = 5;

/** A product in the result list: what an analyst needs to decide whether to open it. */
export function ProductCard({ product }: { product: ProductSearchItem }) {
  const extraTags = product.tags.length - maxTags;
  return (
    <Card component="article" withBorder padding="md" aria-labelledby={`product-${product.id}`}>
      <Stack gap={8}>
        {/* Badges go under the name when both do not fit (a phone): a badge is never cut. */}
        <Group justify="space-between" align="flex-start" gap="sm">
          <Title
            order={3}
            size="h4"
            id={`product-${product.id}`}
            style={{ overflowWrap: 'anywhere' }}
          >
            <Anchor component={Link} to={`/products/${encodeURIComponent(product.id)}`} inherit>
              {product.name}
            </Anchor>
          </Title>
          <Group gap={6}>
            {product.hasPersonalData ? (
              <Badge color="red" variant="outline" size="sm">
                PII
                <VisuallyHidden>: some columns hold personal data</VisuallyHidden>
              </Badge>
            ) : null}
            <StatusBadge status={product.status} />
            <SloStatusBadge status={product.health} label="SLA" />
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {[
            product.domain && `Domain: ${product.domain}`,
            product.owner && `Owner: ${product.owner}`,
            `v${product.version}`,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {product.purpose ? (
          <Text size="sm" lineClamp={2}>
            {product.purpose}
          </Text>
        ) : (
          <Text size="sm" c="dimmed" fs="italic">
            No purpose described yet.
          </Text>
        )}
        <Group gap={6}>
          {product.portTypes.map((type) => (
            <Badge key={type} variant="default" size="sm" radius="sm">
              {serverTypeLabel(type)}
            </Badge>
          ))}
          {product.tags.slice(0, maxTags).map((tag) => (
            <Badge key={tag} variant="light" color="gray" size="sm" radius="sm" tt="none">
              #{tag}
            </Badge>
          ))}
          {extraTags > 0 ? (
            <Text size="xs" c="dimmed">
              +{extraTags} more tags
            </Text>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}
