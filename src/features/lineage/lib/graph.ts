import type { LineageEdge, LineageGraph, LineageNode } from '@/catalog/lineage';

/** A "+N more" stand-in for the neighbours of one node beyond the first few. */
export interface GroupNode {
  id: string;
  parent: string;
  direction: 'up' | 'down';
  hidden: string[];
}

export interface ViewGraph<Node extends LineageNode = LineageNode> {
  nodes: Node[];
  edges: LineageEdge[];
  groups: GroupNode[];
}

export const groupId = (parent: string, direction: 'up' | 'down') => `group:${direction}:${parent}`;

const byName = (a: LineageNode, b: LineageNode) =>
  a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id);

/**
 * Replaces the outward neighbours of a node beyond the first `max` by one "+N more" group, unless
 * that group was opened: downstream of downstream nodes, upstream of upstream ones, both ways
 * around the focus (every way when there is no focus). Nodes that could only be reached through
 * a closed group are hidden with it; a node also reached another way stays.
 */
export function groupWideFanOuts<Node extends LineageNode>(
  graph: LineageGraph<Node>,
  max: number,
  openGroups: ReadonlySet<string>,
): ViewGraph<Node> {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const outward = new Map<string, { up: LineageNode[]; down: LineageNode[] }>();
  for (const edge of graph.edges) {
    const source = nodes.get(edge.source);
    const target = nodes.get(edge.target);
    if (!source || !target) continue;
    const goesOut = (from: LineageNode, to: LineageNode, direction: 'up' | 'down') =>
      from.depth === null ||
      to.depth === null ||
      (direction === 'down'
        ? from.depth >= 0 && to.depth > from.depth
        : from.depth <= 0 && to.depth < from.depth);
    if (goesOut(source, target, 'down')) entry(outward, source.id).down.push(target);
    if (goesOut(target, source, 'up') && graph.focus !== null)
      entry(outward, target.id).up.push(source);
  }

  const groups: GroupNode[] = [];
  /** Links from a parent to the neighbours its group stands for, as `parent|neighbour`. */
  const grouped = new Set<string>();
  for (const [parent, sides] of outward) {
    for (const direction of ['down', 'up'] as const) {
      const neighbours = [...new Map(sides[direction].map((node) => [node.id, node])).values()];
      const id = groupId(parent, direction);
      if (neighbours.length <= max || openGroups.has(id)) continue;
      const hidden = neighbours.sort(byName).slice(max);
      groups.push({ id, parent, direction, hidden: hidden.map((node) => node.id) });
      for (const node of hidden) grouped.add(`${parent}|${node.id}`);
    }
  }

  // What stays: every node still connected to the focus (or, without one, to a node that is
  // in no group) through links that no group stands for.
  const inGroup = new Set([...grouped].map((link) => link.split('|')[1]));
  const visible = new Set<string>();
  const starts = graph.focus ? [graph.focus] : graph.nodes.map((node) => node.id);
  const queue = starts.filter((id) => nodes.has(id) && !inGroup.has(id));
  for (const id of queue) visible.add(id);
  const neighbours = new Map<string, string[]>();
  for (const edge of graph.edges) {
    addTo(neighbours, edge.source, edge.target);
    addTo(neighbours, edge.target, edge.source);
  }
  while (queue.length) {
    const id = queue.shift()!;
    for (const next of neighbours.get(id) ?? []) {
      if (visible.has(next) || !nodes.has(next)) continue;
      if (grouped.has(`${id}|${next}`) || grouped.has(`${next}|${id}`)) continue;
      visible.add(next);
      queue.push(next);
    }
  }
  return {
    nodes: graph.nodes.filter((node) => visible.has(node.id)),
    edges: graph.edges.filter((edge) => visible.has(edge.source) && visible.has(edge.target)),
    groups: groups
      .filter((group) => visible.has(group.parent))
      .map((group) => ({ ...group, hidden: group.hidden.filter((id) => !visible.has(id)) }))
      .filter((group) => group.hidden.length > 0),
  };
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function entry<T>(map: Map<string, { up: T[]; down: T[] }>, id: string) {
  let value = map.get(id);
  if (!value) map.set(id, (value = { up: [], down: [] }));
  return value;
}

function reachable(graph: LineageGraph, start: string, direction: 'up' | 'down'): Set<string> {
  const next = new Map<string, string[]>();
  for (const edge of graph.edges) {
    const [from, to] =
      direction === 'down' ? [edge.source, edge.target] : [edge.target, edge.source];
    addTo(next, from, to);
  }
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length) {
    for (const id of next.get(queue.shift()!) ?? []) {
      if (seen.has(id)) continue;
      seen.add(id);
      queue.push(id);
    }
  }
  return seen;
}

