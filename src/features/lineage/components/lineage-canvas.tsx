import '@xyflow/react/dist/style.css';
import { Loader, Text } from '@mantine/core';
import type { Edge, Node, NodeProps, ReactFlowInstance } from '@xyflow/react';
import {
  Background,
  Controls,
  Handle,
  MarkerType,
  MiniMap,
  Position,
  ReactFlow,
  ReactFlowProvider,
  useStore,
} from '@xyflow/react';
import type { CSSProperties } from 'react';
import { useEffect, useMemo, useRef } from 'react';
import type { LineageEdgeKind, LineageNodeWithHealth } from '@/catalog/lineage';
import { statusLabels } from '@/catalog/service-levels/status-words';
import { describeEdge } from '../lib/edge-kinds';
import type { GroupNode, ViewGraph } from '../lib/graph';
import { domainColor } from '../lib/domain-colors';
import { healthColor, nodeLabel } from '../lib/node-health';
import type { ColourBy } from '../lib/view-state';
import { useLayout } from '../layout/use-layout';
import classes from './lineage.module.css';

const productSize = { width: 220, height: 76 };
const groupSize = { width: 140, height: 40 };
/** Below this zoom, text would be too small to read: products are drawn as coloured boxes. */
const detailZoom = 0.4;

type ProductData = {
  node: LineageNodeWithHealth;
  focus: boolean;
  hidden: number;
  colourBy: ColourBy;
};
type GroupData = { group: GroupNode };

function ProductNodeView({ data, selected }: NodeProps<Node<ProductData>>) {
  const { node, focus, hidden, colourBy } = data;
  const health = colourBy === 'health';
  const color = health ? healthColor(node.health) : domainColor(node.domain);
  return (
    <div
      className={classes.node}
      data-focus={focus || undefined}
      data-selected={selected || undefined}
      style={{ '--node-color': color } as CSSProperties}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} />
      {/* Plain elements: a thousand products render several times faster than with Text. */}
      <div className={classes.details}>
        <div className={classes.name}>{node.name}</div>
        <div className={classes.meta}>
          {health ? (
            <span className={classes.health}>SLA: {statusLabels[node.health]} · </span>
          ) : null}
          {node.domain ?? 'no domain'} · {node.status}
        </div>
        <div className={classes.meta}>
          {node.owner ?? 'no owner'}
          {hidden ? ` · ${hidden} more linked` : ''}
        </div>
      </div>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
}

function GroupNodeView({ data }: NodeProps<Node<GroupData>>) {
  return (
    <div className={classes.group}>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <Text size="sm" fw={600}>
        +{data.group.hidden.length} more
      </Text>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
}

const nodeTypes = { product: ProductNodeView, group: GroupNodeView };

/** Each kind of link drawn its own way; the legend on the lineage page names them. */
const edgeClasses: Record<LineageEdgeKind, string | undefined> = {
  port: undefined,
  grant: classes.grantEdge,
  observed: classes.observedEdge,
};

export interface LineageCanvasProps {
  view: ViewGraph<LineageNodeWithHealth>;
  focus: string | null;
  /** What the products' colours stand for. */
  colourBy: ColourBy;
  truncated: Record<string, number>;
  selected: string | null;
  /** A node to centre on (the search box's pick). */
  centreOn: string | null;
  /** A product chosen (or none); `keyboard` when chosen with Enter or Space on a focused node. */
  onSelect: (id: string | null, how?: 'keyboard' | 'pointer') => void;
  onOpenGroup: (groupId: string) => void;
}

/** The graph itself: laid out in a worker, drawn with React Flow. */
export function LineageCanvas(props: LineageCanvasProps) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  );
}

