import { Button, Group } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import type { FacetName } from '@/catalog/api-schemas';
import { facetNames } from '@/catalog/api-schemas';
import type { CatalogSearch } from '../lib/search-params';
import { facetTitles, facetValueLabel } from './facet-labels';

interface ActiveFiltersProps {
  search: CatalogSearch;
  onRemove: (facet: FacetName, value: string) => void;
  onClear: () => void;
}

/** The filters in force, each removable, so the user always sees why results are narrowed. */
export function ActiveFilters({ search, onRemove, onClear }: ActiveFiltersProps) {
  const active = facetNames.flatMap((facet) =>
    search.filters[facet].map((value) => ({ facet, value })),
  );
  if (active.length === 0) return null;
  return (
    <Group gap={6} aria-label="Active filters" role="group">
      {active.map(({ facet, value }) => (
        <Button
          key={`${facet}:${value}`}
          variant="light"
          size="compact-sm"
          radius="xl"
          rightSection={<IconX size={14} aria-hidden />}
          onClick={() => onRemove(facet, value)}
          aria-label={`Remove filter ${facetTitles[facet]}: ${facetValueLabel(facet, value)}`}
        >
          {facetTitles[facet]}: {facetValueLabel(facet, value)}
        </Button>
      ))}
      <Button variant="subtle" size="compact-sm" onClick={onClear}>
        Clear all filters
      </Button>
    </Group>
  );
}
