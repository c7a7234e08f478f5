import {
  Alert,
  Anchor,
  Button,
  Grid,
  Group,
  Loader,
  MultiSelect,
  NativeSelect,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { lineageQueries } from '@/api/lineage';
import { productQueries } from '@/api/products';
import { lineageLimits } from '@/catalog/lineage';
import { ErrorState } from '@/components/error-state';
import { observedReadsOf } from '../lib/edge-kinds';
import { groupWideFanOuts, pathBetween } from '../lib/graph';
import { countHealth } from '../lib/node-health';
import type { ColourBy, Depth, LineageViewState } from '../lib/view-state';
import { depthChoices, limitChoices, readViewState, writeViewState } from '../lib/view-state';
import { prepareLayout } from '../layout/use-layout';
import { LineageGraphSkeleton } from './lineage-skeleton';
import { LineageLegend } from './lineage-legend';
import { LineageTable } from './lineage-table';
import { NodePanel } from './node-panel';

// React Flow and its styles load only with the graph view.
const LineageCanvas = lazy(() =>
  import('./lineage-canvas').then((module) => ({ default: module.LineageCanvas })),
);

/** Neighbours shown per node and direction before a "+N more" group. */
const maxNeighbours = 6;

/** Products shown at most, unless the URL says otherwise: a neighbourhood, or the mesh. */
const defaultLimit = { focused: lineageLimits.defaultBudget, mesh: 500 };

const depthLabel = (depth: Depth) => (depth === 'all' ? 'All' : String(depth));

/**
 * The lineage of one product (`focus`) or of the whole mesh: depths, filters, path-only mode and
 * the open panel are all in the URL, so a copied link shows the same view.
 */
export function LineagePage({ focus }: { focus: string | null }) {
  const [params, setParams] = useSearchParams();
  const state = readViewState(params);
  // Builds on the last change even before it renders, so quick changes one after another all count.
  const latest = useRef(params);
  useEffect(() => {
    latest.current = params;
  }, [params]);
  const update = (patch: Partial<LineageViewState>) => {
    const next = writeViewState({ ...readViewState(latest.current), ...patch });
    latest.current = next;
    setParams(next);
  };
  const colourLabel = useId();
  const [centreOn, setCentreOn] = useState<string | null>(null);
  // A product chosen with the keyboard moves the focus to its details (each request counts up);
  // a click, the search box or closing the details leave it where it is (0).
  const [detailsFocus, setDetailsFocus] = useState(0);
  // The layout worker starts while the lineage loads, when there is a graph to lay out.
  useEffect(() => {
    if (state.view === 'graph') prepareLayout();
  }, [state.view]);
  const limit = state.limit ?? (focus ? defaultLimit.focused : defaultLimit.mesh);

  const pathMode = Boolean(focus && state.path);
  const lineage = useQuery(
    lineageQueries.graph(
      focus
        ? {
            focus,
            upstream: pathMode ? 'all' : state.up,
            downstream: pathMode ? 'all' : state.down,
            domain: state.domain,
            status: state.status,
            expand: state.expand,
            budget: pathMode ? lineageLimits.maxBudget : limit,
          }
        : {
            domain: state.domain,
            status: state.status,
            expand: state.expand,
            budget: limit,
          },
    ),
  );
  // Facets over the whole catalog name every domain and status there is.
  const facets = useQuery(productQueries.list({ pageSize: 1 }));
  const focusName = lineage.data?.nodes.find((node) => node.id === focus)?.name ?? focus;

  const shown = useMemo(() => {
    if (!lineage.data) return null;
    if (focus && state.path) return pathBetween(lineage.data, focus, state.path);
    return lineage.data;
  }, [lineage.data, focus, state.path]);
  const view = useMemo(
    () =>
      shown
        ? groupWideFanOuts(shown, state.groups ? maxNeighbours : Infinity, new Set(state.open))
        : null,
    [shown, state.open, state.groups],
  );

  const title = focus ? `Lineage of ${focusName}` : 'Lineage of the mesh';
  const nodeOptions = (lineage.data?.nodes ?? [])
    .filter((node) => node.id !== focus)
    .map((node) => ({ value: node.id, label: node.name }));

  return (
    <Stack gap="md">
      <title>{`${title} · Meshport`}</title>
      <div>
        {focus ? (
          <Anchor component={Link} to={`/products/${encodeURIComponent(focus)}`} size="sm">
            Back to {focusName}
          </Anchor>
        ) : null}
        <Title order={1}>{title}</Title>
        <Text c="dimmed">
          Upstream on the left, downstream on the right. An arrow is a contract one product provides
          and the other reads; a dashed purple arrow is access granted to another product; a
          dash-dot orange arrow is a read that pipelines reported through OpenLineage but no input
          port declares.
        </Text>
      </div>

      <Group gap="sm" align="flex-end" role="group" aria-label="What to show">
        {focus ? (
          <>
            <NativeSelect
              label="Upstream depth"
              value={String(state.up)}
              disabled={pathMode}
              onChange={(event) => update({ up: parseDepth(event.currentTarget.value) })}
              data={depthChoices.map((depth) => ({
                value: String(depth),
                label: depthLabel(depth),
              }))}
            />
            <NativeSelect
              label="Downstream depth"
              value={String(state.down)}
              disabled={pathMode}
              onChange={(event) => update({ down: parseDepth(event.currentTarget.value) })}
              data={depthChoices.map((depth) => ({
                value: String(depth),
                label: depthLabel(depth),
              }))}
            />
          </>
        ) : null}
        <MultiSelect
          label="Domains"
          placeholder={state.domain.length ? undefined : 'All'}
          data={(facets.data?.facets.domain ?? []).map((facet) => facet.value)}
          value={state.domain}
          onChange={(domain) => update({ domain })}
          clearable
          w={220}
        />
        <MultiSelect
          label="Statuses"
          placeholder={state.status.length ? undefined : 'All'}
          data={(facets.data?.facets.status ?? []).map((facet) => facet.value)}
          value={state.status}
          onChange={(status) => update({ status })}
          clearable
          w={220}
        />
        {focus ? (
          <Select
            label="Only the paths to"
            placeholder="Every product"
            data={nodeOptions}
            value={state.path}
            onChange={(path) => update({ path, open: [] })}
            searchable
            // A mesh view holds up to 2,000 products; the list shows the first matches.
            limit={50}
            clearable
            w={240}
            nothingFoundMessage="No such product in this graph"
          />
        ) : null}
        <NativeSelect
          label="Show at most"
          value={String(pathMode ? lineageLimits.maxBudget : limit)}
          disabled={pathMode}
          onChange={(event) => update({ limit: Number(event.currentTarget.value) })}
          data={limitChoices.map((choice) => ({
            value: String(choice),
            label: `${choice.toLocaleString('en-US')} products`,
          }))}
        />
        <Select
          label="Find in the graph"
          placeholder="Product name"
          data={(view?.nodes ?? []).map((node) => ({ value: node.id, label: node.name }))}
          value={null}
          onChange={(id) => {
            if (!id) return;
            setDetailsFocus(0);
            setCentreOn(id);
            update({ node: id });
          }}
          searchable
          // A mesh view holds up to 2,000 products; the list shows the first matches.
          limit={50}
          w={220}
          nothingFoundMessage="Not shown in the graph"
        />
        <Switch
          label="Group wide fan-outs"
          checked={state.groups}
          onChange={(event) => update({ groups: event.currentTarget.checked })}
          mb={8}
        />
        {state.view === 'graph' ? (
          <div>
            <Text component="span" id={colourLabel} size="sm" fw={500} display="block" mb={4}>
              Colour by
            </Text>
            <SegmentedControl
              aria-labelledby={colourLabel}
              value={state.colour}
              onChange={(value) => update({ colour: value as ColourBy })}
              data={[
                { value: 'domain', label: 'Domain' },
                { value: 'health', label: 'SLA health' },
              ]}
            />
          </div>
        ) : null}
        <SegmentedControl
          aria-label="Show as"
          value={state.view}
          onChange={(value) => update({ view: value as 'graph' | 'table' })}
          data={[
            { value: 'graph', label: 'Graph' },
            { value: 'table', label: 'Table' },
          ]}
        />
      </Group>

      {lineage.isError ? (
        <ErrorState
          title="The lineage could not be loaded"
          message={lineage.error.message}
          onRetry={() => void lineage.refetch()}
        />
      ) : !lineage.data || !view ? (
        <LineageGraphSkeleton />
      ) : (
        <>
          <Summary
            nodes={view.nodes.length}
            edges={view.edges.length}
            observed={view.edges.filter((edge) => edge.kind === 'observed').length}
            grouped={view.groups.reduce((sum, group) => sum + group.hidden.length, 0)}
            health={
              state.view === 'graph' && state.colour === 'health' ? countHealth(view.nodes) : null
            }
            truncated={Object.keys(lineage.data.truncated).length}
            noPath={pathMode && shown === null}
          />
          {state.view === 'table' || shown === null ? null : (
            <LineageLegend colourBy={state.colour} />
          )}
          {shown === null ? (
            <Alert color="gray" variant="light">
              No path joins {focusName} and{' '}
              {lineage.data.nodes.find((node) => node.id === state.path)?.name ?? state.path}.{' '}
              <Button variant="subtle" size="compact-sm" onClick={() => update({ path: null })}>
                Show all lineage
              </Button>
            </Alert>
          ) : (
            <Grid gap="md">
              <Grid.Col
                span={{ base: 12, lg: state.node ? 8 : 12 }}
                id="lineage-view"
                tabIndex={-1}
              >
                {state.view === 'table' ? (
                  <LineageTable graph={shown!} focus={focus} />
                ) : (
                  <Suspense fallback={<Loader aria-label="Loading the graph view" />}>
                    <LineageCanvas
                      view={view}
                      focus={focus}
                      colourBy={state.colour}
                      truncated={lineage.data.truncated}
                      selected={state.node}
                      centreOn={centreOn}
                      onSelect={(node, how) => {
                        setDetailsFocus((count) => (how === 'keyboard' && node ? count + 1 : 0));
                        update({ node });
                      }}
                      onOpenGroup={(group) => update({ open: [...state.open, group] })}
                    />
                  </Suspense>
                )}
              </Grid.Col>
              {state.node ? (
                <Grid.Col span={{ base: 12, lg: 4 }}>
                  <NodePanel
                    key={state.node}
                    id={state.node}
                    node={lineage.data.nodes.find((node) => node.id === state.node) ?? null}
                    hidden={lineage.data.truncated[state.node] ?? 0}
                    observedReads={observedReadsOf(lineage.data.edges, state.node).map((read) => ({
                      ...read,
                      otherName:
                        lineage.data.nodes.find((node) => node.id === read.other)?.name ??
                        read.other,
                    }))}
                    expanded={state.expand.includes(state.node)}
                    onToggleExpand={() =>
                      update({
                        expand: state.expand.includes(state.node!)
                          ? state.expand.filter((id) => id !== state.node)
                          : [...state.expand, state.node!],
                      })
                    }
                    focusRequest={detailsFocus}
                    onClose={() => {
                      const id = state.node!;
                      setDetailsFocus(0);
                      update({ node: null });
                      // Back to the product in the graph, or to the view when it is not drawn.
                      const escaped = id.replace(/["\\]/g, '\\$&');
                      (
                        document.querySelector<HTMLElement>(
                          `.react-flow__node[data-id="${escaped}"]`,
                        ) ?? document.getElementById('lineage-view')
                      )?.focus();
                    }}
                  />
                </Grid.Col>
              ) : null}
            </Grid>
          )}
        </>
      )}
    </Stack>
  );
}

function parseDepth(value: string): Depth {
  return value === 'all' ? 'all' : Number(value);
}

function Summary(props: {
  nodes: number;
  edges: number;
  observed: number;
  grouped: number;
  /** How many products stand each way, when the graph is coloured by SLA health. */
  health: string | null;
  truncated: number;
  noPath: boolean;
}) {
  if (props.noPath) return null;
  const parts = [`${props.nodes} products`, `${props.edges} links`];
  if (props.observed) parts.push(`${props.observed} observed in OpenLineage, not declared`);
  if (props.grouped) parts.push(`${props.grouped} more in “+N more” groups`);
  if (props.health) parts.push(`SLA health: ${props.health}`);
  if (props.truncated) parts.push(`${props.truncated} products with more links beyond this view`);
  return (
    <Text size="sm" role="status">
      {parts.join(' · ')}
    </Text>
  );
}