function Canvas({
  view,
  focus,
  colourBy,
  truncated,
  selected,
  centreOn,
  onSelect,
  onOpenGroup,
}: LineageCanvasProps) {
  const flow = useRef<ReactFlowInstance<Node, Edge> | null>(null);
  const frame = useRef<HTMLDivElement>(null);
  // Whether the last thing the person did was press a key (rather than point).
  const usingKeys = useRef(false);
  // Changes only when the zoom crosses the threshold, so panning and zooming render nothing.
  const far = useStore((store) => store.transform[2] < detailZoom);
  const layoutRequest = useMemo(
    () => ({
      nodes: [
        ...view.nodes.map((node) => ({ id: node.id, ...productSize })),
        ...view.groups.map((group) => ({ id: group.id, ...groupSize })),
      ],
      edges: [
        ...view.edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target })),
        ...view.groups.map((group) =>
          group.direction === 'down'
            ? { id: `${group.id}:edge`, source: group.parent, target: group.id }
            : { id: `${group.id}:edge`, source: group.id, target: group.parent },
        ),
      ],
    }),
    [view],
  );
  const shape = useMemo(
    () =>
      `${layoutRequest.nodes.map((node) => node.id).join(',')}|${layoutRequest.edges.map((edge) => edge.id).join(',')}`,
    [layoutRequest],
  );
  const layout = useLayout(shape, layoutRequest);

  const nodes = useMemo<Node[]>(() => {
    if (layout.status !== 'done') return [];
    const at = (id: string) => layout.positions[id] ?? { x: 0, y: 0 };
    return [
      ...view.nodes.map((node): Node<ProductData> => ({
        id: node.id,
        type: 'product',
        position: at(node.id),
        data: { node, focus: node.id === focus, hidden: truncated[node.id] ?? 0, colourBy },
        selected: node.id === selected,
        ariaLabel: nodeLabel(node, node.id === focus, colourBy),
        ...productSize,
      })),
      ...view.groups.map((group): Node<GroupData> => ({
        id: group.id,
        type: 'group',
        position: at(group.id),
        data: { group },
        ariaLabel: `${group.hidden.length} more ${group.direction === 'down' ? 'downstream' : 'upstream'} products; press Enter to show them`,
        ...groupSize,
      })),
    ];
  }, [layout, view, focus, colourBy, truncated, selected]);

  const edges = useMemo<Edge[]>(
    () => [
      ...view.edges.map((edge): Edge => {
        const words = describeEdge(edge);
        return {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          label: view.edges.length <= 80 ? words.label : undefined,
          className: edgeClasses[edge.kind],
          markerEnd: { type: MarkerType.ArrowClosed },
          // Nothing happens on an edge: no wide invisible hit area (one element less per edge).
          interactionWidth: 0,
          ariaLabel: `${edge.source} to ${edge.target}, ${words.spoken}`,
        };
      }),
      ...view.groups.map((group): Edge => ({
        id: `${group.id}:edge`,
        source: group.direction === 'down' ? group.parent : group.id,
        target: group.direction === 'down' ? group.id : group.parent,
        className: classes.groupEdge,
      })),
    ],
    [view],
  );

  // A new layout is fitted into view once React Flow has measured its nodes.
  useEffect(() => {
    if (layout.status !== 'done') return;
    const frame = requestAnimationFrame(() => void flow.current?.fitView({ duration: 200 }));
    return () => cancelAnimationFrame(frame);
  }, [layout]);

  useEffect(() => {
    if (!centreOn || layout.status !== 'done') return;
    const position = layout.positions[centreOn];
    if (position)
      void flow.current?.setCenter(
        position.x + productSize.width / 2,
        position.y + productSize.height / 2,
        { zoom: 1.1, duration: 300 },
      );
  }, [centreOn, layout]);

  if (layout.status === 'error')
    return (
      <Text c="var(--mantine-color-error)">The graph could not be laid out: {layout.message}</Text>
    );

  return (
    <div
      ref={frame}
      onKeyDownCapture={(event) => {
        usingKeys.current = true;
        const id = (event.target as HTMLElement)
          .closest('.react-flow__node')
          ?.getAttribute('data-id');
        if (!id) return;
        // Escape on a product closes its details and keeps the focus there (React Flow would
        // blur it); Enter on the chosen product goes back to its details.
        if (event.key === 'Escape' && selected) {
          event.stopPropagation();
          onSelect(null, 'keyboard');
        } else if ((event.key === 'Enter' || event.key === ' ') && id === selected) {
          event.stopPropagation();
          event.preventDefault();
          onSelect(id, 'keyboard');
        }
      }}
      onPointerDownCapture={() => {
        usingKeys.current = false;
      }}
      className={classes.canvas}
      aria-busy={layout.status !== 'done'}
      data-far={far || undefined}
    >
      {layout.status !== 'done' ? (
        <Loader aria-label="Laying out the graph" className={classes.loader} />
      ) : null}
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onInit={(instance) => {
          flow.current = instance;
        }}
        fitView
        minZoom={0.02}
        onlyRenderVisibleElements={nodes.length > 300}
        nodesDraggable={false}
        nodesConnectable={false}
        // Tab goes from product to product; the links are read in the table view.
        edgesFocusable={false}
        elementsSelectable
        onNodeClick={(_, node) => {
          if (node.type === 'group') onOpenGroup(node.id);
          else onSelect(node.id, 'pointer');
        }}
        onNodesChange={(changes) => {
          // Keyboard users select with Enter on a focused node.
          for (const change of changes) {
            if (change.type !== 'select' || !change.selected) continue;
            if (change.id.startsWith('group:')) onOpenGroup(change.id);
            else if (change.id !== selected)
              onSelect(change.id, usingKeys.current ? 'keyboard' : 'pointer');
          }
        }}
        onPaneClick={() => onSelect(null)}
        // While panning or zooming, the graph moves as one picture and is redrawn sharp at the end.
        onMoveStart={() => frame.current?.setAttribute('data-moving', '')}
        onMoveEnd={() => frame.current?.removeAttribute('data-moving')}
        ariaLabelConfig={{
          'node.a11yDescription.default': 'Press Enter to see the details of this product.',
        }}
      >
        <Background />
        <Controls showInteractive={false} aria-label="Zoom" />
        <MiniMap pannable zoomable ariaLabel="Overview of the graph" />
      </ReactFlow>
    </div>
  );
}
