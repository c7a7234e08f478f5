import { Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { OdcsContract } from '@/catalog/standards/odcs';
import { getDeclaredSampleQueries } from '@/catalog/queries/sample-queries';
import { serverTypeLabel } from '@/catalog/queries/server-types';
import { buildStarterQuery, pickServer } from '@/catalog/queries/starter-query';
import { CodeBlock } from '@/components/code-block';

/**
 * Queries a consumer can copy: the ones the owners declared, and a starter query generated for
 * the port's server and schema, so there is always something that runs.
 */
export function SampleQueries({ contract }: { contract: OdcsContract }) {
  const declared = getDeclaredSampleQueries(contract);
  const servers = contract.servers ?? [];
  const objects = contract.schema ?? [];
  const [serverName, setServerName] = useState(() => pickServer(servers)?.server);
  const [objectName, setObjectName] = useState(() => objects[0]?.name);
  const server = servers.find((entry) => entry.server === serverName) ?? pickServer(servers);
  const object = objects.find((entry) => entry.name === objectName) ?? objects[0];
  const starter = server && object ? buildStarterQuery(server, object) : undefined;

  return (
    <Stack gap="lg">
      <Stack gap="sm">
        <Title order={4} size="h5">
          From the owners
        </Title>
        {declared.length === 0 ? (
          <Text size="sm" c="dimmed">
            The owners have not shared sample queries for this port yet; the starter query below is
            generated from its contract.
          </Text>
        ) : (
          declared.map((query, index) => (
            <Stack key={`${query.name}-${index}`} gap={4}>
              <Text fw={600} size="sm">
                {query.name}
              </Text>
              {query.description ? (
                <Text size="sm" c="dimmed">
                  {query.description}
                </Text>
              ) : null}
              <CodeBlock code={query.query} language="sql" title={`sample query “${query.name}”`} />
            </Stack>
          ))
        )}
      </Stack>
      <Stack gap="sm">
        <Title order={4} size="h5">
          Starter query
        </Title>
        {starter && server && object ? (
          <>
            <Group gap="sm" align="flex-end">
              <Text size="sm" c="dimmed" style={{ flex: 1 }}>
                {starter.title}, generated from the contract’s schema.
              </Text>
              {servers.length > 1 ? (
                <NativeSelect
                  size="xs"
                  label="Server"
                  value={server.server}
                  onChange={(event) => setServerName(event.currentTarget.value)}
                  data={servers.map((entry) => ({
                    value: entry.server,
                    label: `${entry.server} (${serverTypeLabel(entry.type)}${entry.environment ? `, ${entry.environment}` : ''})`,
                  }))}
                />
              ) : null}
              {objects.length > 1 ? (
                <NativeSelect
                  size="xs"
                  label="Object"
                  value={object.name}
                  onChange={(event) => setObjectName(event.currentTarget.value)}
                  data={objects.map((entry) => entry.name)}
                />
              ) : null}
            </Group>
            <CodeBlock
              code={starter.code}
              language={starter.language}
              title={`starter query for ${object.name}`}
            />
          </>
        ) : (
          <Text size="sm" c="dimmed">
            A starter query needs a server and a schema in the contract; this one lacks{' '}
            {server ? 'a schema' : 'a server'}.
          </Text>
        )}
      </Stack>
    </Stack>
  );
}
