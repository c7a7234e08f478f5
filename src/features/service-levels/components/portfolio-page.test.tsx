import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import type {
  ServiceLevelOverview,
  ServiceLevelPagePayload,
  ServiceLevelSummaryPayload,
} from '@/catalog/service-level-schemas';
import { setPersona } from '@/lib/auth-session';
import { server } from '@/mocks/node';
import { renderApp } from '@/testing/render';
import { describeSeries } from './attainment-sparkline';
import { compareMinutes } from './portfolio-figures';
import { chipsOf } from './portfolio-table';

const counts = (part: Partial<ServiceLevelOverview['counts']> = {}) => ({
  met: 0,
  atRisk: 0,
  breached: 0,
  noData: 0,
  declared: 0,
  ...part,
});

const metrics = (part: Partial<ServiceLevelOverview['month']> = {}) => ({
  from: '2026-12-01T00:00:00.000Z',
  to: '2026-12-03T12:00:00.000Z',
  count: 0,
  opened: 0,
  resolved: 0,
  meanTimeToDetectMinutes: null,
  meanTimeToResolveMinutes: null,
  downtimeMinutes: 0,
  ...part,
});

function summary(part: Partial<ServiceLevelSummaryPayload>): ServiceLevelSummaryPayload {
  return {
    productId: 'sales-orders',
    name: 'Sales Orders',
    domain: 'Sales',
    team: 'orders',
    status: 'met',
    counts: counts({ met: 2 }),
    slos: [
      {
        portName: 'main',
        sloId: 'latency',
        kind: 'freshness',
        label: 'Freshness',
        status: 'met',
        errorBudgetRemaining: 0.8,
      },
    ],
    worstBudget: 0.8,
    attainmentSeries: Array.from({ length: 30 }, () => 1),
    openIncidents: 0,
    deadline: null,
    evaluatedAt: '2026-12-03T11:00:00.000Z',
    ...part,
  };
}

const breached = summary({
  productId: 'payments',
  name: 'Payments',
  domain: 'Finance',
  team: 'payments',
  status: 'breached',
  counts: counts({ met: 1, breached: 1 }),
  slos: [
    {
      portName: 'main',
      sloId: 'latency',
      kind: 'freshness',
      label: 'Freshness',
      status: 'breached',
      errorBudgetRemaining: -0.5,
    },
    {
      portName: 'main',
      sloId: 'quality:rows',
      kind: 'quality',
      label: 'Rows',
      status: 'met',
      errorBudgetRemaining: 1,
    },
  ],
  worstBudget: -0.5,
  openIncidents: 1,
});

function overview(part: Partial<ServiceLevelOverview> = {}): ServiceLevelOverview {
  return {
    evaluatedAt: '2026-12-03T12:00:00.000Z',
    total: 2,
    counts: counts({ met: 1, breached: 1 }),
    openIncidents: 1,
    month: metrics({
      count: 2,
      opened: 2,
      resolved: 1,
      meanTimeToDetectMinutes: 12,
      meanTimeToResolveMinutes: 95,
      downtimeMinutes: 214,
    }),
    previousMonth: metrics({
      count: 3,
      meanTimeToDetectMinutes: 30,
      meanTimeToResolveMinutes: 60,
      downtimeMinutes: 600,
    }),
    byDomain: [
      { name: 'Finance', total: 1, counts: counts({ breached: 1 }), openIncidents: 1 },
      { name: 'Sales', total: 1, counts: counts({ met: 1 }), openIncidents: 0 },
    ],
    byTeam: [
      { name: 'payments', total: 1, counts: counts({ breached: 1 }), openIncidents: 1 },
      { name: 'orders', total: 1, counts: counts({ met: 1 }), openIncidents: 0 },
    ],
    weeks: Array.from({ length: 13 }, (_, index) => ({
      from: new Date(Date.UTC(2026, 8, 3 + index * 7)).toISOString(),
      to: new Date(Date.UTC(2026, 8, 10 + index * 7)).toISOString(),
      attainment: index === 12 ? 0.9875 : 1,
      downtimeMinutes: index === 12 ? 214 : 0,
      opened: index === 12 ? 2 : 0,
      resolved: index === 12 ? 1 : 0,
    })),
    ...part,
  };
}

/** Answers the list and the overview, and records what the list was asked. */
function answer(items: ServiceLevelSummaryPayload[], figures = overview()) {
  const asked: URLSearchParams[] = [];
  server.use(
    http.get('/api/service-levels/overview', () => HttpResponse.json(figures)),
    http.get('/api/service-levels', ({ request }) => {
      const params = new URL(request.url).searchParams;
      asked.push(params);
      const domains = params.getAll('domain');
      const shown = domains.length
        ? items.filter((item) => domains.includes(item.domain ?? ''))
        : items;
      const page: ServiceLevelPagePayload = {
        total: shown.length,
        counts: figures.counts,
        openIncidents: figures.openIncidents,
        items: shown,
      };
      return HttpResponse.json(page);
    }),
  );
  return asked;
}

