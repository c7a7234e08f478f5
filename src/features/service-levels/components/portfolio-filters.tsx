import { Button, Group, MultiSelect } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ServiceLevelFilters } from '@/api/service-levels';
import { sloStatuses } from '@/catalog/service-levels/service-level-types';
import { statusLabels } from '@/catalog/service-levels/status-words';
import { kindLabels, sloKinds } from '../lib/service-level-words';

/** Domains and teams as options (products without one are only in the unfiltered view). */
const options = (names: readonly (string | null)[]) =>
  names.flatMap((name) => (name ? [{ value: name, label: name }] : []));

/** The portfolio's filters; each change becomes part of the URL. */
export function PortfolioFilters({
  filters,
  domains,
  teams,
  onChange,
  onClear,
  actions,
}: {
  filters: ServiceLevelFilters;
  domains: readonly (string | null)[];
  teams: readonly (string | null)[];
  onChange: (filters: Partial<ServiceLevelFilters>) => void;
  onClear: () => void;
  /** Beside the filters, at the end of their row (following). */
  actions?: ReactNode;
}) {
  const active =
    filters.domain.length + filters.team.length + filters.status.length + filters.kind.length;
  // A value in the URL stays selectable even when no product has it any more.
  const withSelected = (names: readonly (string | null)[], selected: string[]) => [
    ...options(names),
    ...selected.filter((value) => !names.includes(value)).map((value) => ({ value, label: value })),
  ];
  return (
    <Group component="section" aria-label="Filters" align="flex-end" gap="sm" wrap="wrap">
      <MultiSelect
        label="Domain"
        placeholder={filters.domain.length ? undefined : 'Any domain'}
        data={withSelected(domains, filters.domain)}
        value={filters.domain}
        onChange={(domain) => onChange({ domain })}
        searchable
        clearable
        w={{ base: '100%', xs: 220 }}
      />
      <MultiSelect
        label="Team"
        placeholder={filters.team.length ? undefined : 'Any team'}
        data={withSelected(teams, filters.team)}
        value={filters.team}
        onChange={(team) => onChange({ team })}
        searchable
        clearable
        w={{ base: '100%', xs: 220 }}
      />
      <MultiSelect
        label="Status"
        placeholder={filters.status.length ? undefined : 'Any status'}
        data={sloStatuses.map((status) => ({ value: status, label: statusLabels[status] }))}
        value={filters.status}
        onChange={(status) => onChange({ status: status as ServiceLevelFilters['status'] })}
        clearable
        w={{ base: '100%', xs: 200 }}
      />
      <MultiSelect
        label="SLO kind"
        placeholder={filters.kind.length ? undefined : 'Any kind'}
        data={sloKinds.map((kind) => ({ value: kind, label: kindLabels[kind] }))}
        value={filters.kind}
        onChange={(kind) => onChange({ kind: kind as ServiceLevelFilters['kind'] })}
        clearable
        w={{ base: '100%', xs: 200 }}
      />
      {active > 0 ? (
        <Button variant="subtle" onClick={onClear}>
          Clear filters ({active})
        </Button>
      ) : null}
      {actions}
    </Group>
  );
}
