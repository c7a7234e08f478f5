import { Group, NativeSelect, Text } from '@mantine/core';
import type { SortOption } from '@/catalog/api-schemas';
import { pageSizes } from '../lib/search-params';

const sortLabels: Record<SortOption, string> = {
  relevance: 'Best match',
  name: 'Name (A–Z)',
  updated: 'Recently updated',
  status: 'Lifecycle status',
  health: 'SLA health',
};

interface ResultsToolbarProps {
  total: number;
  hasQuery: boolean;
  sort: SortOption | undefined;
  pageSize: number;
  onSortChange: (sort: SortOption) => void;
  onPageSizeChange: (pageSize: number) => void;
}

export function ResultsToolbar({
  total,
  hasQuery,
  sort,
  pageSize,
  onSortChange,
  onPageSizeChange,
}: ResultsToolbarProps) {
  const effectiveSort = sort ?? (hasQuery ? 'relevance' : 'name');
  const options = (Object.keys(sortLabels) as SortOption[])
    .filter((option) => hasQuery || option !== 'relevance')
    .map((option) => ({ value: option, label: sortLabels[option] }));
  return (
    <Group justify="space-between" align="flex-end" gap="sm">
      <Text fw={600} role="status" aria-live="polite">
        {total.toLocaleString('en-US')} {total === 1 ? 'data product' : 'data products'}
      </Text>
      <Group gap="sm">
        <NativeSelect
          size="xs"
          label="Sort by"
          data={options}
          value={effectiveSort}
          onChange={(event) => onSortChange(event.currentTarget.value as SortOption)}
        />
        <NativeSelect
          size="xs"
          label="Per page"
          data={pageSizes.map(String)}
          value={String(pageSize)}
          onChange={(event) => onPageSizeChange(Number(event.currentTarget.value))}
        />
      </Group>
    </Group>
  );
}
