import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { HealthStatus, ProductSearchItem, ProductSearchResult } from '@/catalog/api-schemas';
import { server } from '@/mocks/node';
import { renderApp } from '@/testing/render';

function item(id: string, name: string, health: HealthStatus): ProductSearchItem {
  return {
    id,
    name,
    version: '1.0.0',
    status: 'active',
    domain: 'sales',
    tenant: null,
    owner: 'Sales Team',
    purpose: `What ${name} is for.`,
    tags: [],
    portTypes: ['postgres'],
    classifications: [],
    hasPersonalData: false,
    outputPortCount: 1,
    updatedAt: '2026-11-02T09:00:00.000Z',
    health,
  };
}

const items = [
  item('sales-orders', 'Sales Orders', 'breached'),
  item('sales-returns', 'Sales Returns', 'noData'),
  item('sales-targets', 'Sales Targets', 'met'),
];

/** As the API answers: health counts most frequent first, like every facet. */
const result: ProductSearchResult = {
  items,
  total: items.length,
  page: 1,
  pageSize: 20,
  facets: {
    domain: [{ value: 'sales', count: 3 }],
    status: [{ value: 'active', count: 3 }],
    health: [
      { value: 'met', count: 5 },
      { value: 'noData', count: 3 },
      { value: 'atRisk', count: 2 },
      { value: 'breached', count: 1 },
    ],
    tag: [],
    owner: [{ value: 'Sales Team', count: 3 }],
    portType: [{ value: 'postgres', count: 3 }],
    classification: [],
  },
};

/** Answers every search with `result` and keeps what each one asked for. */
function answerSearches() {
  const asked: URLSearchParams[] = [];
  server.use(
    http.get('/api/data-products', ({ request }) => {
      asked.push(new URL(request.url).searchParams);
      return HttpResponse.json(result);
    }),
  );
  return asked;
}

const healthGroup = () => screen.getByRole('group', { name: 'SLA health' });
const card = (name: string) => screen.getByRole('article', { name });

describe('SLA health in the catalog', () => {
  it('lists the health values in words, worst first, and filters by one in the URL', async () => {
    const asked = answerSearches();
    const { user, router } = renderApp('/');
    await screen.findByText('3 data products');
    const boxes = within(healthGroup()).getAllByRole('checkbox');
    const expected = [/^Breached\s*1\s*product$/, /^At risk\s*2/, /^No data\s*3/, /^Met\s*5/];
    expect(boxes).toHaveLength(expected.length);
    boxes.forEach((box, index) => expect(box).toHaveAccessibleName(expected[index]));

    await user.click(within(healthGroup()).getByRole('checkbox', { name: /^At risk/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?health=atRisk'));
    await waitFor(() => expect(asked.at(-1)?.getAll('health')).toEqual(['atRisk']));
    const active = await screen.findByRole('group', { name: 'Active filters' });
    expect(
      within(active).getByRole('button', { name: 'Remove filter SLA health: At risk' }),
    ).toHaveTextContent('SLA health: At risk');
    // A ticked box stays where it was: the order is the statuses', not the choice's.
    const ticked = within(healthGroup()).getAllByRole('checkbox');
    expect(ticked[1]).toHaveAccessibleName(/^At risk/);
    expect(ticked[1]).toBeChecked();

    await user.click(within(healthGroup()).getByRole('checkbox', { name: /^Breached/ }));
    await waitFor(() =>
      expect(router.state.location.search).toBe('?health=atRisk&health=breached'),
    );
    await user.click(
      within(active).getByRole('button', { name: 'Remove filter SLA health: At risk' }),
    );
    await waitFor(() => expect(router.state.location.search).toBe('?health=breached'));
    await waitFor(() => expect(asked.at(-1)?.getAll('health')).toEqual(['breached']));
  });

  it('leaves out a health value it does not know, from an old or mistyped link', async () => {
    const asked = answerSearches();
    renderApp('/?health=breached&health=late&health=Breached');
    await screen.findByText('3 data products');
    expect(asked.at(-1)?.getAll('health')).toEqual(['breached']);
    const active = screen.getByRole('group', { name: 'Active filters' });
    expect(within(active).getAllByRole('button', { name: /^Remove filter/ })).toHaveLength(1);
    expect(within(healthGroup()).getByRole('checkbox', { name: /^Breached/ })).toBeChecked();
  });

  it("says in words how each result's service levels stand", async () => {
    answerSearches();
    renderApp('/');
    await screen.findByText('3 data products');
    expect(within(card('Sales Orders')).getByText('SLA: Breached')).toBeVisible();
    expect(within(card('Sales Returns')).getByText('SLA: No data')).toBeVisible();
    expect(within(card('Sales Targets')).getByText('SLA: Met')).toBeVisible();
    expect(card('Sales Orders')).not.toHaveTextContent('No data');
  });

  it('sorts by SLA health, worst first', async () => {
    const asked = answerSearches();
    const { user, router } = renderApp('/');
    await screen.findByText('3 data products');
    const sort = screen.getByRole('combobox', { name: 'Sort by' });
    expect(within(sort).getByRole('option', { name: 'SLA health' })).toHaveValue('health');
    await user.selectOptions(sort, 'SLA health');
    await waitFor(() => expect(router.state.location.search).toBe('?sort=health'));
    await waitFor(() => expect(asked.at(-1)?.get('sort')).toBe('health'));
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveDisplayValue('SLA health'),
    );
  });
});
