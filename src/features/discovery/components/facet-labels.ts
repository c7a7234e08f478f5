import type { FacetName } from '@/catalog/api-schemas';
import { serverTypeLabel } from '@/catalog/queries/server-types';

export const facetTitles: Record<FacetName, string> = {
  domain: 'Domain',
  status: 'Status',
  owner: 'Owner team',
  tag: 'Tags',
  portType: 'Served as',
  classification: 'Data classification',
};

/** Facet values as people read them; the URL and the API keep the raw value. */
export function facetValueLabel(facet: FacetName, value: string): string {
  return facet === 'portType' ? serverTypeLabel(value) : value;
}
