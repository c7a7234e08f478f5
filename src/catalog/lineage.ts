/**
 * Lineage: which products feed which. A port edge goes from a product whose output port provides
 * a contract to each product whose input port names that contract; a grant edge goes from a
 * product to another product that was granted access to one of its ports; an observed edge goes
 * from a product to one that OpenLineage shows reading its port without declaring it as an input.
 *
 * The API answers a bounded neighbourhood of a focused product (or of the whole mesh). Every store
 * finds what is reachable its own way (recursive SQL, or a walk in memory); the rules below then
 * choose what is shown, identically for all of them:
 * - nodes are kept nearest first (then by name) until the node budget is spent, so the kept part
 *   is always connected to the focus;
 * - `expand` adds the direct neighbours of the named nodes, beyond depth and budget;
 * - every kept node reports how many of its neighbours are hidden (`truncated`), so the view can
 *   offer to show them; cycles are shown as edges back, never walked twice.
 */
import type { SloStatus } from './service-levels/service-level-types';

export type LineageEdgeKind = 'port' | 'grant' | 'observed';

export interface LineageNode {
  id: string;
  name: string;
  domain: string | null;
  status: string;
  owner: string | null;
  /** Steps from the focus: negative upstream, positive downstream, 0 the focus; null without focus. */
  depth: number | null;
}

/**
 * A node as the API answers it. The stores walk the lineage without reading service levels; the
 * API adds each product's overall status now, the way the portfolio counts it.
 */
export interface LineageNodeWithHealth extends LineageNode {
  /** Past a deadline: `breached`; never evaluated: `noData`. */
  health: SloStatus;
}

export interface LineageEdge {
  id: string;
  source: string;
  target: string;
  kind: LineageEdgeKind;
  /** The contract that carries the data (port edges), or the port granted (grant edges). */
  contractId: string | null;
  portName: string | null;
}

export interface LineageGraph<Node extends LineageNode = LineageNode> {
  focus: string | null;
  nodes: Node[];
  edges: LineageEdge[];
  /** Kept nodes with neighbours that are not shown: node id → how many. */
  truncated: Record<string, number>;
}

export interface LineageQuery {
  focus?: string;
  /** Steps to walk upstream and downstream of the focus; `lineageLimits.allDepth` means all. */
  upstream: number;
  downstream: number;
  domains: string[];
  statuses: string[];
  budget: number;
  expand: string[];
}

export const lineageLimits = {
  /** "All" is this many steps: further than any real mesh is deep, and still a bound. */
  allDepth: 100,
  defaultDepth: 2,
  defaultBudget: 300,
  maxBudget: 2000,
  maxExpand: 50,
} as const;

export type NodeInfo = Omit<LineageNode, 'depth'>;

export function edgeId(edge: Omit<LineageEdge, 'id'>): string {
  return `${edge.kind}:${edge.source}>${edge.target}:${edge.contractId ?? edge.portName ?? ''}`;
}

/** Whether a node passes the query's domain and status filters (the focus always does). */
export function inFilters(query: LineageQuery, node: NodeInfo): boolean {
  if (node.id === query.focus) return true;
  if (query.domains.length && !query.domains.includes(node.domain ?? '')) return false;
  if (query.statuses.length && !query.statuses.includes(node.status)) return false;
  return true;
}

/**
 * Breadth-first from the focus, upstream and downstream, never through filtered-out nodes; the
 * in-memory twin of the stores' recursive SQL. Returns each reached node's signed depth.
 */
export function reachFrom(
  query: LineageQuery & { focus: string },
  neighbours: (id: string, direction: 'up' | 'down') => Iterable<NodeInfo>,
): Map<string, number> {
  const reached = new Map<string, number>([[query.focus, 0]]);
  for (const [direction, limit, sign] of [
    ['down', query.downstream, 1],
    ['up', query.upstream, -1],
  ] as const) {
    const seen = new Set([query.focus]);
    let frontier = [query.focus];
    for (let step = 1; step <= limit && frontier.length; step += 1) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const neighbour of neighbours(id, direction)) {
          if (seen.has(neighbour.id) || !inFilters(query, neighbour)) continue;
          seen.add(neighbour.id);
          next.push(neighbour.id);
          const known = reached.get(neighbour.id);
          // A node both upstream and downstream (a cycle) keeps its nearest side.
          if (known === undefined || Math.abs(known) > step) reached.set(neighbour.id, sign * step);
        }
      }
      frontier = next;
    }
  }
  return reached;
}

const byNearestThenName = (a: LineageNode, b: LineageNode) =>
  Math.abs(a.depth ?? 0) - Math.abs(b.depth ?? 0) ||
  (b.depth ?? 0) - (a.depth ?? 0) ||
  a.name.localeCompare(b.name, 'en') ||
  a.id.localeCompare(b.id);

/** Keeps the nearest reached nodes, then by name, up to the budget. */
export function keepWithinBudget(
  reached: ReadonlyMap<string, number | null>,
  info: ReadonlyMap<string, NodeInfo>,
  budget: number,
): LineageNode[] {
  const nodes: LineageNode[] = [];
  for (const [id, depth] of reached) {
    const node = info.get(id);
    if (node) nodes.push({ ...node, depth });
  }
  return nodes.sort(byNearestThenName).slice(0, budget);
}

/**
 * The graph to answer, from the kept nodes and every edge touching them (with what is at the
 * other end). `expand` nodes bring their direct neighbours in.
 */
export function assembleGraph(
  query: LineageQuery,
  kept: LineageNode[],
  touching: readonly { edge: LineageEdge; source: NodeInfo; target: NodeInfo }[],
): LineageGraph {
  const nodes = new Map(kept.map((node) => [node.id, node]));
  const expand = new Set(query.expand.slice(0, lineageLimits.maxExpand));
  const visible = touching.filter(
    ({ source, target }) => inFilters(query, source) && inFilters(query, target),
  );

  for (const { source, target } of visible) {
    const from = nodes.get(source.id);
    const to = nodes.get(target.id);
    if (from && !to && expand.has(source.id) && nodes.size < lineageLimits.maxBudget)
      nodes.set(target.id, { ...target, depth: from.depth === null ? null : from.depth + 1 });
    if (to && !from && expand.has(target.id) && nodes.size < lineageLimits.maxBudget)
      nodes.set(source.id, { ...source, depth: to.depth === null ? null : to.depth - 1 });
  }

  const edges = new Map<string, LineageEdge>();
  const hidden = new Map<string, Set<string>>();
  for (const { edge } of visible) {
    const sourceKept = nodes.has(edge.source);
    const targetKept = nodes.has(edge.target);
    if (sourceKept && targetKept) edges.set(edge.id, edge);
    else if (sourceKept || targetKept) {
      const [keptId, otherId] = sourceKept
        ? [edge.source, edge.target]
        : [edge.target, edge.source];
      let others = hidden.get(keptId);
      if (!others) hidden.set(keptId, (others = new Set()));
      others.add(otherId);
    }
  }
  const truncated: Record<string, number> = {};
  for (const [id, others] of [...hidden].sort(([a], [b]) => a.localeCompare(b)))
    truncated[id] = others.size;

  return {
    focus: query.focus ?? null,
    nodes: [...nodes.values()].sort(byNearestThenName),
    edges: [...edges.values()].sort((a, b) => a.id.localeCompare(b.id)),
    truncated,
  };
}
