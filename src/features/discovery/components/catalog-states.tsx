import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconDatabaseOff, IconSearchOff } from '@tabler/icons-react';

export function CatalogError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title="The catalog could not be searched"
      role="alert"
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{message}</Text>
        <Button size="xs" onClick={onRetry}>
          Try again
        </Button>
      </Stack>
    </Alert>
  );
}

/** No product at all: say how products get into the catalog. */
export function EmptyCatalog() {
  return (
    <Stack align="center" gap="xs" py="xl" ta="center">
      <IconDatabaseOff size={40} aria-hidden />
      <Title order={2} size="h3">
        The catalog is empty
      </Title>
      <Text c="dimmed" maw={520}>
        Data products appear here once their owners import an ODPS descriptor, for example with{' '}
        <code>POST /api/data-products</code>. The API reference is at <code>/api/openapi.json</code>
        .
      </Text>
    </Stack>
  );
}

interface NoMatchProps {
  query: string;
  filterCount: number;
  onClearQuery: () => void;
  onClearFilters: () => void;
}

/** Products exist but none match: offer the ways out. */
export function NoMatch({ query, filterCount, onClearQuery, onClearFilters }: NoMatchProps) {
  return (
    <Stack align="center" gap="xs" py="xl" ta="center">
      <IconSearchOff size={40} aria-hidden />
      <Title order={2} size="h3">
        {query ? `No data products match “${query}”` : 'No data products match these filters'}
      </Title>
      <Text c="dimmed" maw={520}>
        {query
          ? 'Check the spelling, try fewer or more general words, or search for a column name.'
          : 'Remove a filter to widen the results.'}
        {query && filterCount ? ' Filters also narrow the results.' : ''}
      </Text>
      <Group gap="sm" mt="xs">
        {query ? (
          <Button variant="default" onClick={onClearQuery}>
            Clear search
          </Button>
        ) : null}
        {filterCount ? (
          <Button variant="default" onClick={onClearFilters}>
            Clear {filterCount === 1 ? 'filter' : `all ${filterCount} filters`}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
