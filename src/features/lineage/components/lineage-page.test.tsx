import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setPersona } from '@/lib/auth-session';
import { failWith } from '@/mocks/faults';
import { server } from '@/mocks/node';
import { renderApp } from '@/testing/render';

const detailsOfPurchases =
  '/products/customer-purchase-history/lineage?view=table&node=customer-purchase-history';

async function openImpact() {
  const view = renderApp(detailsOfPurchases);
  const panel = await screen.findByRole('complementary', {
    name: 'Details of Customer Purchase History',
  });
  await view.user.click(within(panel).getByRole('button', { name: 'Impact analysis' }));
  const impact = await within(panel).findByRole('region', {
    name: 'Impact of a change to Customer Purchase History',
  });
  await within(impact).findByText(/products downstream/);
  return { ...view, impact };
}

describe('the lineage page', () => {
  afterEach(() => setPersona(null));

  it('shows its owner the impact of a change to one port, with who has access to it', async () => {
    setPersona('owner');
    const { user, impact } = await openImpact();
    const whole = within(impact).getByText(/products downstream/).textContent;
    await user.selectOptions(
      within(impact).getByRole('combobox', { name: 'A change to' }),
      'customer-summary',
    );
    expect(
      await within(impact).findByText(
        'Nobody has been granted access to the port customer-summary.',
      ),
    ).toBeInTheDocument();
    // One port reaches fewer products than the whole product, or says that nothing reads it.
    expect(within(impact).queryByText(whole!)).not.toBeInTheDocument();
  });

  it('tells others that only the owners see who has access', async () => {
    setPersona('analyst');
    const { impact } = await openImpact();
    expect(
      within(impact).getByText('Its owners also see here who has been granted access.'),
    ).toBeInTheDocument();
  });

  it('keeps the page and offers a retry when the lineage cannot be loaded', async () => {
    server.use(failWith('/lineage', 503, 'The catalog is restarting'));
    const { user } = renderApp('/lineage?view=table');
    expect(
      await screen.findByRole('heading', { name: 'The lineage could not be loaded' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/The catalog is restarting/)).toBeInTheDocument();
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: 'Lineage as a table' })).toBeInTheDocument();
  });
});
