import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { tabTo } from './support/keyboard';
import type { Cast } from './support/personas';
import { onePage, separateContexts } from './support/personas';

const product = 'Customer Purchase History';
const levelsUrl = '/products/customer-purchase-history/service-levels';

async function setTheme(page: Page, scheme: 'light' | 'dark') {
  if ((await page.locator('html').getAttribute('data-mantine-color-scheme')) === scheme) return;
  await page.getByRole('button', { name: `Switch to ${scheme} theme` }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
}

const portfolioTable = (page: Page) =>
  page.getByRole('table', { name: 'Products and how they keep their service levels' });

/**
 * A stakeholder finds the breached product from the portfolio and reads why; its owner
 * acknowledges and resolves the incident; the portfolio shows it resolved and the stakeholder,
 * who followed it, is notified. With a server each person has a browser; the demo build keeps
 * its API in the page, so they take turns in it.
 */
async function breachedProductJourney(cast: Cast, inPage: boolean) {
  const sam = await cast.as('stakeholder');
  await sam
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Service levels' })
    .click();
  await expect(sam.getByRole('heading', { level: 1, name: 'Service levels' })).toBeVisible();
  const glance = sam.getByRole('region', { name: 'The mesh at a glance' });
  // The first read waits for the pipelines' history to be evaluated (in the demo, in the page).
  await expect(glance.getByRole('group', { name: 'Breached' })).toContainText(/[1-9]/, {
    timeout: 60_000,
  });
  await expect(portfolioTable(sam).getByRole('row').nth(1)).toContainText('Breached');
  await expectAccessible(sam, 'the portfolio');

  // The domain's rollup row narrows the table to it; the choice is in the URL.
  await sam
    .getByRole('table', { name: 'By domain' })
    .getByRole('link', { name: 'customer' })
    .click();
  await expect(sam).toHaveURL(/\/service-levels\?domain=customer$/);
  const row = portfolioTable(sam).getByRole('row').filter({ hasText: product });
  await expect(row).toContainText('Breached');
  await expect(row.getByRole('progressbar')).toHaveAccessibleName(/error budget/);
  await setTheme(sam, 'dark');
  await expectAccessible(sam, 'the portfolio of one domain, in the dark theme');

  const openBefore = Number(await row.getByRole('cell').nth(5).textContent());
  expect(openBefore).toBeGreaterThan(0);
  await row.getByRole('link', { name: product }).click();
  await expect(
    sam.getByRole('heading', { level: 1, name: `Service levels of ${product}` }),
  ).toBeVisible();
  const open = sam.getByRole('region', { name: 'Incidents' }).getByRole('article').first();
  await expect(open).toBeVisible();
  await expect(open.getByRole('button', { name: 'Acknowledge' })).toHaveCount(0);
  // She follows it, to hear when it recovers.
  await sam.getByRole('button', { name: 'Follow', exact: true }).click();
  await expect(sam.getByRole('button', { name: 'Following', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expectAccessible(sam, "a breached product's service levels, in the dark theme");
  await setTheme(sam, 'light');
  await expectAccessible(sam, "a breached product's service levels");
  const title = (await open.getByRole('heading').first().textContent()) ?? '';

  // The owner takes it on, then resolves it with a note for the consumers.
  const olivia = await cast.as('owner');
  if (!inPage) await olivia.goto(levelsUrl);
  const incident = olivia
    .getByRole('region', { name: 'Incidents' })
    .getByRole('article', { name: title });
  await incident.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(incident).toContainText('Acknowledged');
  await expect(incident).toContainText('Olivia');
  await incident.getByRole('button', { name: 'Resolve' }).click();
  const dialog = olivia.getByRole('dialog', { name: `Resolve “${title}”` });
  await dialog
    .getByRole('textbox', { name: /Note/ })
    .fill('The upstream export was fixed and rerun.');
  await expectAccessible(olivia, 'the resolve dialog');
  await dialog.getByRole('button', { name: 'Resolve' }).click();
  await expect(dialog).toBeHidden();
  await expect(incident.getByText('Resolved', { exact: true }).first()).toBeVisible();
  await expect(incident).toContainText('The upstream export was fixed and rerun.');
  await expectAccessible(olivia, 'the resolved incident');

  // The portfolio counts one open incident fewer for it.
  const back = await cast.as('stakeholder');
  if (!inPage) await back.goto('/service-levels?domain=customer');
  else
    await back
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Service levels' })
      .click();
  const after = portfolioTable(back).getByRole('row').filter({ hasText: product });
  await expect(after.getByRole('cell').nth(5)).toHaveText(String(openBefore - 1));

  // As a follower she is told it recovered, though she is in no team and holds no grant.
  await back.getByRole('button', { name: /^Notifications, \d+ unread/ }).click();
  const drawer = back.getByRole('dialog', { name: 'Notifications' });
  await expect(drawer).toContainText('Incident resolved:');
  await expect(drawer).toContainText(title);
  await expectAccessible(back, 'the notifications of a follower');
}

test('a stakeholder finds the breached product and its incident; the owner resolves it', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const inPage = test.info().project.name === 'in-browser-api';
  const cast = inPage ? await onePage(browser) : await separateContexts(browser);
  try {
    await breachedProductJourney(cast, inPage);
  } finally {
    await cast.close();
  }
});

test('the portfolio and a product’s service levels work by keyboard', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('meshport-persona', 'stakeholder'));
  await page.goto('/');
  const nav = page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Service levels' });
  await tabTo(page, nav);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Service levels' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'By domain' })).toBeVisible({ timeout: 60_000 });
  const link = page
    .getByRole('table', { name: 'By domain' })
    .getByRole('link', { name: 'customer' });
  await tabTo(page, link, 120);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/domain=customer/);
  const productLink = portfolioTable(page).getByRole('link', { name: product });
  await tabTo(page, productLink, 120);
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: `Service levels of ${product}` }),
  ).toBeVisible();
  await expectAccessible(page, "a product's service levels reached by keyboard");
});
