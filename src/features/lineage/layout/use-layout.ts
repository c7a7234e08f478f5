import { useEffect, useState } from 'react';
import type { LayoutRequest, LayoutResponse } from './layout-protocol';

export type LayoutState =
  | { status: 'idle' | 'running' }
  | { status: 'done'; positions: Record<string, { x: number; y: number }>; elapsed: number }
  | { status: 'error'; message: string };

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (response: LayoutResponse) => void>();

function layoutWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
      waiting.get(event.data.id)?.(event.data);
      waiting.delete(event.data.id);
    };
  }
  return worker;
}

/** Runs one layout in the shared worker; marks it for the benchmark (`meshport:lineage-layout`). */
export function layOut(request: Omit<LayoutRequest, 'id'>): Promise<LayoutResponse> {
  const id = nextId++;
  performance.mark(`meshport:lineage-layout-start:${id}`);
  return new Promise((resolve) => {
    waiting.set(id, (response) => {
      performance.measure('meshport:lineage-layout', `meshport:lineage-layout-start:${id}`);
      resolve(response);
    });
    layoutWorker().postMessage({ ...request, id });
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