/**
 * Only what lies on a path between two products: everything downstream of the first that is
 * also upstream of the second (or the other way round when the data flows that way). Null when
 * no path joins them in the graph.
 */
export function pathBetween<Node extends LineageNode>(
  graph: LineageGraph<Node>,
  from: string,
  to: string,
): LineageGraph<Node> | null {
  for (const [start, end] of [
    [from, to],
    [to, from],
  ]) {
    const after = reachable(graph, start!, 'down');
    if (!after.has(end!)) continue;
    const before = reachable(graph, end!, 'up');
    const onPath = new Set([...after].filter((id) => before.has(id)));
    return {
      ...graph,
      nodes: graph.nodes.filter((node) => onPath.has(node.id)),
      edges: graph.edges.filter((edge) => onPath.has(edge.source) && onPath.has(edge.target)),
      truncated: {},
    };
  }
  return null;
}

export interface ImpactLevel {
  depth: number;
  products: LineageNode[];
}

export interface Impact {
  levels: ImpactLevel[];
  products: number;
  teams: string[];
  /** Products reading through an access grant rather than a port. */
  grantees: LineageNode[];
}

/** One output port of a product: a change to it reaches only what reads that port. */
export interface PortScope {
  name: string;
  contractId: string | null;
}

/**
 * Everything downstream of a product, or of one of its output ports, by the fewest steps it takes
 * to reach it. From a port, the first step follows only the edges that port carries: readers of
 * its contract, products granted access to it, and readers OpenLineage saw reading it.
 */
export function impactOf(graph: LineageGraph, start: string, port?: PortScope): Impact {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const carries = (edge: LineageEdge) => {
    switch (edge.kind) {
      case 'grant':
        return edge.portName === port!.name;
      case 'port':
        return edge.contractId !== null && edge.contractId === port!.contractId;
      case 'observed':
        // A read seen in OpenLineage names the port it read, and its contract when it has one.
        return (
          edge.portName === port!.name ||
          (edge.contractId !== null && edge.contractId === port!.contractId)
        );
    }
  };
  const next = new Map<string, string[]>();
  for (const edge of graph.edges)
    if (!port || edge.source !== start || carries(edge)) addTo(next, edge.source, edge.target);
  const depthOf = new Map([[start, 0]]);
  const queue = [start];
  while (queue.length) {
    const id = queue.shift()!;
    for (const target of next.get(id) ?? []) {
      if (depthOf.has(target)) continue;
      depthOf.set(target, depthOf.get(id)! + 1);
      queue.push(target);
    }
  }
  depthOf.delete(start);
  const levels = new Map<number, LineageNode[]>();
  for (const [id, depth] of depthOf) {
    const node = nodes.get(id);
    if (!node) continue;
    addTo(levels, depth, node);
  }
  const downstream = new Set(depthOf.keys());
  // Grants from a product the change reaches, or, from a port, the grants on that port.
  const grantees = graph.edges
    .filter(
      (edge) =>
        edge.kind === 'grant' &&
        downstream.has(edge.target) &&
        (edge.source === start ? !port || carries(edge) : downstream.has(edge.source)),
    )
    .map((edge) => nodes.get(edge.target))
    .filter((node): node is LineageNode => Boolean(node));
  return {
    levels: [...levels]
      .sort(([a], [b]) => a - b)
      .map(([depth, products]) => ({ depth, products: products.sort(byName) })),
    products: downstream.size,
    teams: [
      ...new Set([...downstream].map((id) => nodes.get(id)?.owner).filter((owner) => owner)),
    ].sort() as string[],
    grantees: [...new Map(grantees.map((node) => [node.id, node])).values()].sort(byName),
  };
}
