import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render';

describe('the demo persona switcher', () => {
  afterEach(() => localStorage.clear());

  it('takes someone who becomes the stakeholder from the catalog to the portfolio', async () => {
    const { user, router } = renderApp('/');
    const picker = await screen.findByRole('combobox', { name: 'Demo persona' });
    await user.selectOptions(picker, 'stakeholder');
    await waitFor(() => expect(router.state.location.pathname).toBe('/service-levels'));
  });

  it('leaves every other page where it is, and other personas on the catalog', async () => {
    const { user, router } = renderApp('/');
    const picker = await screen.findByRole('combobox', { name: 'Demo persona' });
    await user.selectOptions(picker, 'owner');
    expect(router.state.location.pathname).toBe('/');

    await router.navigate('/lineage');
    await screen.findByRole('heading', { level: 1, name: /Lineage/ });
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Demo persona' }),
      'stakeholder',
    );
    expect(router.state.location.pathname).toBe('/lineage');
  });
});
