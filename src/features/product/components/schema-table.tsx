import { Badge, Box, Group, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { isPersonalData } from '@/catalog/classification';
import type { OdcsProperty, OdcsSchemaObject } from '@/catalog/standards/odcs';

interface FlatColumn {
  path: string;
  depth: number;
  property: OdcsProperty;
}

/** Nested objects and array items are listed under their parent, indented, with a dotted path. */
function flatten(
  properties: readonly OdcsProperty[] | undefined,
  prefix = '',
  depth = 0,
): FlatColumn[] {
  const rows: FlatColumn[] = [];
  for (const property of properties ?? []) {
    const name = property.name ?? '(unnamed)';
    const path = prefix ? `${prefix}.${name}` : name;
    rows.push({ path, depth, property });
    rows.push(...flatten(property.properties, path, depth + 1));
    if (property.items) rows.push(...flatten(property.items.properties, `${path}[]`, depth + 1));
  }
  return rows;
}

function formatExample(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function ClassificationCell({ property }: { property: OdcsProperty }) {
  const personal = isPersonalData(property);
  if (!property.classification && !personal)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  return (
    <Group gap={4} wrap="nowrap">
      {personal ? (
        <Tooltip label="Personal data: handle under your privacy rules">
          <Badge color="red" variant="filled" size="sm">
            PII
          </Badge>
        </Tooltip>
      ) : null}
      {property.classification && property.classification.toLowerCase() !== 'pii' ? (
        <Text size="sm">{property.classification}</Text>
      ) : null}
    </Group>
  );
}

/** One table (or topic, or file) of a contract: every column with what a consumer needs to know. */
export function SchemaTable({ object }: { object: OdcsSchemaObject }) {
  const rows = flatten(object.properties);
  const heading =
    object.businessName && object.businessName !== object.name
      ? `${object.name} (${object.businessName})`
      : object.name;
  return (
    <Stack gap="xs">
      <div>
        <Title order={4} size="h5">
          {heading}
        </Title>
        <Text size="sm" c="dimmed">
          {[
            object.physicalType,
            object.physicalName && object.physicalName !== object.name
              ? `stored as ${object.physicalName}`
              : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {object.description ? <Text size="sm">{object.description}</Text> : null}
        {object.dataGranularityDescription ? (
          <Text size="sm" c="dimmed">
            Granularity: {object.dataGranularityDescription}
          </Text>
        ) : null}
      </div>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          The contract lists no columns for this object.
        </Text>
      ) : (
        /* A focusable region, so keyboard users can scroll a wide table sideways. */
        <Box
          style={{ overflowX: 'auto' }}
          tabIndex={0}
          role="region"
          aria-label={`Columns of ${object.name}`}
        >
          <Table striped highlightOnHover withTableBorder verticalSpacing="xs" miw={900}>
            <Table.Caption>Columns of {object.name}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Column</Table.Th>
                <Table.Th scope="col">Type</Table.Th>
                <Table.Th scope="col">Required</Table.Th>
                <Table.Th scope="col">Key</Table.Th>
                <Table.Th scope="col">Classification</Table.Th>
                <Table.Th scope="col">Description</Table.Th>
                <Table.Th scope="col">Examples</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ path, depth, property }) => (
                <Table.Tr key={path}>
                  <Table.Th
                    scope="row"
                    fw={400}
                    style={{ paddingLeft: `calc(var(--mantine-spacing-xs) + ${depth * 16}px)` }}
                  >
                    <Text size="sm" ff="monospace" fw={600}>
                      {depth ? path.slice(path.lastIndexOf('.') + 1) : path}
                    </Text>
                    {property.businessName ? (
                      <Text size="xs" c="dimmed">
                        {property.businessName}
                      </Text>
                    ) : null}
                  </Table.Th>
                  <Table.Td>
                    <Text size="sm">{property.logicalType ?? '—'}</Text>
                    {property.physicalType ? (
                      <Text size="xs" c="dimmed" ff="monospace">
                        {property.physicalType}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{property.required ? 'Yes' : 'No'}</Table.Td>
                  <Table.Td>
                    {property.primaryKey ? (
                      <Group gap={4} wrap="nowrap">
                        <IconKey size={14} aria-hidden />
                        <Text size="sm">
                          Primary
                          {property.primaryKeyPosition && property.primaryKeyPosition > 0
                            ? ` (${property.primaryKeyPosition})`
                            : ''}
                        </Text>
                      </Group>
                    ) : property.unique ? (
                      <Text size="sm">Unique</Text>
                    ) : (
                      <Text size="sm" c="dimmed">
                        —
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <ClassificationCell property={property} />
                  </Table.Td>
                  <Table.Td maw={320}>
                    <Text size="sm">{property.description ?? ''}</Text>
                  </Table.Td>
                  <Table.Td maw={220}>
                    <Text size="xs" ff="monospace">
                      {(property.examples ?? []).slice(0, 3).map(formatExample).join(', ')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Box>
      )}
    </Stack>
  );
}
