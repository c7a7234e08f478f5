import { Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ingestionQueries } from '@/api/ingestion';
import { InlineError } from '@/components/inline-error';
import { UnmatchedTable } from './unmatched-table';

/** For admins: what pipelines reported that no output port claims, most recent first. */
export function UnmatchedSection() {
  const unmatched = useQuery(ingestionQueries.unmatched());
  const items = [...(unmatched.data?.items ?? [])].sort((a, b) =>
    b.lastReceivedAt.localeCompare(a.lastReceivedAt),
  );
  return (
    <Stack gap="sm" component="section" aria-labelledby="unmatched-heading">
      <div>
        <Title order={2} size="h3" id="unmatched-heading">
          Unmatched datasets
        </Title>
        <Text size="sm" c="dimmed">
          Datasets and contracts that pipelines reported but that no output port of the catalog
          names. Their observations count for no service level until a contract’s server or id
          matches them.
        </Text>
      </div>
      {unmatched.isError ? (
        <InlineError
          message={`The unmatched datasets could not be loaded: ${unmatched.error.message}`}
          onRetry={() => void unmatched.refetch()}
        />
      ) : !unmatched.data ? (
        <Skeleton
          height={120}
          radius="md"
          aria-label="Loading the unmatched datasets"
          role="status"
        />
      ) : items.length === 0 ? (
        <Text>Everything pipelines sent matched a port.</Text>
      ) : (
        <UnmatchedTable items={items} />
      )}
    </Stack>
  );
}
