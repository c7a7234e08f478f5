import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { identityQueries } from '@/api/identity';
import type { IncidentPayload } from '@/catalog/service-level-schemas';
import { setPersona } from '@/lib/auth-session';
import { failWith } from '@/mocks/faults';
import { server } from '@/mocks/node';
import { renderApp } from '@/testing/render';
import {
  days,
  declared,
  evaluatedAt,
  incidentPayload,
  levelsAnswer,
  levelsPayload,
  productId,
  sloEvaluation,
} from './product-levels-test-data';

const url = `/products/${productId}/service-levels`;

async function openPage(persona = 'stakeholder') {
  setPersona(persona);
  const view = renderApp(url);
  await screen.findByRole('heading', {
    level: 1,
    name: 'Service levels of Customer Purchase History',
  });
  return view;
}

const article = (name: string | RegExp) => screen.getByRole('article', { name });

/** A late port: its freshness breached with an open incident, its budget overspent. */
function breachedLevels(incidents: IncidentPayload[] = [incidentPayload()]) {
  return levelsPayload(
    [
      sloEvaluation({
        status: 'breached',
        current: 'bad',
        daily: days({ 27: 4, 28: 10, 29: 10 }),
        errorBudgetRemaining: -0.4,
        badSince: '2026-05-31T06:00:00.000Z',
        deadline: null,
        lastObservation: {
          observedAt: '2026-05-31T05:58:00.000Z',
          status: 'fail',
          source: 'openlineage',
          sourceName: 'airflow/load_purchases',
          message: 'Task load_purchases failed: <b>disk full</b>',
        },
      }),
      sloEvaluation({
        sloId: 'availability',
        kind: 'availability',
        property: 'availability',
        label: 'Availability',
        promise: 'Available 99.5% of the time',
        status: 'atRisk',
        target: 0.995,
        targetSource: 'contract',
        errorBudgetRemaining: 0.5,
        budgetRunsOutAt: new Date(new Date(evaluatedAt).getTime() + 4 * 86_400_000).toISOString(),
        deadline: '2026-06-01T06:00:00.000Z',
      }),
      sloEvaluation({
        sloId: 'quality:purchases.purchase_id#2',
        kind: 'quality',
        property: 'quality',
        label: 'Quality: No duplicate values in purchase_id',
        promise: 'No duplicate values in purchase_id',
        status: 'met',
        target: 0.95,
        daily: days({}, 1),
        lastObservation: {
          observedAt: '2026-05-31T07:00:00.000Z',
          status: 'pass',
          source: 'datacontract-cli',
          sourceName: 'datacontract test',
          message: null,
        },
      }),
      sloEvaluation({
        sloId: 'quality:purchase_amount_not_negative',
        kind: 'quality',
        property: 'quality',
        label: 'Quality: purchase_amount_not_negative',
        promise: 'Purchase amount is never negative (result must be 0)',
        status: 'breached',
        current: 'bad',
        target: 0.95,
        daily: days({ 28: 1, 29: 1 }, 1),
        lastObservation: {
          observedAt: '2026-05-31T07:00:00.000Z',
          status: 'fail',
          source: 'oors',
          sourceName: 'soda-core',
          message: '3 rows with a negative amount',
        },
      }),
      declared('retention', 'Retention', 'Kept for 3 years'),
    ],
    {
      status: 'breached',
      incidents,
      metrics: {
        from: '2026-05-01T12:00:00.000Z',
        to: evaluatedAt,
        count: incidents.length,
        opened: incidents.length,
        resolved: 0,
        meanTimeToDetectMinutes: 15,
        meanTimeToResolveMinutes: null,
        downtimeMinutes: 360,
      },
    },
  );
}

