/**
 * Which column (layer) each node goes in, and which edges ELK needs to see. ELK's layered
 * algorithm turns every edge that spans several layers into a chain of hidden "dummy" nodes; on a
 * real mesh, where some products feed dozens of others far downstream, that multiplies the work
 * tenfold (decision 013). So the columns are chosen here, in linear time, and ELK orders and
 * places the nodes within them. When the long edges would add too many dummies, ELK sees only the
 * edges between neighbouring columns; React Flow still draws every edge.
 */
export interface LayeringInput {
  nodes: readonly { id: string }[];
  edges: readonly { id: string; source: string; target: string }[];
}

export interface Layering {
  /** Node id → column, 0 the leftmost. */
  layer: Map<string, number>;
  /** Edges ELK lays out: left to right, from one column to a later one. */
  layoutEdges: string[];
  /** Edges that close a cycle; they are drawn right to left and do not constrain the columns. */
  backEdges: string[];
  /** Hidden nodes ELK would have created for edges spanning several columns. */
  dummies: number;
  /** Whether only edges between neighbouring columns were kept for ELK. */
  skeleton: boolean;
}

/** Up to this many dummy nodes, ELK sees every edge (better ordering, still fast). */
export const maxDummies = 1500;

export function layerGraph(input: LayeringInput): Layering {
  const ids = new Set(input.nodes.map((node) => node.id));
  const edges = input.edges.filter(
    (edge) => ids.has(edge.source) && ids.has(edge.target) && edge.source !== edge.target,
  );
  const outgoing = new Map<string, typeof edges>();
  const incomingCount = new Map<string, number>();
  for (const edge of edges) {
    let list = outgoing.get(edge.source);
    if (!list) outgoing.set(edge.source, (list = []));
    list.push(edge);
    incomingCount.set(edge.target, (incomingCount.get(edge.target) ?? 0) + 1);
  }

  // Cycle breaking: a depth-first walk, sources first; an edge back to a node still on the walk's
  // path closes a cycle.
  const backEdges = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const starts = [
    ...input.nodes.filter((node) => !incomingCount.has(node.id)),
    ...input.nodes.filter((node) => incomingCount.has(node.id)),
  ];
  for (const start of starts) {
    if (state.has(start.id)) continue;
    state.set(start.id, 'open');
    const stack: { id: string; next: number }[] = [{ id: start.id, next: 0 }];
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const edge = outgoing.get(top.id)?.[top.next];
      if (!edge) {
        state.set(top.id, 'done');
        stack.pop();
        continue;
      }
      top.next += 1;
      const seen = state.get(edge.target);
      if (seen === 'open') backEdges.add(edge.id);
      else if (!seen) {
        state.set(edge.target, 'open');
        stack.push({ id: edge.target, next: 0 });
      }
    }
  }

  // Longest path from the sources (Kahn's order over the forward edges).
  const forward = edges.filter((edge) => !backEdges.has(edge.id));
  const successors = new Map<string, string[]>();
  const waiting = new Map<string, number>();
  for (const edge of forward) {
    let list = successors.get(edge.source);
    if (!list) successors.set(edge.source, (list = []));
    list.push(edge.target);
    waiting.set(edge.target, (waiting.get(edge.target) ?? 0) + 1);
  }
  const layer = new Map<string, number>();
  const queue = input.nodes.filter((node) => !waiting.has(node.id)).map((node) => node.id);
  for (const id of queue) layer.set(id, 0);
  for (let index = 0; index < queue.length; index += 1) {
    const id = queue[index]!;
    const next = layer.get(id)! + 1;
    for (const target of successors.get(id) ?? []) {
      if ((layer.get(target) ?? -1) < next) layer.set(target, next);
      const left = waiting.get(target)! - 1;
      waiting.set(target, left);
      if (left === 0) queue.push(target);
    }
  }

  // A source sits just left of its nearest reader, not in the first column far from it.
  for (const id of queue) {
    if (waiting.has(id)) continue;
    const readers = successors.get(id);
    if (readers?.length)
      layer.set(id, Math.max(0, Math.min(...readers.map((target) => layer.get(target)!)) - 1));
  }

  let dummies = 0;
  for (const edge of forward) dummies += layer.get(edge.target)! - layer.get(edge.source)! - 1;
  const skeleton = dummies > maxDummies;
  const layoutEdges = forward
    .filter((edge) => !skeleton || layer.get(edge.target)! - layer.get(edge.source)! === 1)
    .map((edge) => edge.id);

  return { layer, layoutEdges, backEdges: [...backEdges], dummies, skeleton };
}
