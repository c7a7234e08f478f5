import type { LineageEdge, LineageEdgeKind } from '@/catalog/lineage';

/** How each kind of link is put in words: on the graph, in the table, and for screen readers. */
export interface EdgeWords {
  /** A short label drawn on the edge. */
  label: string;
  /** Appended to the source's name in the table's "Reads from" column. */
  tableNote: string;
  /** The edge read aloud, after "<source> to <target>, ". */
  spoken: string;
}

/** Names every kind, so a new kind fails to compile here until it is put in words. */
export function describeEdge(edge: LineageEdge): EdgeWords {
  const kind: LineageEdgeKind = edge.kind;
  switch (kind) {
    case 'port':
      return {
        label: edge.contractId ?? '',
        tableNote: '',
        spoken: `through ${edge.contractId ?? 'a contract'}`,
      };
    case 'grant':
      return {
        label: `grant: ${edge.portName ?? ''}`,
        tableNote: ' (grant)',
        spoken: `access grant on ${edge.portName ?? 'a port'}`,
      };
    case 'observed': {
      const port = edge.portName ?? edge.contractId;
      return {
        label: `observed: ${port ?? ''}`,
        tableNote: ` (observed in OpenLineage${port ? ` on ${port}` : ''}, not declared)`,
        spoken: `read of ${port ?? 'a port'} observed in OpenLineage, not declared as an input`,
      };
    }
    default: {
      const unknown: never = kind;
      return { label: '', tableNote: '', spoken: String(unknown) };
    }
  }
}

/** A read OpenLineage saw that no input port declares, from the chosen product's side. */
export interface ObservedRead {
  direction: 'reads' | 'readBy';
  /** The product at the other end. */
  other: string;
  portName: string | null;
  contractId: string | null;
}

/** The observed-only reads touching one product: what it reads, and who reads it, undeclared. */
export function observedReadsOf(edges: readonly LineageEdge[], id: string): ObservedRead[] {
  return edges
    .filter((edge) => edge.kind === 'observed' && (edge.source === id || edge.target === id))
    .map((edge) => ({
      direction: edge.target === id ? ('reads' as const) : ('readBy' as const),
      other: edge.target === id ? edge.source : edge.target,
      portName: edge.portName,
      contractId: edge.contractId,
    }));
}