describe('the service levels of a product', { timeout: 20_000 }, () => {
  afterEach(() => setPersona(null));

  it('tells where to start when nothing was observed yet, and lists what will be measured', async () => {
    // The tests' catalog has the demo mesh without any pipeline history.
    await openPage();
    expect(
      screen.getByText((_, element) =>
        Boolean(
          element?.tagName === 'P' &&
          element.textContent?.startsWith('No observations yet: point a pipeline at Meshport'),
        ),
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'point a pipeline at Meshport' })).toHaveAttribute(
      'href',
      '/pipelines',
    );
    expect(screen.getByRole('link', { name: 'Back to Customer Purchase History' })).toHaveAttribute(
      'href',
      `/products/${productId}`,
    );
    const latency = within(screen.getByRole('region', { name: /Output port purchases/ })).getByRole(
      'article',
      { name: 'Latency' },
    );
    expect(within(latency).getByText('No data')).toBeInTheDocument();
    expect(within(latency).getByText(/Nothing observed in the last 30 days/)).toBeInTheDocument();
    expect(within(latency).queryByRole('button', { name: 'Show as table' })).toBeNull();
    expect(
      screen.getByText(/quality checks are promised; none has reported a result yet/),
    ).toBeInTheDocument();
    expect(screen.getByText('No open incident.')).toBeInTheDocument();
  });

  it('lists a promise that cannot be measured as declared, not as an SLO', async () => {
    server.use(
      levelsAnswer(
        levelsPayload([declared('retention', 'Retention', 'Kept for 3 years')], {
          status: 'declared',
        }),
      ),
    );
    await openPage();
    const port = screen.getByRole('region', { name: /Output port purchases/ });
    expect(
      within(port).getByRole('heading', { level: 3, name: 'Declared, not measured' }),
    ).toBeInTheDocument();
    const list = within(port).getByRole('list', { name: 'Declared promises of purchases' });
    expect(list).toHaveTextContent('Retention: Kept for 3 years');
    expect(within(port).queryByRole('article')).toBeNull();
    expect(within(port).getByText('No measurable promise.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Quality checks' })).toBeNull();
  });

  it('says that a 100 % target leaves no error budget', async () => {
    server.use(
      levelsAnswer(
        levelsPayload([
          sloEvaluation({
            sloId: 'availability',
            kind: 'availability',
            label: 'Availability',
            promise: 'Available 100% of the time',
            target: 1,
            targetSource: 'contract',
            errorBudgetRemaining: 1,
          }),
        ]),
      ),
    );
    await openPage();
    const slo = article('Availability');
    expect(
      within(slo).getByText('100 %, no miss allowed over 30 days (from the contract)'),
    ).toBeInTheDocument();
    expect(within(slo).getByText('None to spend: any miss breaches it')).toBeInTheDocument();
    expect(
      within(slo).getByText('No budget to burn: a 100 % target allows no miss'),
    ).toBeInTheDocument();
    expect(within(slo).getByText('100 %')).toBeInTheDocument();
    expect(within(slo).queryByRole('progressbar')).toBeNull();
  });

  it('shows a breached SLO, its burning neighbour, failing checks first and the open incident', async () => {
    server.use(levelsAnswer(breachedLevels()));
    const { user } = await openPage();
    expect(screen.getByRole('link', { name: '1 open incident' })).toHaveAttribute(
      'href',
      '#incidents-heading',
    );

    const latency = article('Latency');
    expect(within(latency).getByText('Breached')).toBeInTheDocument();
    expect(within(latency).getByText('Its budget is spent')).toBeInTheDocument();
    expect(
      within(latency).getByRole('progressbar', {
        name: 'Latency of purchases: error budget overspent: 1.4× the budget',
      }),
    ).toBeInTheDocument();
    expect(
      within(latency).getByText(
        /99 % over 30 days \(Meshport’s default, the contract states none\)/,
      ),
    ).toBeInTheDocument();
    expect(within(latency).getByText('OpenLineage job airflow/load_purchases')).toBeInTheDocument();
    // Untrusted text stays text.
    expect(
      within(latency).getByText('Task load_purchases failed: <b>disk full</b>'),
    ).toBeInTheDocument();
    expect(within(latency).getByText('Bad since')).toBeInTheDocument();
    expect(
      within(latency).getByText(/27 of 30 days at or above the 99 % target/),
    ).toBeInTheDocument();

    await user.click(within(latency).getByRole('button', { name: 'Show as table' }));
    const table = within(latency).getByRole('table', {
      name: 'Attainment per day of Latency of purchases',
    });
    expect(within(table).getAllByRole('row')).toHaveLength(31);
    expect(within(table).getAllByText('50 % (below target)')).toHaveLength(2);
    expect(within(latency).getByRole('button', { name: 'Show as chart' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );

    const availability = article('Availability');
    expect(within(availability).getByText('At risk')).toBeInTheDocument();
    expect(
      within(availability).getByText('At this rate the budget runs out in 4 days'),
    ).toBeInTheDocument();
    expect(within(availability).getByText(/from the contract/)).toBeInTheDocument();
    expect(within(availability).getByText('Due by')).toBeInTheDocument();

    const checks = screen.getByRole('table', {
      name: 'Quality checks of Customer Purchase History',
    });
    const [, failing, passing] = within(checks).getAllByRole('row');
    expect(failing).toHaveTextContent('Purchase amount is never negative');
    expect(failing).toHaveTextContent('28 of 30 days passed, 2 had failures');
    expect(failing).toHaveTextContent('OORS producer soda-core');
    expect(failing).toHaveTextContent('3 rows with a negative amount');
    expect(passing).toHaveTextContent('No duplicate values in purchase_id');
    expect(passing).toHaveTextContent('30 of 30 days passed');

    const incidents = screen.getByRole('region', { name: 'Incidents' });
    expect(within(incidents).getByText('Mean time to detect').nextSibling).toHaveTextContent(
      '15 min',
    );
    expect(within(incidents).getByText('Data downtime').nextSibling).toHaveTextContent('6 h');
    const incident = within(incidents).getByRole('article', {
      name: 'Customer Purchase History · purchases is late',
    });
    expect(incident).toHaveTextContent('purchases · Latency');
    expect(incident).toHaveTextContent('Time to detect: 15 min');
    expect(within(incident).getByText('Open')).toBeInTheDocument();
  });

  it('offers Acknowledge and Resolve to the team’s owners, and not to a stakeholder', async () => {
    server.use(levelsAnswer(breachedLevels()));
    const owner = await openPage('owner');
    const incident = article('Customer Purchase History · purchases is late');
    expect(
      await within(incident).findByRole('button', { name: 'Acknowledge' }),
    ).toBeInTheDocument();
    expect(within(incident).getByRole('button', { name: 'Resolve' })).toBeInTheDocument();
    expect(within(incident).getByRole('button', { name: 'Add note' })).toBeInTheDocument();
    owner.unmount();

    const { queryClient } = await openPage('stakeholder');
    const seen = article('Customer Purchase History · purchases is late');
    // Wait for who is signed in before checking that nothing is offered.
    await waitFor(() =>
      expect(queryClient.getQueryData(identityQueries.me().queryKey)?.id).toBe('sam.stakeholder'),
    );
    expect(within(seen).queryByRole('button', { name: 'Acknowledge' })).toBeNull();
    expect(within(seen).queryByRole('button', { name: 'Resolve' })).toBeNull();
    expect(within(seen).queryByRole('button', { name: 'Add note' })).toBeNull();
  });

  it('acknowledges an incident through the API and shows who is on it', async () => {
    let current = incidentPayload();
    const calls: unknown[] = [];
    server.use(
      levelsAnswer(() => breachedLevels([current])),
      http.post('/api/incidents/:id/acknowledge', async ({ request, params }) => {
        calls.push({ id: params.id, body: await request.json() });
        current = {
          ...current,
          status: 'acknowledged',
          acknowledgedAt: '2026-05-31T12:05:00.000Z',
          acknowledgedBy: { id: 'olivia.owner', name: 'Olivia Owner' },
        };
        return HttpResponse.json(current);
      }),
    );
    const { user } = await openPage('owner');
    const incident = article('Customer Purchase History · purchases is late');
    await user.click(await within(incident).findByRole('button', { name: 'Acknowledge' }));

    await waitFor(() => expect(within(incident).getByText('by Olivia Owner')).toBeInTheDocument());
    // The badge says so, and the status is no longer open.
    expect(within(incident).getAllByText('Acknowledged')).toHaveLength(2);
    expect(within(incident).queryByText('Open')).toBeNull();
    expect(within(incident).queryByText('Not yet')).toBeNull();
    expect(within(incident).queryByRole('button', { name: 'Acknowledge' })).toBeNull();
    expect(within(incident).getByRole('button', { name: 'Resolve' })).toBeInTheDocument();
    expect(calls).toEqual([{ id: 'inc-1', body: {} }]);
  });

  it('adds a note, and shows the API’s refusal in its words', async () => {
    server.use(
      levelsAnswer(breachedLevels()),
      http.post('/api/incidents/:id/notes', () =>
        HttpResponse.json(
          {
            message:
              'Olivia Owner may not change incidents of the team Customer 360: only its owners and editors, or an admin.',
          },
          { status: 403 },
        ),
      ),
    );
    const { user } = await openPage('owner');
    const incident = article('Customer Purchase History · purchases is late');
    await user.click(await within(incident).findByRole('button', { name: 'Add note' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Add a note to “Customer Purchase History · purchases is late”',
    });
    const submit = within(dialog).getByRole('button', { name: 'Add note' });
    expect(submit).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox', { name: /Note/ }), 'Looking into it');
    await user.click(submit);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'may not change incidents of the team Customer 360',
    );
  });

  it('says so when the product does not exist', async () => {
    renderApp('/products/nope/service-levels');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Data product not found' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/There is no data product with id nope/)).toBeInTheDocument();
  });

  it('offers a retry when the service levels cannot be loaded', async () => {
    server.use(failWith(`/data-products/${productId}/service-levels`, 500));
    const { user } = renderApp(url);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'The service levels could not be loaded',
      }),
    ).toBeInTheDocument();
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Service levels of Customer Purchase History',
      }),
    ).toBeInTheDocument();
  });

  it('is summed up on the product page, with a link here', async () => {
    server.use(levelsAnswer(breachedLevels()));
    renderApp(`/products/${productId}`);
    const section = await screen.findByRole('region', { name: /^Service levels/ });
    expect(within(section).getByText('1 open incident')).toBeInTheDocument();
    expect(within(section).getByRole('listitem')).toHaveTextContent(
      'purchases' + 'Breached' + '2 breached, 1 at risk, 1 met, 1 declared',
    );
    expect(within(section).getByRole('link', { name: /Every promise/ })).toHaveAttribute(
      'href',
      url,
    );
  });

  it('says when an input is breached, and that this product may be late because of it', async () => {
    server.use(
      levelsAnswer(breachedLevels()),
      http.get('/api/data-products/sales-orders/service-levels', () =>
        HttpResponse.json({ ...levelsPayload([]), productId: 'sales-orders', status: 'breached' }),
      ),
    );
    await openPage();
    const upstream = screen.getByRole('region', { name: 'Upstream health' });
    expect(
      await within(upstream).findByText(
        /Sales Orders is breached: Customer Purchase History may be late or failing because of it\./,
      ),
    ).toBeInTheDocument();
    const inputs = within(upstream).getByRole('list', { name: 'Products this one reads' });
    expect(within(inputs).getByRole('link', { name: 'Sales Orders' })).toHaveAttribute(
      'href',
      '/products/sales-orders/service-levels',
    );
    expect(within(inputs).getByText('Breached')).toBeInTheDocument();
  });
});
