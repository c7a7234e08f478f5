import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { LineageGraph, LineageNodeWithHealth } from '@/catalog/lineage';
import { SloStatusBadge } from '@/components/slo-status-badge';
import { describeEdge } from '../lib/edge-kinds';

/** The same lineage as rows: for keyboard and screen-reader users, and for copying. */
export function LineageTable({
  graph,
  focus,
}: {
  graph: LineageGraph<LineageNodeWithHealth>;
  focus: string | null;
}) {
  const names = new Map(graph.nodes.map((node) => [node.id, node.name]));
  const sources = (id: string) =>
    graph.edges
      .filter((edge) => edge.target === id)
      .map((edge) => `${names.get(edge.source) ?? edge.source}${describeEdge(edge).tableNote}`);
  const side = (depth: number | null) =>
    depth === null
      ? ''
      : depth === 0
        ? 'in focus'
        : depth < 0
          ? `upstream, ${-depth}`
          : `downstream, ${depth}`;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover aria-label="Lineage as a table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Product</Table.Th>
            {focus ? <Table.Th scope="col">Where, steps</Table.Th> : null}
            <Table.Th scope="col">Domain</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">SLA health</Table.Th>
            <Table.Th scope="col">Owner</Table.Th>
            <Table.Th scope="col">Reads from</Table.Th>
            <Table.Th scope="col">Not shown</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {graph.nodes.map((node) => (
            <Table.Tr key={node.id}>
              <Table.Th scope="row">
                <Anchor component={Link} to={`/products/${encodeURIComponent(node.id)}/lineage`}>
                  {node.name}
                </Anchor>
              </Table.Th>
              {focus ? <Table.Td>{side(node.depth)}</Table.Td> : null}
              <Table.Td>{node.domain ?? '—'}</Table.Td>
              <Table.Td>{node.status}</Table.Td>
              <Table.Td>
                <SloStatusBadge status={node.health} />
              </Table.Td>
              <Table.Td>{node.owner ?? '—'}</Table.Td>
              <Table.Td>
                <Text size="sm">{sources(node.id).join(', ') || '—'}</Text>
              </Table.Td>
              <Table.Td>
                {graph.truncated[node.id] ? `${graph.truncated[node.id]} linked` : '—'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
