import { Button, Checkbox, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import type { FacetName, FacetValue } from '@/catalog/api-schemas';
import { facetTitles, facetValueLabel, orderFacetValues } from './facet-labels';

const collapsedCount = 6;

interface FacetGroupProps {
  facet: FacetName;
  values: FacetValue[];
  selected: readonly string[];
  onToggle: (value: string) => void;
}

/** One filter: its values with how many matching products have each (see `orderFacetValues`). */
export function FacetGroup({ facet, values, selected, onToggle }: FacetGroupProps) {
  const [expanded, setExpanded] = useState(false);
  const missing = selected
    .filter((value) => !values.some((entry) => entry.value === value))
    .map((value) => ({ value, count: 0 }));
  const all = orderFacetValues(facet, [...values, ...missing], selected);
  if (all.length === 0) return null;
  const shown = expanded ? all : all.slice(0, Math.max(collapsedCount, selected.length));
  const title = facetTitles[facet];

  return (
    <Stack gap={6} component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" fw={600} size="sm" mb={4}>
        {title}
      </Text>
      {shown.map(({ value, count }) => (
        <Checkbox
          key={value}
          checked={selected.includes(value)}
          onChange={() => onToggle(value)}
          label={
            <Group gap={6} wrap="nowrap" component="span">
              <span>{facetValueLabel(facet, value)}</span>
              <Text span size="xs" c="dimmed">
                {count}
                <VisuallyHidden> {count === 1 ? 'product' : 'products'}</VisuallyHidden>
              </Text>
            </Group>
          }
        />
      ))}
      {all.length > shown.length || expanded ? (
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() => setExpanded((value) => !value)}
          aria-label={
            expanded
              ? `Show fewer ${title.toLowerCase()} values`
              : `Show all ${all.length} ${title.toLowerCase()} values`
          }
          style={{ alignSelf: 'flex-start' }}
        >
          {expanded ? 'Show fewer' : `Show all ${all.length}`}
        </Button>
      ) : null}
    </Stack>
  );
}
