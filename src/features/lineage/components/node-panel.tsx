import {
  Anchor,
  Badge,
  Button,
  CloseButton,
  Group,
  List,
  Loader,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { accessQueries } from '@/api/access-requests';
import { identityQueries } from '@/api/identity';
import { lineageQueries } from '@/api/lineage';
import { productQueries } from '@/api/products';
import type { LineageNodeWithHealth } from '@/catalog/lineage';
import { lineageLimits } from '@/catalog/lineage';
import type { OdcsProperty } from '@/catalog/standards/odcs';
import { canEditTeam } from '@/catalog/access/permissions';
import { InlineError } from '@/components/inline-error';
import { SloStatusBadge } from '@/components/slo-status-badge';
import { describeSlaTerms } from '@/catalog/sla/sla-terms';
import type { ObservedRead } from '../lib/edge-kinds';
import type { PortScope } from '../lib/graph';
import { impactOf } from '../lib/graph';

interface NodePanelProps {
  id: string;
  node: LineageNodeWithHealth | null;
  hidden: number;
  expanded: boolean;
  onToggleExpand: () => void;
  /** Above 0, and whenever it changes, the focus moves to the panel (chosen with the keyboard). */
  focusRequest?: number;
  /** Reads OpenLineage saw to or from this product that no input port declares. */
  observedReads?: readonly (ObservedRead & { otherName: string })[];
  onClose: () => void;
}

/** A product chosen in the graph: what it is, its service levels, its ports, its impact. */
export function NodePanel({
  id,
  node,
  hidden,
  expanded,
  onToggleExpand,
  focusRequest = 0,
  observedReads = [],
  onClose,
}: NodePanelProps) {
  const detail = useQuery(productQueries.detail(id));
  const [showImpact, setShowImpact] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusRequest > 0) heading.current?.focus();
  }, [focusRequest]);
  const name = node?.name ?? detail.data?.summary.name ?? id;
  return (
    <Paper
      withBorder
      p="md"
      component="aside"
      aria-label={`Details of ${name}`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={2} size="h3" ref={heading} tabIndex={-1}>
            {name}
          </Title>
          <CloseButton aria-label="Close the details" onClick={onClose} />
        </Group>
        {node ? (
          <>
            <Text size="sm">
              {node.domain ?? 'No domain'} · {node.status} · owned by {node.owner ?? 'nobody'}
            </Text>
            <Group gap={6}>
              <Text size="sm">SLA health:</Text>
              <SloStatusBadge status={node.health} />
              <Anchor
                component={Link}
                to={`/products/${encodeURIComponent(id)}/service-levels`}
                size="sm"
              >
                See its service levels
              </Anchor>
            </Group>
          </>
        ) : null}
        <Group gap="xs">
          <Button component={Link} to={`/products/${encodeURIComponent(id)}`} size="xs">
            Open the product page
          </Button>
          <Button
            component={Link}
            to={`/products/${encodeURIComponent(id)}/lineage`}
            size="xs"
            variant="default"
          >
            Centre the lineage here
          </Button>
          {hidden || expanded ? (
            <Button size="xs" variant="default" onClick={onToggleExpand}>
              {expanded ? 'Hide its other links' : `Show ${hidden} more linked`}
            </Button>
          ) : null}
          <Button
            size="xs"
            variant="default"
            onClick={() => setShowImpact((shown) => !shown)}
            aria-expanded={showImpact}
          >
            Impact analysis
          </Button>
        </Group>
        {showImpact ? (
          <ImpactAnalysis
            id={id}
            name={name}
            team={detail.data ? (detail.data.document.team?.name ?? null) : undefined}
            ports={(detail.data?.document.outputPorts ?? []).map((port) => ({
              name: port.name,
              contractId: port.contractId ?? null,
            }))}
          />
        ) : null}
        {observedReads.length ? <ObservedReads name={name} reads={observedReads} /> : null}
        {detail.isError ? (
          <InlineError message={detail.error.message} onRetry={() => void detail.refetch()} />
        ) : null}
        {!detail.data ? (
          detail.isError ? null : (
            <Loader size="sm" aria-label="Loading the product" />
          )
        ) : (
          <>
            {detail.data.summary.purpose ? (
              <Text size="sm">{detail.data.summary.purpose}</Text>
            ) : null}
            <Title order={3} size="h5">
              Output ports and service levels
            </Title>
            {detail.data.contracts.length === 0 ? (
              <Text size="sm" c="dimmed">
                No contracts in the catalog for its ports.
              </Text>
            ) : (
              detail.data.contracts.map((contract) => (
                <PortContract key={contract.id} id={contract.id} document={contract.document} />
              ))
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** Links pipelines showed in OpenLineage that the descriptors do not declare, in words. */
function ObservedReads({
  name,
  reads,
}: {
  name: string;
  reads: readonly (ObservedRead & { otherName: string })[];
}) {
  const port = (read: ObservedRead) => read.portName ?? read.contractId ?? 'a port';
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        Observed in OpenLineage, not declared
      </Title>
      <List size="sm" spacing={2}>
        {reads.map((read) => (
          <List.Item key={`${read.direction}|${read.other}|${port(read)}`}>
            {read.direction === 'reads'
              ? `${name} reads ${read.otherName} · ${port(read)} without an input port for it.`
              : `${read.otherName} reads ${port(read)} of ${name} without an input port for it.`}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

function PortContract({
  id,
  document,
}: {
  id: string;
  document: Parameters<typeof describeSlaTerms>[0] & {
    schema?: { name?: string; properties?: OdcsProperty[] }[];
  };
}) {
  const [columns, setColumns] = useState(false);
  const terms = describeSlaTerms(document);
  const mapped = (document.schema ?? []).flatMap((object) =>
    (object.properties ?? [])
      .filter((property) => property.transformSourceObjects?.length)
      .map((property) => ({ object: object.name ?? '', property })),
  );
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {id}
      </Text>
      {terms.length ? (
        <List size="sm" spacing={2}>
          {terms.map((term) => (
            <List.Item key={term.property}>
              {term.label}: {term.text}
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" c="dimmed">
          No service levels declared.
        </Text>
      )}
      {mapped.length ? (
        <>
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => setColumns((shown) => !shown)}
            aria-expanded={columns}
          >
            {columns ? 'Hide column lineage' : `Column lineage (${mapped.length} columns)`}
          </Button>
          {columns ? (
            <Table aria-label={`Column lineage of ${id}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Column</Table.Th>
                  <Table.Th scope="col">Comes from</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {mapped.map(({ object, property }) => (
                  <Table.Tr key={`${object}.${property.name}`}>
                    <Table.Td>
                      {object}.{property.name}
                    </Table.Td>
                    <Table.Td>
                      {property.transformSourceObjects!.join(', ')}
                      {property.transformDescription ? ` (${property.transformDescription})` : ''}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : null}
        </>
      ) : null}
    </Stack>
  );
}

/**
 * Everything downstream of a product or one of its ports, what an owner checks before a breaking
 * change; owners also see the people, teams and products granted access.
 */
function ImpactAnalysis({
  id,
  name,
  team,
  ports,
}: {
  id: string;
  name: string;
  /** The owning team; undefined while the product loads. */
  team: string | null | undefined;
  ports: PortScope[];
}) {
  const [scope, setScope] = useState('');
  const me = useQuery(identityQueries.me());
  const owner = me.data ? canEditTeam(me.data, team) : false;
  const consumers = useQuery({ ...accessQueries.consumers(id), enabled: owner });
  const downstream = useQuery(
    lineageQueries.graph({
      focus: id,
      upstream: 0,
      downstream: 'all',
      budget: lineageLimits.maxBudget,
    }),
  );
  if (downstream.isError)
    return (
      <InlineError message={downstream.error.message} onRetry={() => void downstream.refetch()} />
    );
  if (!downstream.data || team === undefined || me.isPending)
    return <Loader size="sm" aria-label="Working out the impact" />;
  const port = ports.find((candidate) => candidate.name === scope);
  const impact = impactOf(downstream.data, id, port);
  const changed = port ? `the port ${port.name}` : name;
  const grants = (consumers.data?.grants ?? []).filter(
    (grant) => !port || grant.portName === port.name,
  );
  return (
    <Stack gap={6} component="section" aria-label={`Impact of a change to ${name}`}>
      <Title order={3} size="h5">
        Impact of a change
      </Title>
      {ports.length > 1 ? (
        <NativeSelect
          label="A change to"
          size="xs"
          value={scope}
          onChange={(event) => setScope(event.currentTarget.value)}
          data={[
            { value: '', label: 'The whole product' },
            ...ports.map((candidate) => ({
              value: candidate.name,
              label: `The port ${candidate.name}`,
            })),
          ]}
        />
      ) : null}
      {owner ? (
        grants.length ? (
          <div>
            <Text size="sm" fw={600}>
              With access to {changed}: {grants.length}
            </Text>
            <List size="sm" spacing={2} aria-label={`With access to ${changed}`}>
              {grants.map((grant) => (
                <List.Item key={grant.id}>
                  {grant.grantee.name} ({grant.grantee.kind}) · {grant.role}
                  {port ? '' : ` on ${grant.portName}`}
                </List.Item>
              ))}
            </List>
          </div>
        ) : consumers.isError ? (
          <Text size="sm" c="var(--mantine-color-error)">
            Who has access could not be loaded: {consumers.error.message}
          </Text>
        ) : consumers.data ? (
          <Text size="sm">Nobody has been granted access to {changed}.</Text>
        ) : (
          <Loader size="xs" aria-label="Loading who has access" />
        )
      ) : (
        <Text size="sm" c="dimmed">
          Its owners also see here who has been granted access.
        </Text>
      )}
      {impact.products === 0 ? (
        <Text size="sm">Nothing reads from {changed}.</Text>
      ) : (
        <>
          <Text size="sm">
            {impact.products} products downstream, owned by {impact.teams.length} teams:{' '}
            {impact.teams.join(', ')}.
          </Text>
          {impact.levels.map((level) => (
            <div key={level.depth}>
              <Text size="sm" fw={600}>
                {level.depth === 1 ? 'Reading directly' : `${level.depth} steps away`}:{' '}
                {level.products.length}
              </Text>
              <Group gap={4}>
                {level.products.map((product) => (
                  <Badge key={product.id} variant="light" color="gray" tt="none">
                    {product.name}
                  </Badge>
                ))}
              </Group>
            </div>
          ))}
          {impact.grantees.length ? (
            <Text size="sm">
              Through access grants: {impact.grantees.map((product) => product.name).join(', ')}.
            </Text>
          ) : null}
          {Object.keys(downstream.data.truncated).length ? (
            <Text size="sm" c="dimmed">
              The mesh goes further than {lineageLimits.maxBudget} products; this list stops there.
            </Text>
          ) : null}
        </>
      )}
    </Stack>
  );
}
