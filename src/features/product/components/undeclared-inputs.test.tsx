import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import type { UndeclaredInputs } from '@/catalog/service-level-schemas';
import { setPersona } from '@/lib/auth-session';
import { failWith } from '@/mocks/faults';
import { server } from '@/mocks/node';
import { renderApp } from '@/testing/render';

const path = '/api/data-products/customer-purchase-history/undeclared-inputs';

const oneRead: UndeclaredInputs = {
  items: [
    {
      productId: 'sales-orders',
      productName: 'Sales Orders',
      portName: 'orders',
      contractId: 'sales-orders-orders',
      dataset: { namespace: 'postgres://warehouse:5432', name: 'sales.orders' },
      jobName: 'nightly.build_purchases',
      firstSeenAt: '2026-01-01T06:00:00Z',
      lastSeenAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
    },
  ],
};

async function openProduct(persona: string) {
  setPersona(persona);
  const view = renderApp('/products/customer-purchase-history');
  await screen.findByRole('heading', { level: 1, name: 'Customer Purchase History' });
  return view;
}

describe('undeclared inputs on the product page', { timeout: 20_000 }, () => {
  afterEach(() => setPersona(null));

  it('names each read OpenLineage saw that no input port declares, with a hint for owners', async () => {
    server.use(http.get(path, () => HttpResponse.json(oneRead)));
    await openProduct('owner');
    const section = await screen.findByRole('region', { name: 'Undeclared inputs' });
    expect(section).toHaveTextContent(
      'OpenLineage shows nightly.build_purchases reading Sales Orders · orders (postgres://warehouse:5432/sales.orders), last seen 2 hours ago, but Customer Purchase History declares no input port for it.',
    );
    expect(within(section).getByRole('link', { name: 'Sales Orders' })).toHaveAttribute(
      'href',
      '/products/sales-orders',
    );
    expect(within(section).getByRole('link', { name: 'Edit' })).toHaveAttribute(
      'href',
      '/products/customer-purchase-history/edit',
    );
  });

  it('gives others the facts without the hint', async () => {
    server.use(http.get(path, () => HttpResponse.json(oneRead)));
    await openProduct('analyst');
    const section = await screen.findByRole('region', { name: 'Undeclared inputs' });
    expect(within(section).getByRole('link', { name: 'Sales Orders' })).toBeInTheDocument();
    expect(within(section).queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
  });

  it('is not there when every read is declared', async () => {
    let asked = false;
    server.use(
      http.get(path, () => {
        asked = true;
        return HttpResponse.json({ items: [] });
      }),
    );
    await openProduct('analyst');
    await expect.poll(() => asked).toBe(true);
    expect(screen.getByRole('heading', { name: 'Inputs' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Undeclared inputs' })).not.toBeInTheDocument();
  });

  it('says so in a line when they cannot be loaded, and keeps the page', async () => {
    server.use(failWith('/data-products/customer-purchase-history/undeclared-inputs', 503));
    await openProduct('analyst');
    expect(
      await screen.findByText(/What OpenLineage saw this product read could not be loaded/),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Output ports' })).toBeInTheDocument();
  });
});
