import { useEffect, useState } from 'react';
import type { LayoutRequest, LayoutResponse } from './layout-protocol';

export type LayoutState =
  | { status: 'idle' | 'running' }
  | { status: 'done'; positions: Record<string, { x: number; y: number }>; elapsed: number }
  | { status: 'error'; message: string };

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (response: LayoutResponse) => void>();

function settle(response: LayoutResponse) {
  const resolve = waiting.get(response.id);
  waiting.delete(response.id);
  resolve?.(response);
}

function layoutWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  if (!worker) {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<LayoutResponse>) => settle(event.data);
    // A worker that cannot load (a new release renamed its file, a blocked script) fails every
    // layout waiting for it, instead of leaving them spinning; the next layout tries again.
    worker.onerror = () => {
      worker = null;
      for (const id of [...waiting.keys()])
        settle({ id, ok: false, message: 'the layout worker could not start. Reload the page' });
    };
  }
  return worker;
}

/** Starts the worker ahead of the first layout, so that it is ready when the lineage arrives. */
export function prepareLayout() {
  layoutWorker();
}

/**
 * Runs one layout in the shared worker. Each is recorded as a `meshport:lineage-layout` measure
 * (what was laid out and the time spent in the worker), which the benchmark reads.
 */
export function layOut(request: Omit<LayoutRequest, 'id'>): Promise<LayoutResponse> {
  const id = nextId++;
  const start = performance.now();
  return new Promise((resolve) => {
    waiting.set(id, (response) => {
      performance.measure('meshport:lineage-layout', {
        start,
        detail: {
          nodes: request.nodes.length,
          edges: request.edges.length,
          layoutEdges: response.ok ? response.layoutEdges : null,
          workerMs: response.ok ? response.elapsed : null,
        },
      });
      resolve(response);
    });
    const running = layoutWorker();
    if (running) running.postMessage({ ...request, id });
    else
      waiting.get(id)?.({
        id,
        ok: false,
        message:
          'this browser cannot run it in the background. The table view shows the same links',
      });
  });
}

/** The positions of a graph, recomputed whenever its shape (`key`) changes; stale ones are dropped. */
export function useLayout(key: string, request: Omit<LayoutRequest, 'id'> | null): LayoutState {
  const [state, setState] = useState<LayoutState>({ status: 'idle' });
  useEffect(() => {
    if (!request) return;
    let current = true;
    setState({ status: 'running' });
    void layOut(request).then((response) => {
      if (!current) return;
      setState(
        response.ok
          ? { status: 'done', positions: response.positions, elapsed: response.elapsed }
          : { status: 'error', message: response.message },
      );
    });
    return () => {
      current = false;
    };
    // The request is rebuilt on every render; its key says when it really changed.
  }, [key]);
  return state;
}
