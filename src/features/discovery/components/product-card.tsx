import { Anchor, Badge, Card, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import type { ProductSummary } from '@/catalog/api-schemas';
import { serverTypeLabel } from '@/catalog/queries/server-types';
import { StatusBadge } from '@/components/status-badge';

const maxTags = 5;

/** A product in the result list: what an analyst needs to decide whether to open it. */
export function ProductCard({ product }: { product: ProductSummary }) {
  const extraTags = product.tags.length - maxTags;
  return (
    <Card component="article" withBorder padding="md" aria-labelledby={`product-${product.id}`}>
      <Stack gap={8}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Title order={3} size="h4" id={`product-${product.id}`}>
            <Anchor component={Link} to={`/products/${encodeURIComponent(product.id)}`} inherit>
              {product.name}
            </Anchor>
          </Title>
          <Group gap={6} wrap="nowrap">
            {product.hasPersonalData ? (
              <Badge color="red" variant="outline" size="sm">
                PII
                <VisuallyHidden>: some columns hold personal data</VisuallyHidden>
              </Badge>
            ) : null}
            <StatusBadge status={product.status} />
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
