/**
 * Lays the lineage graph out left to right (upstream → downstream) off the main thread, so the
 * page never freezes while a large graph is placed: the columns come from `layerGraph`, ELK's
 * layered algorithm orders and places the linked products within them, and products with no link
 * in the view are set out in a grid below.
 */
import type { ElkNode } from 'elkjs/lib/elk.bundled.js';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { LayoutRequest, LayoutResponse } from './layout-protocol';
import { layerGraph } from './layering';

const elk = new ELK();
const columnWidth = 1000;
const gap = 24;

const baseOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.layered.spacing.nodeNodeBetweenLayers': '90',
  'elk.spacing.nodeNode': String(gap),
  // The columns are given (each node's x); ELK keeps them. One graph, not one per component, so
  // that a column stays a column when only the edges between neighbouring ones are laid out.
  'elk.layered.layering.strategy': 'INTERACTIVE',
  'elk.layered.cycleBreaking.strategy': 'INTERACTIVE',
  'elk.separateConnectedComponents': 'false',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  // React Flow draws the edges itself; ELK's simplest routing is enough to place the nodes.
  'elk.edgeRouting': 'POLYLINE',
};

/**
 * The more linked products ELK places, the less it polishes them: a fast picture beats a perfect
 * one. Above 150, one pass to reduce crossings; above 600, products are centred in their column
 * rather than aligned to straighten edges (about a fifth faster, and at that size the picture is
 * an overview).
 */
function optionsFor(nodes: number) {
  if (nodes <= 150) return { ...baseOptions, 'elk.layered.thoroughness': '7' };
  return {
    ...baseOptions,
    'elk.layered.thoroughness': '1',
    'elk.layered.crossingMinimization.greedySwitch.type': 'OFF',
    ...(nodes > 600 ? { 'elk.layered.nodePlacement.strategy': 'SIMPLE' } : {}),
  };
}

type Positions = Record<string, { x: number; y: number }>;

async function layOut({ nodes, edges }: Omit<LayoutRequest, 'id'>) {
  const linked = new Set(edges.flatMap((edge) => [edge.source, edge.target]));
  const { layer, layoutEdges } = layerGraph({ nodes, edges });
  const keep = new Set(layoutEdges);
  const result: ElkNode = await elk.layout({
    id: 'root',
    layoutOptions: optionsFor(linked.size),
    children: nodes
      .filter((node) => linked.has(node.id))
      .map((node) => ({
        id: node.id,
        width: node.width,
        height: node.height,
        x: (layer.get(node.id) ?? 0) * columnWidth,
        y: 0,
      })),
    edges: edges
      .filter((edge) => keep.has(edge.id))
      .map((edge) => ({ id: edge.id, sources: [edge.source], targets: [edge.target] })),
  });
  const positions: Positions = {};
  for (const child of result.children ?? [])
    positions[child.id] = { x: child.x ?? 0, y: child.y ?? 0 };

  // Products without a link in this view: rows under the graph, about as wide as it.
  const alone = nodes.filter((node) => !linked.has(node.id));
  if (alone.length) {
    const cellWidth = Math.max(...alone.map((node) => node.width)) + gap;
    const cellHeight = Math.max(...alone.map((node) => node.height)) + gap;
    const perRow = Math.max(
      Math.ceil(Math.sqrt(alone.length)),
      Math.floor((result.width ?? 0) / cellWidth),
    );
    const top = linked.size ? (result.height ?? 0) + 4 * gap : 0;
    alone.forEach((node, index) => {
      positions[node.id] = {
        x: (index % perRow) * cellWidth,
        y: top + Math.floor(index / perRow) * cellHeight,
      };
    });
  }
  return { positions, layoutEdges: keep.size };
}

self.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  const { id, nodes, edges } = event.data;
  const started = performance.now();
  let response: LayoutResponse;
  try {
    const { positions, layoutEdges } = await layOut({ nodes, edges });
    response = { id, ok: true, positions, elapsed: performance.now() - started, layoutEdges };
  } catch (error) {
    response = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
