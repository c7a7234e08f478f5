import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failWith, hangs } from '@/mocks/faults';
import { server } from '@/mocks/node';
import { renderApp } from '@/testing/render';

describe('the product page', () => {
  it('shows the header, the schema with PII badges, and the downstream consumers', async () => {
    renderApp('/products/customer-purchase-history');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Customer Purchase History' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Contains PII')).toBeInTheDocument();
    const firstPort = screen.getAllByRole('tablist')[0]!.closest('section')!;
    const table = within(firstPort).getAllByRole('table')[0]!;
    expect(within(table).getAllByText('PII').length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: 'Used by' })).toBeInTheDocument();
  });

  it('offers declared and generated sample queries with copy buttons', async () => {
    const { user } = renderApp('/products/customer-purchase-history');
    await screen.findByRole('heading', { level: 1, name: 'Customer Purchase History' });
    const firstPort = screen.getAllByRole('tablist')[0]!.closest('section')!;
    await user.click(within(firstPort).getByRole('tab', { name: 'Sample queries' }));
    expect(
      within(firstPort).getAllByRole('button', { name: /^Copy sample query/ }).length,
    ).toBeGreaterThan(0);
    expect(
      within(firstPort).getByRole('button', { name: /^Copy starter query/ }),
    ).toBeInTheDocument();
  });

  it('says so when the product does not exist', async () => {
    renderApp('/products/nope');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Data product not found' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/There is no data product with id nope/)).toBeInTheDocument();
  });

  it('keeps the header and shows the page’s skeleton while the product is on its way', async () => {
    server.use(hangs('/data-products/customer-purchase-history'));
    renderApp('/products/customer-purchase-history');
    expect(
      await screen.findByRole('status', { name: 'Loading the data product' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Meshport home' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });

  it('offers a retry when the API fails', async () => {
    server.use(failWith('/data-products/customer-purchase-history', 500));
    const { user } = renderApp('/products/customer-purchase-history');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This page could not be loaded' }),
    ).toBeInTheDocument();
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Customer Purchase History' }),
    ).toBeInTheDocument();
  });
});
