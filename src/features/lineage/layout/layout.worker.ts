/**
 * Lays the lineage graph out left to right (upstream → downstream) with ELK's layered algorithm,
 * off the main thread, so the page never freezes while a large graph is placed.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { LayoutRequest, LayoutResponse } from './layout-protocol';

const elk = new ELK();

const options = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.layered.spacing.nodeNodeBetweenLayers': '90',
  'elk.spacing.nodeNode': '24',
  // Fast placement for large graphs; crossing minimisation stays on.
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.thoroughness': '3',
  'elk.layered.cycleBreaking.strategy': 'GREEDY',
  'elk.separateConnectedComponents': 'true',
};

self.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  const { id, nodes, edges } = event.data;
  const started = performance.now();
  let response: LayoutResponse;
  try {
    const result = await elk.layout({
      id: 'root',
      layoutOptions: options,
      children: nodes.map((node) => ({ id: node.id, width: node.width, height: node.height })),
      edges: edges.map((edge) => ({ id: edge.id, sources: [edge.source], targets: [edge.target] })),
    });
    const positions: Record<string, { x: number; y: number }> = {};
    for (const child of result.children ?? [])
      positions[child.id] = { x: child.x ?? 0, y: child.y ?? 0 };
    response = { id, ok: true, positions, elapsed: performance.now() - started };
  } catch (error) {
    response = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
