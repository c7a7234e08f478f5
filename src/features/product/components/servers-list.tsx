import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { OdcsServer } from '@/catalog/standards/odcs';
import { serverTypeLabel } from '@/catalog/queries/server-types';

/** The connection details that matter, per server type, in the order people need them. */
const connectionFields: { key: string; label: string }[] = [
  { key: 'host', label: 'Host' },
  { key: 'port', label: 'Port' },
  { key: 'account', label: 'Account' },
  { key: 'project', label: 'Project' },
  { key: 'catalog', label: 'Catalog' },
  { key: 'database', label: 'Database' },
  { key: 'dataset', label: 'Dataset' },
  { key: 'schema', label: 'Schema' },
  { key: 'warehouse', label: 'Warehouse' },
  { key: 'location', label: 'Location' },
  { key: 'format', label: 'Format' },
  { key: 'region', label: 'Region' },
  { key: 'topic', label: 'Topic' },
  { key: 'endpointUrl', label: 'Endpoint' },
];

export function ServersList({ servers }: { servers: readonly OdcsServer[] }) {
  if (servers.length === 0) {
    return (
      <Text c="dimmed">
        The contract names no server yet, so there is no way to read this port.
      </Text>
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      {servers.map((server) => (
        <Paper
          key={server.server}
          withBorder
          p="md"
          component="section"
          aria-label={`Server ${server.server}`}
        >
          <Stack gap="xs">
            <Group justify="space-between">
              <Text fw={600}>{server.server}</Text>
              <Group gap={6}>
                <Badge variant="default">{serverTypeLabel(server.type)}</Badge>
                {server.environment ? (
                  <Badge
                    variant="light"
                    color={/^prod/i.test(server.environment) ? 'teal' : 'gray'}
                  >
                    {server.environment}
                  </Badge>
                ) : null}
              </Group>
            </Group>
            {server.description ? <Text size="sm">{server.description}</Text> : null}
            <dl
              style={{
                margin: 0,
                display: 'grid',
                gridTemplateColumns: 'max-content 1fr',
                gap: '4px 16px',
              }}
            >
              {connectionFields
                .filter(({ key }) => server[key] !== undefined && server[key] !== '')
                .map(({ key, label }) => (
                  <div key={key} style={{ display: 'contents' }}>
                    <Text component="dt" size="sm" c="dimmed">
                      {label}
                    </Text>
                    <Text
                      component="dd"
                      size="sm"
                      ff="monospace"
                      m={0}
                      style={{ wordBreak: 'break-all' }}
                    >
                      {String(server[key])}
                    </Text>
                  </div>
                ))}
            </dl>
          </Stack>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
