import { Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { ProductServiceLevels } from '@/catalog/service-level-schemas';
import { splitPortSlos } from '../../lib/product-slo-view';
import { SloStatusBadge } from '@/components/slo-status-badge';
import { SloCard } from './slo-card';

type Port = ProductServiceLevels['ports'][number];

/** One output port: its measured promises, each with its timeline, then what is only declared. */
export function PortLevelsSection({ port, evaluatedAt }: { port: Port; evaluatedAt: Date }) {
  const { measured, quality, declared } = splitPortSlos(port);
  const headingId = useId();
  return (
    <Stack gap="md" component="section" aria-labelledby={headingId}>
      <div>
        <Group gap="sm" align="center">
          <Title order={2} size="h3" id={headingId} style={{ overflowWrap: 'anywhere' }}>
            Output port {port.portName}
          </Title>
          <SloStatusBadge status={port.status} />
        </Group>
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {port.contractId
            ? `Promised in the contract ${port.contractId}.`
            : 'No contract: this port promises nothing that can be measured.'}
          {quality.length
            ? ` Its ${quality.length === 1 ? 'quality check is' : `${quality.length} quality checks are`} listed under Quality checks.`
            : ''}
        </Text>
      </div>
      {measured.length ? (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {measured.map((slo) => (
            <SloCard key={slo.sloId} slo={slo} portName={port.portName} evaluatedAt={evaluatedAt} />
          ))}
        </SimpleGrid>
      ) : (
        <Text size="sm">
          {quality.length
            ? 'No measurable promise besides its quality checks.'
            : 'No measurable promise.'}
        </Text>
      )}
      {declared.length ? (
        <Stack gap={4}>
          <Title order={3} size="h5">
            Declared, not measured
          </Title>
          <Text size="xs" c="dimmed">
            Promises that no pipeline report can show kept or broken.
          </Text>
          <List size="sm" spacing={2} aria-label={`Declared promises of ${port.portName}`}>
            {declared.map((slo) => (
              <List.Item key={slo.sloId} style={{ overflowWrap: 'anywhere' }}>
                <strong>{slo.label}</strong>: {slo.promise}
              </List.Item>
            ))}
          </List>
        </Stack>
      ) : null}
    </Stack>
  );
}
