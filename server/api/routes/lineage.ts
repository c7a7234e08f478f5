import {
  errorResponseSchema,
  lineageGraphSchema,
  lineageQuerySchema,
} from '../../../src/catalog/api-schemas';
import type {
  LineageEdge,
  LineageGraph,
  LineageNodeWithHealth,
} from '../../../src/catalog/lineage';
import { edgeId, lineageLimits } from '../../../src/catalog/lineage';
import type { CatalogStore } from '../../store/catalog-store';
import type { ApiContext } from '../api-context';

/**
 * Adds the reads OpenLineage saw that no port edge declares: between shown products, and from
 * or to the focus, whose observed neighbours are added one step away. The declared lineage
 * stays as the contracts say, and what pipelines really do is drawn beside it.
 */
async function withObservedEdges(store: CatalogStore, graph: LineageGraph): Promise<LineageGraph> {
  if (graph.nodes.length === 0) return graph;
  const shown = new Set(graph.nodes.map((node) => node.id));
  const reads = await store.observations.listReadsAmong([...shown]);
  const nodes = [...graph.nodes];
  if (graph.focus) {
    const [asReader, asSource] = await Promise.all([
      store.observations.listReads(graph.focus, 'reader'),
      store.observations.listReads(graph.focus, 'source'),
    ]);
    for (const [read, neighbour, depth] of [
      ...asReader.map((read) => [read, read.sourceProductId, -1] as const),
      ...asSource.map((read) => [read, read.readerProductId, 1] as const),
    ]) {
      reads.push(read);
      if (shown.has(neighbour)) continue;
      const summary = await store.getProductSummary(neighbour);
      if (!summary) continue;
      shown.add(neighbour);
      nodes.push({
        id: summary.id,
        name: summary.name,
        domain: summary.domain,
        status: summary.status,
        owner: summary.owner,
        depth,
      });
    }
  }
  const declared = new Set(
    graph.edges
      .filter((edge) => edge.kind === 'port')
      .map((edge) => `${edge.source}>${edge.target}:${edge.contractId ?? ''}`),
  );
  const observed = new Map<string, LineageEdge>();
  for (const read of reads) {
    const key = `${read.sourceProductId}>${read.readerProductId}:${read.sourceContractId ?? ''}`;
    if (declared.has(key) || read.sourceProductId === read.readerProductId) continue;
    if (!shown.has(read.sourceProductId) || !shown.has(read.readerProductId)) continue;
    const edge = {
      source: read.sourceProductId,
      target: read.readerProductId,
      kind: 'observed' as const,
      contractId: read.sourceContractId,
      portName: read.sourcePortName,
    };
    observed.set(key, { id: edgeId(edge), ...edge });
  }
  if (observed.size === 0) return graph;
  return { ...graph, nodes, edges: [...graph.edges, ...observed.values()] };
}

/**
 * Gives every shown product how its service levels stand now, as the portfolio counts them, so
 * the view can show where promises are broken: one read for the whole graph, never one a node.
 */
async function withHealth(
  store: CatalogStore,
  graph: LineageGraph,
  at: Date,
): Promise<LineageGraph<LineageNodeWithHealth>> {
  const statuses = await store.observations.statusesOf(
    graph.nodes.map((node) => node.id),
    at.toISOString(),
  );
  return {
    ...graph,
    nodes: graph.nodes.map((node) => ({ ...node, health: statuses.get(node.id) ?? 'noData' })),
  };
}

const depth = (value: number | 'all') => (value === 'all' ? lineageLimits.allDepth : value);

export function registerLineageRoutes({ routes, store, now }: ApiContext): void {
  routes.add(
    {
      method: 'get',
      path: '/lineage',
      operationId: 'getLineage',
      summary: 'The lineage around a product, or of the whole mesh',
      description:
        'Products linked by the contracts their ports provide and read, and by access grants to other products. Walked breadth-first from the focus within the depths and filters, nearest products first, at most `budget` of them; each shown product says how many of its neighbours are left out, and how its service levels stand now (`health`). Cycles are shown, never walked twice.',
      tags: ['Lineage'],
      query: lineageQuerySchema,
      responses: {
        200: { description: 'A bounded graph.', schema: lineageGraphSchema },
        400: { description: 'A query parameter is invalid.', schema: errorResponseSchema },
        404: { description: 'The focused product does not exist.', schema: errorResponseSchema },
      },
    },
    async (c, { query }) => {
      const at = now();
      // Grants past their end no longer draw an edge.
      await store.access.expireDue(at);
      const graph = await store.getLineage({
        focus: query.focus,
        upstream: depth(query.upstream),
        downstream: depth(query.downstream),
        domains: query.domain,
        statuses: query.status,
        budget: query.budget,
        expand: query.expand,
      });
      if (!graph)
        return c.json({ message: `There is no data product with id ${query.focus}` }, 404);
      // After the observed edges, which may bring in neighbours of the focus.
      return c.json(await withHealth(store, await withObservedEdges(store, graph), at));
    },
  );
}
