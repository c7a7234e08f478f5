/** What the lineage view shows, kept in the URL so that a link reproduces it. */
export type Depth = number | 'all';

/** What a product's colour stands for: its domain, or how its service levels stand now. */
export type ColourBy = 'domain' | 'health';

export interface LineageViewState {
  up: Depth;
  down: Depth;
  domain: string[];
  status: string[];
  /** Products whose every neighbour is shown. */
  expand: string[];
  /** "+N more" groups that were opened. */
  open: string[];
  /** Path-only mode: the other end of the paths. */
  path: string | null;
  /** The product whose details are open. */
  node: string | null;
  view: 'graph' | 'table';
  /** At most this many products (the API's budget); null for the view's default. */
  limit: number | null;
  /** Whether wide fan-outs fold into "+N more" groups. */
  groups: boolean;
  colour: ColourBy;
}

export const depthChoices: Depth[] = [0, 1, 2, 3, 5, 'all'];
export const limitChoices = [100, 300, 500, 1000, 2000];

function readDepth(value: string | null, fallback: Depth): Depth {
  if (value === 'all') return 'all';
  const number = Number(value);
  return value !== null && Number.isInteger(number) && number >= 0 && number <= 100
    ? number
    : fallback;
}

export function readViewState(params: URLSearchParams): LineageViewState {
  return {
    up: readDepth(params.get('up'), 2),
    down: readDepth(params.get('down'), 2),
    domain: params.getAll('domain'),
    status: params.getAll('status'),
    expand: params.getAll('expand'),
    open: params.getAll('open'),
    path: params.get('path'),
    node: params.get('node'),
    view: params.get('view') === 'table' ? 'table' : 'graph',
    limit: limitChoices.includes(Number(params.get('limit'))) ? Number(params.get('limit')) : null,
    groups: params.get('groups') !== 'off',
    colour: params.get('colour') === 'health' ? 'health' : 'domain',
  };
}

export function writeViewState(state: LineageViewState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.up !== 2) params.set('up', String(state.up));
  if (state.down !== 2) params.set('down', String(state.down));
  for (const key of ['domain', 'status', 'expand', 'open'] as const)
    for (const value of state[key]) params.append(key, value);
  if (state.path) params.set('path', state.path);
  if (state.node) params.set('node', state.node);
  if (state.view === 'table') params.set('view', 'table');
  if (state.limit !== null) params.set('limit', String(state.limit));
  if (!state.groups) params.set('groups', 'off');
  if (state.colour === 'health') params.set('colour', 'health');
  return params;
}
