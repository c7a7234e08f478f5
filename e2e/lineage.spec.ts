import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { tabTo } from './support/keyboard';

const firstLoad = 60_000;

test('explore the lineage of a product: depths, groups, paths, a node, and a link that restores it', async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  await page.goto('/products/sales-orders');
  // The header's Lineage link is there before the product's own, which comes with its data.
  // The first page of a fresh browser waits for the app (and on the demo build its in-page
  // catalog) to start, and the first graph for the layout worker to load ELK: on a busy CI
  // machine with two browsers at work, that can take far longer than on a desk.
  await expect(page.getByRole('heading', { level: 1, name: 'Sales Orders' })).toBeVisible({
    timeout: firstLoad,
  });
  await page.getByRole('link', { name: 'Lineage', exact: true }).last().click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Lineage of Sales Orders' }),
  ).toBeVisible();
  const graph = page.locator('.react-flow');
  await expect(graph.getByRole('group', { name: /^Sales Orders,.*in focus/ })).toBeVisible({
    timeout: firstLoad,
  });
  await expectAccessible(page, 'the lineage of a product');

  // Coloured by SLA health: the legend names each status, and each product says its own.
  await page
    .getByRole('radiogroup', { name: 'Colour by' })
    .getByText('SLA health', { exact: true })
    .click();
  await expect(page).toHaveURL(/colour=health/);
  const legend = page.getByRole('list', { name: 'Legend' });
  for (const status of ['Breached', 'At risk', 'No data', 'Met', 'Declared'])
    await expect(legend.getByText(status, { exact: true })).toBeVisible();
  await expect(
    graph.getByRole('group', {
      name: /^Sales Orders, .*, SLA health: (Breached|At risk|No data|Met|Declared), .*in focus/,
    }),
  ).toBeVisible();
  await expectAccessible(page, 'the lineage coloured by SLA health');

  // Depths are in the URL.
  await page.getByRole('combobox', { name: 'Upstream depth' }).selectOption('0');
  await page.getByRole('combobox', { name: 'Downstream depth' }).selectOption('1');
  await expect(page).toHaveURL(/up=0&down=1/);

  // A node with many readers shows the first few and a "+N more" group, which opens.
  const more = graph.getByRole('group', { name: /^\d+ more downstream products/ });
  await expect(more).toBeVisible();
  const hidden = Number((await more.getAttribute('aria-label'))?.match(/^(\d+)/)?.[1]);
  await more.click();
  await expect(page).toHaveURL(/open=group/);
  await expect(more).toHaveCount(0);
  // The focus, the six shown before, and every product the group stood for.
  await expect
    .poll(() => graph.locator('.react-flow__node').count())
    .toBeGreaterThanOrEqual(7 + hidden);

  // Path-only between two products.
  await page.getByRole('combobox', { name: 'Downstream depth' }).selectOption('all');
  await page.getByRole('combobox', { name: 'Only the paths to' }).fill('Marketing Audiences');
  await page.getByRole('option', { name: 'Marketing Audiences' }).click();
  await expect(page).toHaveURL(/path=/);
  await expect(graph.getByRole('group', { name: /^Marketing Audiences,/ })).toBeVisible();
  await expect(graph.getByRole('group', { name: /^Real-time Inventory Levels,/ })).toHaveCount(0);
  await expectAccessible(page, 'the path between two products');

  // A node's panel, then the copied link restores the same view in another browser.
  await graph.getByRole('group', { name: /^Marketing Audiences,/ }).click();
  const panel = page.getByRole('complementary', { name: 'Details of Marketing Audiences' });
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Impact analysis' }).click();
  await expect(
    panel.getByRole('region', { name: 'Impact of a change to Marketing Audiences' }),
  ).toBeVisible();
  await expectAccessible(page, 'the details panel with the impact analysis');

  const link = page.url();
  const other = await browser.newPage();
  await other.goto(link);
  await expect(
    other.getByRole('complementary', { name: 'Details of Marketing Audiences' }),
  ).toBeVisible();
  await expect(other.getByRole('combobox', { name: 'Downstream depth' })).toHaveValue('all');
  await expect(other.getByRole('radio', { name: 'SLA health' })).toBeChecked();
  await expect(
    other.locator('.react-flow').getByRole('group', { name: /^Marketing Audiences,/ }),
  ).toBeVisible();
  await other.close();

  await panel.getByRole('link', { name: 'Open the product page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Marketing Audiences' })).toBeVisible();
});

test('the lineage as a table, for keyboard and screen reader users', async ({ page }) => {
  await page.goto('/products/customer-purchase-history/lineage?view=table');
  const table = page.getByRole('table', { name: 'Lineage as a table' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Customer Purchase History' })).toBeVisible();
  await expect(table).toContainText('upstream, 1');
  await expect(table).toContainText('downstream, 1');
  await expectAccessible(page, 'the lineage table');
});

test('the graph with the keyboard only: open a group, choose a product, read it, go back', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/products/sales-orders/lineage?up=0&down=1');
  const graph = page.locator('.react-flow');
  await expect(graph.getByRole('group', { name: /^Sales Orders,.*in focus/ })).toBeVisible({
    timeout: firstLoad,
  });

  // A "+N more" group opens with Enter.
  const more = graph.getByRole('group', { name: /^\d+ more downstream products/ });
  await tabTo(page, more);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/open=group/);
  await expect(more).toHaveCount(0);

  // A product is chosen with Enter: its details open and take the focus.
  const reader = graph
    .getByRole('group', { name: /owned by/ })
    .filter({ hasNotText: 'Sales Orders' })
    .first();
  const name = (await reader.getAttribute('aria-label'))!.split(',')[0]!;
  await tabTo(page, reader);
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary', { name: `Details of ${name}` });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2, name })).toBeFocused();
  await expect(page).toHaveURL(/node=/);
  await expectAccessible(page, 'the details opened from the keyboard');

  // Escape closes them and puts the focus back on the product in the graph.
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(reader).toBeFocused();

  // Escape on the chosen product in the graph closes its details too, and Enter there brings
  // the focus back to them.
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { level: 2, name })).toBeFocused();
  await reader.focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { level: 2, name })).toBeFocused();
  await reader.focus();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(reader).toBeFocused();

  // Again, and on to the product page.
  await page.keyboard.press('Enter');
  await expect(panel).toBeVisible();
  await tabTo(page, panel.getByRole('link', { name: 'Open the product page' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
});
