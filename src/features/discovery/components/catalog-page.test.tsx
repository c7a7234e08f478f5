import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failWith } from '@/mocks/faults';
import { server } from '@/mocks/node';
import { renderApp } from '@/testing/render';

const resultHeadings = () =>
  within(screen.getByRole('list', { name: 'Data products' })).getAllByRole('heading', { level: 3 });
const resultCount = () => screen.getByRole('status');

describe('the catalog page', () => {
  it('lists the demo catalog with counts per domain', async () => {
    renderApp('/');
    expect(await screen.findByText(/^\d+ data products$/)).toBeInTheDocument();
    const domains = within(screen.getByRole('group', { name: 'Domain' })).getAllByRole('checkbox');
    expect(domains.length).toBeGreaterThanOrEqual(6);
    expect(resultHeadings()).toHaveLength(20);
  });

  it("shows each product's SLA health in words, as a filter and on every result", async () => {
    renderApp('/');
    await screen.findByText(/^\d+ data products$/);
    const words = /^(Breached|At risk|No data|Met|Declared)\s*\d/;
    const health = within(screen.getByRole('group', { name: 'SLA health' })).getAllByRole(
      'checkbox',
    );
    expect(health.length).toBeGreaterThan(0);
    for (const box of health) expect(box).toHaveAccessibleName(words);
    const results = within(screen.getByRole('list', { name: 'Data products' }));
    expect(results.getAllByText(/^SLA: (Breached|At risk|No data|Met|Declared)$/)).toHaveLength(20);
  });

  it('searches as the user types and ranks customer products first', async () => {
    const { user, router } = renderApp('/');
    await screen.findByText(/^\d+ data products$/);
    await user.type(screen.getByRole('searchbox', { name: 'Search data products' }), 'customer');
    await waitFor(() => expect(router.state.location.search).toBe('?q=customer'));
    await waitFor(() => expect(resultHeadings()[0]).toHaveTextContent(/customer/i));
  });

  it('narrows results with a filter, shows it as removable, and removes it', async () => {
    const { user, router } = renderApp('/');
    await screen.findByText(/^\d+ data products$/);
    const before = resultCount().textContent;
    await user.click(
      within(screen.getByRole('group', { name: 'Status' })).getByRole('checkbox', {
        name: /^deprecated/,
      }),
    );
    await waitFor(() => expect(router.state.location.search).toBe('?status=deprecated'));
    await waitFor(() => expect(resultCount().textContent).not.toBe(before));
    const active = screen.getByRole('group', { name: 'Active filters' });
    await user.click(
      within(active).getByRole('button', { name: 'Remove filter Status: deprecated' }),
    );
    await waitFor(() => expect(resultCount().textContent).toBe(before));
  });

  it('keeps every change when several come quickly one after another', async () => {
    const { user, router } = renderApp('/');
    await screen.findByText(/^\d+ data products$/);
    await user.click(
      within(screen.getByRole('group', { name: 'Status' })).getByRole('checkbox', {
        name: /^active/,
      }),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'updated');
    await user.click(
      within(screen.getByRole('group', { name: 'Domain' })).getByRole('checkbox', {
        name: /^customer/,
      }),
    );
    await waitFor(() =>
      expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
        status: 'active',
        sort: 'updated',
        domain: 'customer',
      }),
    );
  });

  it('tells the user what to do when nothing matches', async () => {
    const { user } = renderApp('/?q=zzzzqqq');
    expect(
      await screen.findByRole('heading', { name: 'No data products match “zzzzqqq”' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(await screen.findByText(/^\d+ data products$/)).toBeInTheDocument();
  });

  it('shows an API failure with a retry instead of a blank page', async () => {
    server.use(failWith('/data-products', 500));
    const { user } = renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('The catalog could not be searched');
    expect(screen.getByRole('searchbox', { name: 'Search data products' })).toBeInTheDocument();
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/^\d+ data products$/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
