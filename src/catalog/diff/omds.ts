import type { DocumentKind } from '../documents/validate-document';
import type { Comparison } from './compare-documents';

export interface ComparedVersions {
  kind: DocumentKind;
  id: string;
  from: string;
  to: string;
  comparison: Comparison;
  /** Who made the document, for `customProperties`. */
  generatedBy: string;
  comparedAt: string;
}

/**
 * The comparison as an OMDS document (draft RFC 0039, `kind: MetadataDifference`), for other
 * tools: sources, impact, the suggested version and one entry per difference, paths in the
 * RFC's notation. Whether a service level now promises less is not part of OMDS; it travels in
 * `customProperties`.
 */
export function toOmdsDocument(compared: ComparedVersions): Record<string, unknown> {
  const { comparison } = compared;
  const weakened = comparison.diffs
    .filter((entry) => entry.weakensPromise)
    .map((entry) => entry.pointer);
  return {
    apiVersion: 'v1.0.0',
    kind: 'MetadataDifference',
    sourceKind: compared.kind === 'contract' ? 'DataContract' : 'DataProduct',
    source1: { id: compared.id, version: compared.from },
    source2: { id: compared.id, version: compared.to },
    scope: 'all',
    impact: comparison.impact,
    ...(comparison.suggestedVersion ? { suggestedVersion: comparison.suggestedVersion } : {}),
    diffs: comparison.diffs.map((entry) => ({
      type: entry.type,
      section: entry.section,
      field: entry.field,
      path: entry.pointer,
      ...('value1' in entry ? { value1: entry.value1 ?? null } : {}),
      ...('value2' in entry ? { value2: entry.value2 ?? null } : {}),
      message: entry.message,
      impactLevel: entry.impactLevel,
    })),
    customProperties: [
      { property: 'generatedBy', value: compared.generatedBy },
      { property: 'comparedAt', value: compared.comparedAt },
      ...(weakened.length ? [{ property: 'weakensPromise', value: weakened }] : []),
    ],
  };
}
