import { screen, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '@/mocks/node';
import { renderApp } from '@/testing/render';

const refused = () => HttpResponse.json({ message: 'Sign in first' }, { status: 401 });

describe('signing in with an identity provider', () => {
  afterEach(() => server.resetHandlers());

  it('offers to sign in when the API refuses before the sign-in settings have arrived', async () => {
    let listings = 0;
    server.use(
      http.get('/api/auth/config', async () => {
        await delay(300);
        return HttpResponse.json({
          mode: 'oidc',
          issuer: 'https://id.example.org',
          clientId: 'meshport-web',
          scopes: 'openid',
        });
      }),
      http.get('/api/me', refused),
      http.get('/api/data-products', () => {
        listings += 1;
        return refused();
      }),
    );
    renderApp('/');
    const alert = await screen.findByRole(
      'alert',
      { name: /Sign in to use Meshport/ },
      { timeout: 3000 },
    );
    expect(within(alert).getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    // Asked once (twice at most with a retry), not over and over.
    await delay(500);
    expect(listings).toBeLessThanOrEqual(2);
  });
});
