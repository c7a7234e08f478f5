/** Messages between the lineage view and its layout worker. */
export interface LayoutRequest {
  id: number;
  nodes: { id: string; width: number; height: number }[];
  edges: { id: string; source: string; target: string }[];
}

export type LayoutResponse =
  | {
      id: number;
      ok: true;
      positions: Record<string, { x: number; y: number }>;
      /** Time spent laying out inside the worker, in milliseconds. */
      elapsed: number;
      /** Edges ELK saw (all of them, or only those between neighbouring columns). */
      layoutEdges: number;
    }
  | { id: number; ok: false; message: string };
