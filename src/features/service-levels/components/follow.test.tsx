import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { subscriptionListSchema } from '@/catalog/subscription-schemas';
import { setPersona } from '@/lib/auth-session';
import { server } from '@/mocks/node';
import { renderApp } from '@/testing/render';

const productUrl = '/products/customer-purchase-history/service-levels';
const productName = 'Customer Purchase History';

/** What the API keeps for the persona, asked directly. */
async function followed(persona: string) {
  const response = await fetch(new URL('/api/subscriptions', location.origin), {
    headers: { 'X-Meshport-Persona': persona },
  });
  return subscriptionListSchema.parse(await response.json()).items;
}

/** The tests share one catalog: each leaves the stakeholder following nothing. */
afterEach(async () => {
  for (const item of await followed('stakeholder')) {
    await fetch(
      new URL(`/api/subscriptions/${item.kind}/${encodeURIComponent(item.id)}`, location.origin),
      { method: 'DELETE', headers: { 'X-Meshport-Persona': 'stakeholder' } },
    );
  }
  setPersona(null);
});

async function openProduct() {
  setPersona('stakeholder');
  const view = renderApp(productUrl);
  await screen.findByRole('heading', { level: 1, name: `Service levels of ${productName}` });
  const button = await screen.findByRole('button', { name: 'Follow' });
  await waitFor(() => expect(button).toBeEnabled());
  return { ...view, button };
}

describe('following a product', { timeout: 20_000 }, () => {
  it('is a toggle that says what it does, and follows and unfollows', async () => {
    const { user, button } = await openProduct();
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(button).toHaveAccessibleDescription('Get notified when it breaches or recovers.');

    await user.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(button).toHaveTextContent('Following');
    await waitFor(async () =>
      expect(await followed('stakeholder')).toEqual([
        expect.objectContaining({
          kind: 'product',
          id: 'customer-purchase-history',
          name: productName,
        }),
      ]),
    );

    await user.click(screen.getByRole('button', { name: 'Following' }));
    expect(screen.getByRole('button', { name: 'Follow' })).toHaveAttribute('aria-pressed', 'false');
    await waitFor(async () => expect(await followed('stakeholder')).toEqual([]));
  });

  it('works by keyboard', async () => {
    const { user, button } = await openProduct();
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-pressed', 'true');
    await waitFor(async () => expect(await followed('stakeholder')).toHaveLength(1));
    await user.keyboard(' ');
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await waitFor(async () => expect(await followed('stakeholder')).toEqual([]));
  });

  it('goes back and says why when the API refuses', async () => {
    const { user, button } = await openProduct();
    server.use(
      http.put('/api/subscriptions', async () => {
        await delay(50);
        return HttpResponse.json(
          { message: 'You follow 500 products and domains, the most one person may' },
          { status: 409 },
        );
      }),
    );
    await user.click(button);
    // Shown at once, before the API answers …
    expect(button).toHaveAttribute('aria-pressed', 'true');
    // … and undone when it refuses.
    const failure = await screen.findByText(/^Could not follow/);
    expect(failure.closest('[role="alert"]')).toHaveTextContent(
      `Could not follow ${productName}: You follow 500 products and domains, the most one person may`,
    );
    expect(screen.getByRole('button', { name: 'Follow' })).toHaveAttribute('aria-pressed', 'false');
    expect(await followed('stakeholder')).toEqual([]);
  });
});

describe('following on the portfolio', { timeout: 20_000 }, () => {
  async function openPortfolio(url = '/service-levels') {
    setPersona('stakeholder');
    const view = renderApp(url);
    await screen.findByRole('heading', { level: 1, name: 'Service levels' });
    return view;
  }

  it('says how to follow when nothing is followed, and offers no domain without one filter', async () => {
    const { user } = await openPortfolio();
    const menu = await screen.findByRole('button', { name: 'Following (0)' });
    expect(screen.queryByRole('button', { name: /^Follow / })).not.toBeInTheDocument();
    await user.click(menu);
    const dialog = await screen.findByRole('dialog', { name: 'You follow' });
    expect(dialog).toHaveTextContent(/Nothing yet\. Follow a product with the Follow button/);
    expect(within(dialog).queryByRole('listitem')).not.toBeInTheDocument();
  });

  it('follows the one domain filtered, lists it with a link, and unfollows it there', async () => {
    const { user } = await openPortfolio('/service-levels?domain=finance');
    const follow = await screen.findByRole('button', { name: 'Follow finance' });
    await waitFor(() => expect(follow).toBeEnabled());
    expect(follow).toHaveAccessibleDescription(
      'Get notified when any of its products breaches or recovers.',
    );
    await user.click(follow);
    expect(screen.getByRole('button', { name: 'Following finance' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(await screen.findByRole('button', { name: 'Following (1)' }));
    const dialog = await screen.findByRole('dialog', { name: 'You follow' });
    expect(within(dialog).getByRole('link', { name: 'finance' })).toHaveAttribute(
      'href',
      '/service-levels?domain=finance',
    );
    expect(dialog).toHaveTextContent('Domain: all its products');
    await waitFor(async () => expect(await followed('stakeholder')).toHaveLength(1));

    await user.click(within(dialog).getByRole('button', { name: 'Unfollow finance' }));
    expect(await within(dialog).findByText(/Nothing yet/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Follow finance' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await waitFor(async () => expect(await followed('stakeholder')).toEqual([]));
  });

  it('lists a followed product with a link to its service levels, and keeps it when unfollowing fails', async () => {
    await fetch(new URL('/api/subscriptions', location.origin), {
      method: 'PUT',
      headers: { 'X-Meshport-Persona': 'stakeholder', 'Content-Type': 'application/json' },
      body: JSON.stringify({ kind: 'product', id: 'customer-purchase-history' }),
    });
    const { user } = await openPortfolio();
    await user.click(await screen.findByRole('button', { name: 'Following (1)' }));
    const dialog = await screen.findByRole('dialog', { name: 'You follow' });
    expect(within(dialog).getByRole('link', { name: productName })).toHaveAttribute(
      'href',
      productUrl,
    );
    server.use(
      http.delete('/api/subscriptions/:kind/:id', () =>
        HttpResponse.json({ message: 'The catalog API hit an unexpected error' }, { status: 500 }),
      ),
    );
    await user.click(within(dialog).getByRole('button', { name: `Unfollow ${productName}` }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      `Could not unfollow ${productName}: The catalog API hit an unexpected error`,
    );
    expect(within(dialog).getByRole('link', { name: productName })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Following (1)' })).toBeInTheDocument();
  });
});
