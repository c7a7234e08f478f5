import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { LineageGraph, LineageNodeWithHealth } from '@/catalog/lineage';
import { server } from '@/mocks/node';
import { renderApp } from '@/testing/render';

const node = (id: string, name: string, depth: number) => ({
  id,
  name,
  domain: 'customer',
  status: 'active',
  owner: 'Customer 360',
  depth,
  health: 'noData' as const,
});

const graph: LineageGraph<LineageNodeWithHealth> = {
  focus: 'customer-purchase-history',
  nodes: [
    node('customer-purchase-history', 'Customer Purchase History', 0),
    node('customer-profiles', 'Customer Profiles', -1),
    node('customer-churn-scores', 'Customer Churn Scores', 1),
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
      id: 'observed:customer-purchase-history>customer-churn-scores:purchases',
      source: 'customer-purchase-history',
      target: 'customer-churn-scores',
      kind: 'observed',
      contractId: null,
      portName: 'purchases',
    },
  ],
  truncated: {},
};

describe('reads observed in OpenLineage on the lineage page', { timeout: 20_000 }, () => {
  it('are named in the table, counted, and explained in the details panel', async () => {
    server.use(http.get('/api/lineage', () => HttpResponse.json(graph)));
    renderApp('/products/customer-purchase-history/lineage?view=table&node=customer-churn-scores');
    const table = await screen.findByRole('table', { name: 'Lineage as a table' });
    const churn = within(table).getByRole('row', { name: /Customer Churn Scores/ });
    expect(churn).toHaveTextContent(
      'Customer Purchase History (observed in OpenLineage on purchases, not declared)',
    );
    const declared = within(table).getByRole('row', { name: /^Customer Purchase History/ });
    expect(declared).toHaveTextContent('Customer Profiles');
    expect(declared).not.toHaveTextContent('observed');
    expect(
      screen.getByText('3 products · 2 links · 1 observed in OpenLineage, not declared'),
    ).toBeInTheDocument();

    const panel = await screen.findByRole('complementary', {
      name: 'Details of Customer Churn Scores',
    });
    expect(
      within(panel).getByText(
        'Customer Churn Scores reads Customer Purchase History · purchases without an input port for it.',
      ),
    ).toBeInTheDocument();
  });
});
