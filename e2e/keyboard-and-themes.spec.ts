import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';

test.describe('keyboard use and color themes', () => {
  test('jump to a product with Ctrl+K, by keyboard only', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Data products' })).toBeVisible();
    await page.keyboard.press('Control+K');
    const jump = page.getByRole('textbox', { name: 'Jump to a data product' });
    await expect(jump).toBeFocused();
    await jump.pressSequentially('inventory levels');
    await expect(page.getByRole('button', { name: /Real-time Inventory Levels/ })).toBeVisible();
    await expectAccessible(page, 'the quick-jump dialog');
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Real-time Inventory Levels' }),
    ).toBeVisible();

    await page.keyboard.press('Control+K');
    await jump.pressSequentially('customer purchase');
    // The list shows the matches for the whole of what was typed before the arrow moves in it.
    await expect(page.getByRole('button', { name: /for “customer purchase”/ })).toBeVisible();
    await expect(page.getByLabel('Matching data products')).toHaveAttribute('aria-busy', 'false');
    await expect(page.getByRole('button', { name: /Customer Purchase History/ })).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Customer Purchase History' }),
    ).toBeVisible();
  });

  test('"/" focuses the search box, and Enter searches at once', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Data products' })).toBeVisible();
    await page.locator('body').press('/');
    const search = page.getByRole('searchbox', { name: 'Search data products' });
    await expect(search).toBeFocused();
    await search.pressSequentially('kafka');
    await search.press('Enter');
    await expect(page).toHaveURL(/q=kafka/);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Clear the search box' })).toBeFocused();
  });

  test('the dark theme is readable and remembered', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await expect(page.getByRole('status').filter({ hasText: 'data products' })).toBeVisible();
    await expectAccessible(page, 'the catalog in the dark theme');

    await page.goto('/products/customer-purchase-history');
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Customer Purchase History' }),
    ).toBeVisible();
    await expectAccessible(page, 'the product page in the dark theme');
    const port = page.getByRole('region', { name: 'Output ports' }).getByRole('region').first();
    await port.getByRole('tab', { name: 'Sample queries' }).click();
    await expectAccessible(page, 'the sample queries in the dark theme');
  });
});