describe('the service-level portfolio', { timeout: 20_000 }, () => {
  afterEach(() => setPersona(null));

  it('is in the main navigation for everyone', async () => {
    setPersona('analyst');
    renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Service levels' })).toHaveAttribute(
      'href',
      '/service-levels',
    );
  });

  it('shows the mesh at a glance and the products worst first', async () => {
    setPersona('stakeholder');
    answer([breached, summary({})]);
    renderApp('/service-levels');
    const glance = await screen.findByRole('region', { name: 'The mesh at a glance' });
    expect(within(glance).getByRole('group', { name: 'Breached' })).toHaveTextContent('1');
    expect(within(glance).getByRole('group', { name: 'Mean time to resolve' })).toHaveTextContent(
      '1 h 35 min35 min more than last month',
    );
    expect(
      within(glance).getByRole('group', { name: 'Data downtime this month' }),
    ).toHaveTextContent('3 h 34 min10 h last month');
    const table = await screen.findByRole('table', { name: /Products and how they keep/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Payments');
    expect(within(rows[0]!).getByText('Freshness: Breached')).toBeInTheDocument();
    expect(
      within(rows[0]!).getByRole('progressbar', {
        name: 'Payments: error budget overspent: 1.5× the budget',
      }),
    ).toBeInTheDocument();
    expect(within(rows[0]!).getByRole('link', { name: 'Payments' })).toHaveAttribute(
      'href',
      '/products/payments/service-levels',
    );
  });

  it('narrows to a domain from its rollup row, and keeps it in the URL', async () => {
    setPersona('stakeholder');
    const asked = answer([breached, summary({})]);
    const { user, router } = renderApp('/service-levels');
    const rollup = await screen.findByRole('table', { name: 'By domain' });
    await user.click(within(rollup).getByRole('link', { name: 'Finance' }));
    await waitFor(() => expect(router.state.location.search).toBe('?domain=Finance'));
    await waitFor(() => expect(asked.at(-1)?.getAll('domain')).toEqual(['Finance']));
    const table = await screen.findByRole('table', { name: /Products and how they keep/ });
    await waitFor(() => expect(within(table).queryByText('Sales Orders')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Clear filters (1)' })).toBeInTheDocument();
  });

  it('says what to do when the mesh is empty, and when no product matches', async () => {
    setPersona('stakeholder');
    answer(
      [],
      overview({ total: 0, counts: counts(), openIncidents: 0, byDomain: [], byTeam: [] }),
    );
    const empty = renderApp('/service-levels');
    expect(await screen.findByText(/The mesh has no data products yet/)).toBeInTheDocument();
    empty.unmount();
    renderApp('/service-levels?domain=Nowhere');
    expect(await screen.findByText(/No product matches these filters/)).toBeInTheDocument();
  });

  it('gives the trend charts a table to read', async () => {
    setPersona('stakeholder');
    answer([summary({})]);
    const { user } = renderApp('/service-levels');
    const weekly = await screen.findByRole('table', { name: /per week/ });
    expect(within(weekly).getAllByRole('row')).toHaveLength(14);
    expect(within(weekly).getByText('98.75 %')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    expect(screen.getByRole('button', { name: 'Show as charts' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('says why it cannot show anything when the API fails', async () => {
    setPersona('stakeholder');
    server.use(
      http.get('/api/service-levels', () =>
        HttpResponse.json({ message: 'The store is down' }, { status: 503 }),
      ),
    );
    renderApp('/service-levels');
    expect(
      await screen.findByRole('heading', { name: 'Service levels could not be loaded' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

describe('the portfolio in words', () => {
  it('one chip per kind, worst status first', () => {
    expect(chipsOf(breached.slos).map((chip) => `${chip.label} ${chip.status}`)).toEqual([
      'Freshness breached',
      'Quality met',
    ]);
  });

  it('compares with last month, or says there was nothing to compare', () => {
    expect(compareMinutes(12, 30)).toBe('18 min less than last month');
    expect(compareMinutes(30, 30)).toBe('same as last month');
    expect(compareMinutes(null, null)).toBe('no incidents last month');
    expect(compareMinutes(null, 60)).toBe('1 h last month');
  });

  it('describes a brand-new product’s empty month', () => {
    expect(describeSeries(Array.from({ length: 30 }, () => null))).toBe(
      'No data in the last 30 days',
    );
    expect(describeSeries([1, 0.5, null])).toBe(
      '3 days: lowest 50 %, latest 50 %, 2 days with data',
    );
  });
});
