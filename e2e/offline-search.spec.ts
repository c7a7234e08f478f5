import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';

test('a search made offline says which results are shown, and refreshes once back online', async ({
  page,
  context,
}) => {
  await page.goto('/?q=customer');
  const names = page
    .getByRole('list', { name: 'Data products' })
    .getByRole('heading', { level: 3 });
  await expect(names.first()).toContainText(/customer/i);

  await context.setOffline(true);
  await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search data products' }).fill('orders');
  await expect(page).toHaveURL(/q=orders/);
  const stale = page.getByText(
    'You are offline: these are the results for “customer”. The results for “orders” will show when you are back online.',
  );
  await expect(stale).toBeVisible();
  await expect(names.first()).toContainText(/customer/i);
  await expectAccessible(page, 'the catalog offline, in the light theme');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, 'the catalog offline, in the dark theme');

  await context.setOffline(false);
  await expect(stale).toHaveCount(0);
  await expect(page.getByText('You are offline')).toHaveCount(0);
  await expect(names.first()).toContainText(/order/i);
});
