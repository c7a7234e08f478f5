import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LineageGraph, LineageNodeWithHealth } from '@/catalog/lineage';
import type { SloStatus } from '@/catalog/service-levels/service-level-types';
import { server } from '@/mocks/node';
import { renderApp } from '@/testing/render';
import type { LayoutRequest, LayoutResponse } from '../layout/layout-protocol';

const node = (id: string, name: string, depth: number, health: SloStatus) => ({
  id,
  name,
  domain: 'customer',
  status: 'active',
  owner: 'Customer 360',
  depth,
  health,
});

const graph: LineageGraph<LineageNodeWithHealth> = {
  focus: 'customer-purchase-history',
  nodes: [
    node('customer-purchase-history', 'Customer Purchase History', 0, 'breached'),
    node('customer-profiles', 'Customer Profiles', -1, 'met'),
    node('customer-churn-scores', 'Customer Churn Scores', 1, 'noData'),
  ],
  edges: [
    {
      id: 'port:customer-profiles>customer-purchase-history:profiles',
      source: 'customer-profiles',
      target: 'customer-purchase-history',
      kind: 'port',
      contractId: 'customer-profiles-profiles',
      portName: null,
    },
    {
      id: 'port:customer-purchase-history>customer-churn-scores:purchases',
      source: 'customer-purchase-history',
      target: 'customer-churn-scores',
      kind: 'port',
      contractId: 'customer-purchase-history-purchases',
      portName: null,
    },
  ],
  truncated: {},
};

/** Lays products out in a row, as the real worker would place them left to right. */
class RowLayoutWorker {
  static started: RowLayoutWorker[] = [];
  static layouts = 0;
  onmessage: ((event: { data: LayoutResponse }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    RowLayoutWorker.started.push(this);
  }
  postMessage(request: LayoutRequest) {
    RowLayoutWorker.layouts += 1;
    const positions = Object.fromEntries(
      request.nodes.map((item, index) => [item.id, { x: index * 260, y: 0 }]),
    );
    setTimeout(() =>
      this.onmessage?.({
        data: { id: request.id, ok: true, positions, elapsed: 0, layoutEdges: 0 },
      }),
    );
  }
  terminate() {}
}

const purchases = '/products/customer-purchase-history/lineage';

describe('the lineage coloured by SLA health', { timeout: 20_000 }, () => {
  beforeAll(() => {
    vi.stubGlobal('Worker', RowLayoutWorker);
  });
  afterAll(() => {
    // The layout module drops a worker that failed: later files get a browser without workers.
    for (const worker of RowLayoutWorker.started) worker.onerror?.();
    vi.unstubAllGlobals();
  });

  it('switches the colours, the legend and the products’ names, and keeps the choice in the URL', async () => {
    server.use(http.get('/api/lineage', () => HttpResponse.json(graph)));
    const { user, router } = renderApp(purchases);
    const product = await screen.findByRole('group', {
      name: 'Customer Purchase History, customer, active, owned by Customer 360, in focus',
    });
    const layouts = RowLayoutWorker.layouts;
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(within(legend).queryByText('Breached')).not.toBeInTheDocument();

    const colourBy = screen.getByRole('radiogroup', { name: 'Colour by' });
    expect(within(colourBy).getByRole('radio', { name: 'Domain' })).toBeChecked();
    await user.click(within(colourBy).getByRole('radio', { name: 'SLA health' }));
    expect(router.state.location.search).toContain('colour=health');
    expect(within(colourBy).getByRole('radio', { name: 'SLA health' })).toBeChecked();

    expect(
      within(screen.getByRole('list', { name: 'Legend' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Breached',
      'At risk',
      'No data',
      'Met',
      'Declared',
      'Reads a contract the other provides',
      'Access granted to another product',
      'Observed in OpenLineage, not declared',
    ]);
    const focus = screen.getByRole('group', {
      name: 'Customer Purchase History, customer, active, SLA health: Breached, owned by Customer 360, in focus',
    });
    expect(focus).toHaveTextContent('SLA: Breached · customer · active');
    expect(
      screen.getByRole('group', { name: /^Customer Churn Scores, .*, SLA health: No data,/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('group', { name: /^Customer Profiles, .*, SLA health: Met,/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      '3 products · 2 links · SLA health: 1 breached, 1 no data, 1 met',
    );
    // The same product, renamed: a new colouring lays nothing out again.
    expect(focus).toBe(product);
    expect(RowLayoutWorker.layouts).toBe(layouts);

    await user.click(within(colourBy).getByRole('radio', { name: 'Domain' }));
    expect(router.state.location.search).not.toContain('colour');
    expect(
      await screen.findByRole('group', {
        name: /^Customer Purchase History, customer, active, owned by/,
      }),
    ).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Legend' })).queryByText('Met')).toBeNull();
  });

  it('is chosen with the keyboard, and opens from a link in that mode with the details', async () => {
    server.use(http.get('/api/lineage', () => HttpResponse.json(graph)));
    const { user, router } = renderApp(`${purchases}?colour=health&node=customer-purchase-history`);
    expect(
      await screen.findByRole('group', {
        name: /^Customer Purchase History, .*SLA health: Breached/,
      }),
    ).toBeInTheDocument();
    const panel = await screen.findByRole('complementary', {
      name: 'Details of Customer Purchase History',
    });
    expect(within(panel).getByText('SLA health:').parentElement).toHaveTextContent(
      'SLA health:Breached',
    );

    const colourBy = screen.getByRole('radiogroup', { name: 'Colour by' });
    within(colourBy).getByRole('radio', { name: 'SLA health' }).focus();
    await user.keyboard('{ArrowLeft}');
    expect(within(colourBy).getByRole('radio', { name: 'Domain' })).toBeChecked();
    expect(router.state.location.search).not.toContain('colour');
  });

  it('has an SLA health column in the table, in words', async () => {
    server.use(http.get('/api/lineage', () => HttpResponse.json(graph)));
    renderApp(`${purchases}?view=table`);
    const table = await screen.findByRole('table', { name: 'Lineage as a table' });
    expect(within(table).getByRole('columnheader', { name: 'SLA health' })).toBeInTheDocument();
    expect(
      within(table).getByRole('row', { name: /^Customer Purchase History/ }),
    ).toHaveTextContent('Breached');
    expect(within(table).getByRole('row', { name: /^Customer Churn Scores/ })).toHaveTextContent(
      'No data',
    );
    // The table says it in words whatever the graph is coloured by.
    expect(screen.queryByRole('radiogroup', { name: 'Colour by' })).not.toBeInTheDocument();
  });
});
