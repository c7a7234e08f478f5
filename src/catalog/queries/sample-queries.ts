import { getCustomProperty } from '../standards/custom-properties';
import type { OdcsContract } from '../standards/odcs';
import { nonEmptyText } from '../readable-values';

/** A query the contract's authors wrote for consumers, e.g. "Orders per day". */
export interface DeclaredSampleQuery {
  name: string;
  description?: string;
  query: string;
}

/**
 * The sample queries a contract declares in its root custom property `sampleQueries`: ODCS has
 * no field for them, and authors know better than any generated query which questions the data
 * answers. Each entry needs a name (or `title`) and a query (or `sql`); entries without them, or
 * of the wrong shape, are skipped rather than failing the page. Query text is kept as written.
 */
export function getDeclaredSampleQueries(
  contract: Pick<OdcsContract, 'customProperties'>,
): DeclaredSampleQuery[] {
  const customProperties = Array.isArray(contract.customProperties)
    ? contract.customProperties
    : undefined;
  const value = getCustomProperty(customProperties, 'sampleQueries');
  if (!Array.isArray(value)) return [];
  return (value as unknown[]).flatMap((entry) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return [];
    const fields = entry as Record<string, unknown>;
    const name = nonEmptyText(fields['name']) ?? nonEmptyText(fields['title']);
    const text = nonEmptyText(fields['query']) ? fields['query'] : fields['sql'];
    if (name === undefined || typeof text !== 'string' || text.trim() === '') return [];
    const description = nonEmptyText(fields['description']);
    return [description === undefined ? { name, query: text } : { name, description, query: text }];
  });
}
