import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';

/**
 * The demo build (and `npm run dev`) carry the catalog API inside the page: the same journeys
 * must work with no server behind them.
 */
test('the demo build searches and shows products with the API running in the browser', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'data products' })).toContainText(
    /\d+ data products/,
  );
  await page.getByRole('searchbox', { name: 'Search data products' }).fill('inventory');
  await expect(page).toHaveURL(/q=inventory/);
  await page.getByRole('link', { name: 'Real-time Inventory Levels' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Real-time Inventory Levels' }),
  ).toBeVisible();
  await expectAccessible(page, 'a product page of the demo build');

  // A deep link loads the page directly, with the in-page API answering its first request.
  await page.goto('/products/customer-purchase-history');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Customer Purchase History' }),
  ).toBeVisible();
});
