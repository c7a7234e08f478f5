import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';

/**
 * The catalog API accepts a call and never answers, as a stuck dependency does. Each page must
 * show its skeleton meanwhile, then, once the time limit has passed, say so with a "Try again"
 * that works when the catalog answers again.
 *
 * The portal keeps its real 15 s limit. Playwright's clock fakes the timers behind
 * `AbortSignal.timeout` in the page, so the journeys move time on with `fastForward` instead of
 * waiting: nothing in the app reads a test-only setting, so there is none to misuse in production.
 */
async function hangUntilReleased(page: Page, url: RegExp) {
  let hanging = true;
  await page.route(url, async (route) => {
    // Neither fulfilled nor continued: the request stays open until the page gives up on it.
    if (hanging) return;
    await route.continue();
  });
  return () => {
    hanging = false;
  };
}

const timeLimitPassed = '00:16';

test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

test('a product that does not answer: skeleton, then an error whose Try again loads it', async ({
  page,
}) => {
  const release = await hangUntilReleased(page, /\/api\/data-products\/customer-purchase-history$/);
  await page.goto('/products/customer-purchase-history');
  // The header is there on the very first load, and the page stands in with its own shape.
  await expect(page.getByRole('link', { name: 'Meshport home' })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Loading the data product' })).toBeVisible();
  await expectAccessible(page, 'the product page while it loads');

  await page.clock.fastForward(timeLimitPassed);
  await expect(
    page.getByRole('heading', { level: 1, name: 'This page could not be loaded' }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('The catalog did not answer in time.');
  await expect(page.getByRole('status', { name: 'Loading the data product' })).toHaveCount(0);
  await expectAccessible(page, 'the product page after the time limit');

  release();
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Customer Purchase History' }),
  ).toBeVisible();
  await expect(page.getByText('Contains PII')).toBeVisible();
});

test('a product opened from the catalog shows its skeleton at once, not the catalog', async ({
  page,
}) => {
  await page.goto('/?q=purchase');
  const link = page.getByRole('link', { name: 'Customer Purchase History' });
  await expect(link).toBeVisible();
  await hangUntilReleased(page, /\/api\/data-products\/customer-purchase-history$/);
  await link.click();
  await expect(page.getByRole('status', { name: 'Loading the data product' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Data products' })).toHaveCount(0);
});

interface HungPage {
  what: string;
  path: string;
  api: RegExp;
  loading: string;
  /** The error's heading (a page) or title (the catalog's results). */
  failed: RegExp;
  /** What shows once the catalog answers again. */
  loaded: (page: Page) => Promise<void>;
}

const pages: HungPage[] = [
  {
    what: 'the catalog',
    path: '/',
    api: /\/api\/data-products(\?|$)/,
    loading: 'Loading data products',
    failed: /The catalog could not be searched/,
    loaded: (page) =>
      expect(
        page.getByRole('list', { name: 'Data products' }).getByRole('article').first(),
      ).toBeVisible(),
  },
  {
    what: 'the lineage of the mesh',
    path: '/lineage?view=table',
    api: /\/api\/lineage\?/,
    loading: 'Loading the lineage',
    failed: /The lineage could not be loaded/,
    loaded: (page) =>
      expect(
        page.getByRole('status').filter({ hasText: /\d+ products · \d+ links/ }),
      ).toBeVisible(),
  },
  {
    what: 'the lineage of a product',
    path: '/products/sales-orders/lineage?view=table',
    api: /\/api\/lineage\?/,
    loading: 'Loading the lineage',
    failed: /The lineage could not be loaded/,
    loaded: (page) =>
      expect(
        page.getByRole('status').filter({ hasText: /\d+ products · \d+ links/ }),
      ).toBeVisible(),
  },
  {
    what: 'my requests',
    path: '/access/requests',
    api: /\/api\/access-requests\?/,
    loading: 'Loading your requests',
    failed: /Your requests could not be loaded/,
    loaded: (page) => expect(page.getByRole('list', { name: 'Requests' })).toBeAttached(),
  },
  {
    what: 'the approvals',
    path: '/access/approvals',
    api: /\/api\/access-requests\?/,
    loading: 'Loading your approvals',
    failed: /Your approvals could not be loaded/,
    loaded: (page) =>
      expect(page.getByRole('list', { name: 'Requests waiting for you' })).toBeAttached(),
  },
  {
    what: 'one request',
    path: '/access/requests/no-such-request',
    api: /\/api\/access-requests\/no-such-request$/,
    loading: 'Loading the request',
    failed: /This request could not be shown/,
    // There is no such request: the catalog's own answer replaces the time-out.
    loaded: (page) => expect(page.getByRole('alert')).not.toContainText('did not answer in time'),
  },
];

for (const hung of pages) {
  test(`${hung.what}: skeleton while the catalog hangs, then an error with Try again`, async ({
    page,
  }) => {
    const release = await hangUntilReleased(page, hung.api);
    await page.goto(hung.path);
    await expect(page.getByRole('status', { name: hung.loading })).toBeVisible();
    await expectAccessible(page, `${hung.what} while it loads`);

    await page.clock.fastForward(timeLimitPassed);
    const error = page.getByRole('alert').filter({ hasText: 'did not answer in time' });
    await expect(error).toBeVisible();
    await expect(page.getByText(hung.failed)).toBeVisible();
    await expect(page.getByRole('status', { name: hung.loading })).toHaveCount(0);
    await expectAccessible(page, `${hung.what} after the time limit`);

    release();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(error).toHaveCount(0);
    await hung.loaded(page);
  });
}

test('an import that gets no answer says so, and can be sent again', async ({ page }) => {
  await page.goto('/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Import a document' })).toBeVisible();
  const release = await hangUntilReleased(page, /\/api\/data-products$/);
  await page
    .getByRole('textbox', { name: 'Document (YAML or JSON)' })
    .fill('apiVersion: v1.0.0\nkind: DataProduct\nid: never-stored\n');
  await page.getByRole('button', { name: 'Import' }).click();
  await page.clock.fastForward(timeLimitPassed);
  await expect(page.getByRole('alert')).toContainText('did not answer in time');
  await expectAccessible(page, 'the import page after the time limit');

  // The analyst may not import: the catalog's refusal shows that it was asked again.
  release();
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('alert')).not.toContainText('did not answer in time');
});
