import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';

test.describe('an analyst discovers and understands a data product', () => {
  test('search, filter, open a product and copy a sample query', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Data products' })).toBeVisible();
    const count = page.getByRole('status').filter({ hasText: 'data products' });
    await expect(count).toContainText(/\d+ data products/);
    await expectAccessible(page, 'the catalog');

    await page.getByRole('searchbox', { name: 'Search data products' }).fill('customer');
    await expect(page).toHaveURL(/q=customer/);
    const results = page
      .getByRole('list', { name: 'Data products' })
      .getByRole('heading', { level: 3 });
    await expect(results.first()).toContainText(/customer/i);
    const totalForQuery = Number((await count.textContent())?.replace(/\D/g, ''));

    const filters = page.getByRole('complementary', { name: 'Filters' });
    await filters
      .getByRole('group', { name: 'Domain' })
      .getByRole('checkbox', { name: /^customer/ })
      .click();
    await expect(page).toHaveURL(/domain=customer/);
    await expect(page.getByRole('group', { name: 'Active filters' })).toContainText(
      'Domain: customer',
    );
    await expect
      .poll(async () => Number((await count.textContent())?.replace(/\D/g, '')))
      .toBeLessThanOrEqual(totalForQuery);
    await expectAccessible(page, 'the filtered catalog');

    await page.getByRole('link', { name: 'Customer Purchase History' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Customer Purchase History' }),
    ).toBeVisible();
    await expect(page.getByText('Contains PII')).toBeVisible();
    await expectAccessible(page, 'the product page');

    const port = page.getByRole('region', { name: 'Output ports' }).getByRole('region').first();
    await port.getByRole('tab', { name: 'Sample queries' }).click();
    const copy = port.getByRole('button', { name: /^Copy sample query/ }).first();
    await expect(copy).toBeVisible();
    await expectAccessible(page, 'the sample queries tab');
    await copy.click();
    await expect(port.getByRole('button', { name: /^Copied sample query/ }).first()).toBeVisible();
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toMatch(/select/i);
    const shown = await port
      .getByRole('region', { name: /^sample query/ })
      .first()
      .textContent();
    expect(shown?.trim()).toBe(clipboard.trim());
  });

  test('a shared link reproduces the same results', async ({ page, browser }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search data products' }).fill('orders');
    await expect(page).toHaveURL(/q=orders/);
    await page
      .getByRole('complementary', { name: 'Filters' })
      .getByRole('group', { name: 'Status' })
      .getByRole('checkbox', { name: /^active/ })
      .click();
    await page.getByLabel('Sort by').selectOption('name');
    await expect(page).toHaveURL(/sort=name/);
    const names = page
      .getByRole('list', { name: 'Data products' })
      .getByRole('heading', { level: 3 });
    await expect(names.first()).toBeVisible();
    const expected = await names.allTextContents();
    const link = page.url();

    const other = await browser.newContext();
    const second = await other.newPage();
    await second.goto(link);
    await expect(second.getByRole('searchbox', { name: 'Search data products' })).toHaveValue(
      'orders',
    );
    await expect(second.getByRole('group', { name: 'Active filters' })).toContainText(
      'Status: active',
    );
    await expect(
      second.getByRole('list', { name: 'Data products' }).getByRole('heading', { level: 3 }),
    ).toHaveText(expected);
    await expectAccessible(second, 'the catalog opened from a shared link');
    await other.close();
  });

  test('an unknown product says so and offers a way on', async ({ page }) => {
    await page.goto('/products/no-such-product');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Data product not found' }),
    ).toBeVisible();
    await expect(page.getByText('There is no data product with id no-such-product')).toBeVisible();
    await expectAccessible(page, 'the unknown product page');
    await page.getByRole('link', { name: /Search the catalog/ }).click();
    await expect(page.getByRole('searchbox', { name: 'Search data products' })).toHaveValue(
      'no-such-product',
    );
  });

  test('an API failure shows an error with a retry, never a blank page', async ({ page }) => {
    let failing = true;
    await page.route(
      (url) => url.pathname === '/api/data-products/customer-purchase-history',
      async (route) => {
        if (failing) {
          await route.fulfill({
            status: 500,
            json: { message: 'The catalog API hit an unexpected error; try again in a moment' },
          });
        } else {
          await route.continue();
        }
      },
    );
    await page.goto('/products/customer-purchase-history');
    await expect(
      page.getByRole('heading', { level: 1, name: 'This page could not be loaded' }),
    ).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('unexpected error');
    await expect(page.getByRole('link', { name: 'Meshport home' })).toBeVisible();
    await expectAccessible(page, 'the product error page');

    failing = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Customer Purchase History' }),
    ).toBeVisible();
  });

  test('a failing search keeps the search box and offers a retry', async ({ page }) => {
    let failing = true;
    await page.route(
      (url) => url.pathname === '/api/data-products',
      async (route) => {
        if (failing)
          await route.fulfill({
            status: 500,
            json: { message: 'The catalog API hit an unexpected error; try again in a moment' },
          });
        else await route.continue();
      },
    );
    await page.goto('/?q=inventory');
    await expect(page.getByRole('alert')).toContainText('could not be searched');
    await expect(page.getByRole('searchbox', { name: 'Search data products' })).toHaveValue(
      'inventory',
    );
    await expectAccessible(page, 'the catalog with a failed search');
    failing = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(
      page.getByRole('list', { name: 'Data products' }).getByRole('heading', { level: 3 }).first(),
    ).toBeVisible();
  });
});
