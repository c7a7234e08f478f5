import { Anchor, Group, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ProductLink } from '@/catalog/api-schemas';
import type { OdpsInputPort } from '@/catalog/standards/odps';
import { StatusBadge } from '@/components/status-badge';

function ProductLinkItem({ link }: { link: ProductLink }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Anchor component={Link} to={`/products/${encodeURIComponent(link.productId)}`}>
        {link.name}
      </Anchor>
      <StatusBadge status={link.status} size="xs" />
      <Text size="xs" c="dimmed">
        {[link.domain, `via ${link.contractId}`].filter(Boolean).join(' · ')}
      </Text>
    </Group>
  );
}

/** Where the data comes from: each input port and the upstream products that provide its contract. */
export function InputPorts({
  ports,
  upstream,
}: {
  ports: readonly OdpsInputPort[];
  upstream: readonly ProductLink[];
}) {
  return (
    <Stack gap="sm" component="section" aria-labelledby="inputs-heading">
      <Title order={2} size="h3" id="inputs-heading">
        Inputs
      </Title>
      {ports.length === 0 ? (
        <Text c="dimmed">This product declares no input port: it is a source in the mesh.</Text>
      ) : (
        <List spacing="xs" listStyleType="none" p={0}>
          {ports.map((port) => {
            const providers = upstream.filter((link) => link.contractId === port.contractId);
            return (
              <List.Item key={`${port.name}-${port.version}-${port.contractId}`}>
                <Text size="sm" fw={600}>
                  {port.name}{' '}
                  <Text span size="xs" c="dimmed">
                    v{port.version} · contract {port.contractId}
                  </Text>
                </Text>
                {providers.length ? (
                  providers.map((link) => <ProductLinkItem key={link.productId} link={link} />)
                ) : (
                  <Text size="sm" c="dimmed">
                    No product in the catalog provides this contract.
                  </Text>
                )}
              </List.Item>
            );
          })}
        </List>
      )}
    </Stack>
  );
}

/** Who reads this product's data: what an owner checks before changing it. */
export function DownstreamConsumers({ downstream }: { downstream: readonly ProductLink[] }) {
  return (
    <Stack gap="sm" component="section" aria-labelledby="downstream-heading">
      <Title order={2} size="h3" id="downstream-heading">
        Used by
      </Title>
      {downstream.length === 0 ? (
        <Text c="dimmed">No product in the catalog reads from this one yet.</Text>
      ) : (
        <List spacing="xs" listStyleType="none" p={0}>
          {downstream.map((link) => (
            <List.Item key={`${link.productId}-${link.contractId}`}>
              <ProductLinkItem link={link} />
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
