import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import type { IngestionTokenPayload } from '@/catalog/service-level-schemas';
import { setPersona } from '@/lib/auth-session';
import { server } from '@/mocks/node';
import { renderApp } from '@/testing/render';

const olivia = { id: 'olivia.owner', name: 'Olivia Owner' };

function token(overrides: Partial<IngestionTokenPayload> = {}): IngestionTokenPayload {
  return {
    id: 'tok-1',
    team: 'Customer 360',
    name: 'Airflow production',
    prefix: 'mpi_a1b2',
    createdAt: '2026-01-10T08:00:00Z',
    createdBy: olivia,
    lastUsedAt: null,
    revokedAt: null,
    ...overrides,
  };
}

const tokensAnswer = (items: IngestionTokenPayload[]) =>
  http.get('/api/ingestion-tokens', () => HttpResponse.json({ items }));

async function openPage(persona: string) {
  setPersona(persona);
  const view = renderApp('/pipelines');
  await screen.findByRole('heading', { level: 1, name: 'Pipelines' });
  return view;
}

describe('the pipelines page', { timeout: 20_000 }, () => {
  afterEach(() => setPersona(null));

  it('is linked in the header for team owners but not for analysts', async () => {
    setPersona('owner');
    const owner = renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Pipelines' })).toHaveAttribute(
      'href',
      '/pipelines',
    );
    owner.unmount();

    setPersona('analyst');
    renderApp('/');
    const analystNav = await screen.findByRole('navigation', { name: 'Main' });
    await within(analystNav).findByRole('link', { name: 'My requests' });
    expect(within(analystNav).queryByRole('link', { name: 'Pipelines' })).not.toBeInTheDocument();
  });

  it('says in words that there is no token yet', async () => {
    server.use(tokensAnswer([]));
    await openPage('owner');
    expect(
      await screen.findByText(
        'No token yet. Create one for each pipeline or tool that reports to Meshport.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Ingestion tokens' })).not.toBeInTheDocument();
  });

  it('lists live and revoked tokens, with "never" for one not used yet', async () => {
    server.use(
      tokensAnswer([
        token(),
        token({
          id: 'tok-2',
          name: 'Old dbt job',
          prefix: 'mpi_z9y8',
          lastUsedAt: '2026-01-11T08:00:00Z',
          revokedAt: '2026-01-12T08:00:00Z',
        }),
      ]),
    );
    await openPage('owner');
    const table = await screen.findByRole('table', { name: 'Ingestion tokens' });
    const live = within(table).getByRole('row', { name: /Airflow production/ });
    expect(within(live).getByText('live')).toBeInTheDocument();
    expect(within(live).getByText('never')).toBeInTheDocument();
    expect(within(live).getByText('by Olivia Owner')).toBeInTheDocument();
    expect(
      within(live).getByRole('button', {
        name: 'Revoke the token Airflow production of Customer 360',
      }),
    ).toBeInTheDocument();
    const revoked = within(table).getByRole('row', { name: /Old dbt job/ });
    expect(within(revoked).getByText('revoked')).toBeInTheDocument();
    expect(within(revoked).queryByRole('button', { name: /Revoke/ })).not.toBeInTheDocument();
  });

  it('shows a new token’s secret once, in commands filled in for this portal', async () => {
    const { user } = await openPage('owner');
    await user.click(await screen.findByRole('button', { name: 'New token' }));
    const form = await screen.findByRole('dialog', { name: 'New ingestion token' });
    await user.click(within(form).getByRole('combobox', { name: 'Team' }));
    await user.click(await screen.findByRole('option', { name: 'Customer Insights' }));
    await user.type(within(form).getByRole('textbox', { name: /Name/ }), 'Nightly dbt');
    await user.click(within(form).getByRole('button', { name: 'Create token' }));

    const shown = await screen.findByRole('dialog', { name: 'Copy the secret of Nightly dbt now' });
    expect(within(shown).getByText('This secret will not be shown again')).toBeInTheDocument();
    const secret = (
      within(shown).getByRole('textbox', {
        name: 'Secret of Nightly dbt (Customer Insights)',
      }) as HTMLInputElement
    ).value;
    expect(secret).toMatch(/^mpi_/);
    expect(within(shown).getByRole('button', { name: 'Copy the secret' })).toBeInTheDocument();
    const origin = window.location.origin;
    expect(
      within(shown).getByRole('region', {
        name: 'OpenLineage client (Airflow, dbt, Spark, Python)',
      }),
    ).toHaveTextContent(`OPENLINEAGE_URL=${origin}`);
    expect(
      within(shown).getByRole('region', { name: 'datacontract-cli test results' }),
    ).toHaveTextContent(`--publish "${origin}/api/test-results?token=${secret}" datacontract.yaml`);
    expect(
      within(shown).getByRole('region', { name: 'Observability results (OORS)' }),
    ).toHaveTextContent(`Authorization: Bearer ${secret}`);

    await user.click(within(shown).getByRole('button', { name: 'I have copied it' }));
    const table = await screen.findByRole('table', { name: 'Ingestion tokens' });
    expect(await within(table).findByRole('row', { name: /Nightly dbt/ })).toBeInTheDocument();
    // Gone for good: not in the page, and a new dialog starts from an empty form.
    await waitFor(() => expect(screen.queryByDisplayValue(secret)).not.toBeInTheDocument());
    expect(document.body).not.toHaveTextContent(secret);
    await user.click(screen.getByRole('button', { name: 'New token' }));
    expect(await screen.findByRole('dialog', { name: 'New ingestion token' })).toBeInTheDocument();
    expect(screen.queryByDisplayValue(secret)).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(secret);
  });

  it('shows the API’s message when it refuses to create a token', async () => {
    server.use(
      http.post('/api/ingestion-tokens', () =>
        HttpResponse.json(
          { message: 'Only owners of Customer 360, or an admin, create its ingestion tokens' },
          { status: 403 },
        ),
      ),
    );
    const { user } = await openPage('owner');
    await user.click(await screen.findByRole('button', { name: 'New token' }));
    const form = await screen.findByRole('dialog', { name: 'New ingestion token' });
    await user.click(within(form).getByRole('combobox', { name: 'Team' }));
    await user.click(await screen.findByRole('option', { name: 'Customer 360' }));
    await user.click(within(form).getByRole('button', { name: 'Create token' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('The token was not created');
    expect(alert).toHaveTextContent(
      'Only owners of Customer 360, or an admin, create its ingestion tokens',
    );
  });

  it('lets admins name any team, suggesting the catalog’s, and shows why a token was refused', async () => {
    let sent: unknown = null;
    server.use(
      tokensAnswer([]),
      http.get('/api/observations/unmatched', () => HttpResponse.json({ items: [] })),
      http.post('/api/ingestion-tokens', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(
          { message: 'Customer 360 already has 50 live ingestion tokens; revoke one first' },
          { status: 409 },
        );
      }),
    );
    const { user } = await openPage('admin');
    await user.click(await screen.findByRole('button', { name: 'New token' }));
    const form = await screen.findByRole('dialog', { name: 'New ingestion token' });
    const team = within(form).getByRole('combobox', { name: 'Team' });
    await user.type(team, 'Customer 3');
    await user.click(await screen.findByRole('option', { name: 'Customer 360' }));
    await user.click(within(form).getByRole('button', { name: 'Create token' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Customer 360 already has 50 live ingestion tokens; revoke one first',
    );
    expect(sent).toEqual({ team: 'Customer 360' });
  });

  it('asks before revoking a token, then shows it revoked', async () => {
    let revoked = false;
    server.use(
      http.get('/api/ingestion-tokens', () =>
        HttpResponse.json({
          items: [token(revoked ? { revokedAt: '2026-01-13T08:00:00Z' } : {})],
        }),
      ),
      http.delete('/api/ingestion-tokens/tok-1', () => {
        revoked = true;
        return HttpResponse.json(token({ revokedAt: '2026-01-13T08:00:00Z' }));
      }),
    );
    const { user } = await openPage('owner');
    await user.click(
      await screen.findByRole('button', {
        name: 'Revoke the token Airflow production of Customer 360',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Revoke the token Airflow production?',
    });
    expect(dialog).toHaveTextContent('are refused from now on');
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(revoked).toBe(false);

    await user.click(
      screen.getByRole('button', { name: 'Revoke the token Airflow production of Customer 360' }),
    );
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Revoke token' }),
    );
    const row = within(screen.getByRole('table', { name: 'Ingestion tokens' })).getByRole('row', {
      name: /Airflow production/,
    });
    expect(await within(row).findByText('revoked')).toBeInTheDocument();
    expect(revoked).toBe(true);
  });

  it('keeps unmatched datasets from non-admins', async () => {
    let asked = false;
    server.use(
      tokensAnswer([]),
      http.get('/api/observations/unmatched', () => {
        asked = true;
        return HttpResponse.json({ message: 'Only admins' }, { status: 403 });
      }),
    );
    await openPage('owner');
    await screen.findByText(/No token yet/);
    expect(screen.queryByRole('heading', { name: 'Unmatched datasets' })).not.toBeInTheDocument();
    expect(asked).toBe(false);
  });

  it('shows admins what matched no port, and why', async () => {
    server.use(
      tokensAnswer([]),
      http.get('/api/observations/unmatched', () =>
        HttpResponse.json({
          items: [
            {
              source: 'openlineage',
              reference: 'postgres://warehouse:5432/sales.orders_v2',
              reason:
                'No output port has a server at postgres://warehouse:5432 with the table sales.orders_v2',
              sourceName: 'nightly.build_orders',
              observedAt: '2026-01-12T06:00:00Z',
              count: 12,
              firstReceivedAt: '2026-01-01T06:00:00Z',
              lastReceivedAt: '2026-01-12T06:00:00Z',
            },
          ],
        }),
      ),
    );
    await openPage('admin');
    const table = await screen.findByRole('table', { name: 'Unmatched datasets' });
    const row = within(table).getByRole('row', { name: /sales\.orders_v2/ });
    expect(row).toHaveTextContent('OpenLineage');
    expect(row).toHaveTextContent('nightly.build_orders');
    expect(row).toHaveTextContent('12');
    expect(row).toHaveTextContent(/No output port has a server/);
  });

  it('tells admins when everything matched', async () => {
    server.use(
      tokensAnswer([]),
      http.get('/api/observations/unmatched', () => HttpResponse.json({ items: [] })),
    );
    await openPage('admin');
    expect(
      await screen.findByText('Everything pipelines sent matched a port.'),
    ).toBeInTheDocument();
  });

  it('gives the commands with a placeholder to those who hold a token already', async () => {
    server.use(tokensAnswer([]));
    await openPage('owner');
    const section = screen.getByRole('region', { name: 'How to connect' });
    expect(
      within(section).getByRole('region', { name: 'datacontract-cli test results' }),
    ).toHaveTextContent('token=mpi_YOUR_TOKEN');
  });
});
