import type { FacetName, FacetValue } from '@/catalog/api-schemas';
import { healthStatuses } from '@/catalog/api-schemas';
import { serverTypeLabel } from '@/catalog/queries/server-types';
import { statusLabels } from '@/catalog/service-levels/status-words';
import { isHealthStatus } from '../lib/search-params';

export const facetTitles: Record<FacetName, string> = {
  domain: 'Domain',
  status: 'Status',
  health: 'SLA health',
  owner: 'Owner team',
  tag: 'Tags',
  portType: 'Served as',
  classification: 'Data classification',
};

/** Facet values as people read them; the URL and the API keep the raw value. */
export function facetValueLabel(facet: FacetName, value: string): string {
  if (facet === 'portType') return serverTypeLabel(value);
  if (facet === 'health' && isHealthStatus(value)) return statusLabels[value];
  return value;
}

/**
 * The order a facet's values are listed in. Most facets put the chosen values first, then the
 * most frequent. Health has few values with a meaning of their own, so they keep the worst-first
 * order everywhere else uses, and a box never moves when it is ticked.
 */
export function orderFacetValues(
  facet: FacetName,
  values: FacetValue[],
  selected: readonly string[],
): FacetValue[] {
  if (facet === 'health') {
    const rank = (value: string) => {
      const index = (healthStatuses as readonly string[]).indexOf(value);
      return index < 0 ? healthStatuses.length : index;
    };
    return [...values].sort((a, b) => rank(a.value) - rank(b.value));
  }
  return [...values].sort(
    (a, b) => Number(selected.includes(b.value)) - Number(selected.includes(a.value)),
  );
}
