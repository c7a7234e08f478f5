import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';

/**
 * Goes through the identity provider's own development login and consent pages, when it shows
 * them (a second sign-in in the same browser may come straight back), until the portal is back.
 */
async function signInAtProvider(page: Page, portal: string, login: string) {
  await page.waitForURL((url) => url.origin !== portal || url.pathname === '/auth/callback');
  if (new URL(page.url()).origin !== portal) {
    const loginField = page.locator('input[name="login"]');
    const consent = page.getByRole('button', { name: 'Continue' });
    await loginField.or(consent).waitFor();
    if (await loginField.isVisible()) {
      await loginField.fill(login);
      await page.locator('input[name="password"]').fill('any password');
      await page.getByRole('button', { name: 'Sign-in' }).click();
      await page.waitForURL(
        (url) => url.origin === portal || url.pathname.includes('/interaction/'),
      );
    }
    if (new URL(page.url()).origin !== portal) await consent.click();
  }
  await page.waitForURL((url) => url.origin === portal && url.pathname !== '/auth/callback');
}

function product(id: string, team: string) {
  return `apiVersion: v1.0.0\nkind: DataProduct\nid: ${id}\nname: ${id}\nversion: 1.0.0\nstatus: draft\noutputPorts:\n  - name: out\n    version: 1.0.0\nteam:\n  name: ${team}\n`;
}

test('sign in with the identity provider, be refused and allowed by team, and sign in again without losing the draft', async ({
  page,
}) => {
  await page.goto('/');
  // Read before any click: after one, the browser may already be at the provider.
  const portal = new URL(page.url()).origin;
  const banner = page.getByRole('alert').filter({ hasText: 'Sign in to use Meshport' });
  await expect(banner).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Demo persona' })).toHaveCount(0);
  await expectAccessible(page, 'the catalog before signing in');

  await banner.getByRole('button', { name: 'Sign in' }).click();
  await signInAtProvider(page, portal, 'olga.owner');
  await expect(page.getByText('Olga Owner')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'data products' })).toContainText(
    /\d+ data products/,
  );
  await expectAccessible(page, 'the catalog after signing in');

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Import' })
    .click();
  const documentBox = page.getByRole('textbox', { name: 'Document (YAML or JSON)' });
  await documentBox.fill(product('oidc-other-team', 'Order Management'));
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'You cannot import this' })).toContainText(
    'Only owners or editors of the team "Order Management"',
  );

  // The session ends (the token is no longer accepted) while the owner is typing.
  await page.evaluate(() => sessionStorage.setItem('meshport-access-token', 'no.longer.valid'));
  await documentBox.fill(product('oidc-own-team', 'Customer 360'));
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const again = page.getByRole('alert').filter({ hasText: 'Please sign in again' });
  await expect(again).toBeVisible();
  await expectAccessible(page, 'the import page after the session ended');
  await again.getByRole('button', { name: 'Sign in again' }).click();
  await signInAtProvider(page, portal, 'olga.owner');

  await expect(page).toHaveURL(/\/import$/);
  await expect(documentBox).toHaveValue(/oidc-own-team/);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    'oidc-own-team version 1.0.0 was imported',
  );

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Sign in to use Meshport' }),
  ).toBeVisible();
});
