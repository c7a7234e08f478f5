import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { expectAccessible } from './support/axe';
import type { Cast } from './support/personas';

const product = 'Customer Purchase History';
const role = 'customer_purchase_history_purchases_analytics';

/** Opens a product page with the quick jump, so it works without reloading the page. */
async function openProduct(page: Page, name: string) {
  await page.keyboard.press('Control+K');
  await page.getByRole('textbox', { name: 'Jump to a data product' }).fill(name);
  await expect(page.getByRole('button', { name: new RegExp(`^${name}`) })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

const portAccess = (page: Page, port: string) =>
  page.getByRole('region', { name: `Your access to ${port}` });

/** Approves the consumer's request from the approvals inbox (other journeys may add their own). */
async function approveFromInbox(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Approvals, \d+ waiting/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Approvals' })).toBeVisible();
  const waiting = page
    .getByRole('list', { name: 'Requests waiting for you' })
    .getByRole('listitem')
    .filter({ hasText: `${product} / purchases` })
    .filter({ hasText: 'Purpose: Churn analysis for the retention team' });
  await expect(waiting).toHaveCount(1);
  await expectAccessible(page, 'the approvals inbox');
  await waiting
    .getByRole('button', { name: `Approve ${role} on ${product} / purchases for Alex Analyst` })
    .click();
  await expect(waiting).toHaveCount(0);
}

/**
 * The access journey of issue 4: a consumer requests a role that needs two approvals, the first
 * and second approvers approve in turn, the consumer sees the grant, the owner revokes it, and
 * the consumer sees why.
 */
export async function requestApproveRevoke(cast: Cast) {
  const consumer = await cast.as('analyst');
  await openProduct(consumer, product);
  const purchases = portAccess(consumer, 'purchases');
  await expect(purchases).toContainText('You have no access to this port.');
  await purchases.getByRole('button', { name: 'Request access' }).click();
  const dialog = consumer.getByRole('dialog', { name: `Request access to ${product}` });
  await expect(dialog).toBeVisible();
  await expectAccessible(consumer, 'the request access dialog');
  await dialog.getByRole('combobox', { name: 'Role on purchases' }).selectOption(role);
  await dialog.getByRole('button', { name: 'Send request' }).click();
  await expect(dialog.getByText('Describe the purpose in at least 10 characters')).toBeVisible();
  await expect(dialog.getByText('Confirm that you have read the terms')).toBeVisible();
  await dialog
    .getByRole('textbox', { name: 'Purpose' })
    .fill('Churn analysis for the retention team');
  await dialog.getByRole('checkbox', { name: /I have read the usage/ }).check();
  await dialog.getByRole('button', { name: 'Send request' }).click();
  await expect(dialog).toBeHidden();
  await expect(purchases).toContainText('waiting for its first approval');
  await expectAccessible(consumer, 'the product page with a pending request');

  await approveFromInbox(await cast.as('approver'));
  await approveFromInbox(await cast.as('owner'));

  const back = await cast.as('analyst');
  await cast.refresh(back);
  if (!(await portAccess(back, 'purchases').isVisible())) await openProduct(back, product);
  await expect(portAccess(back, 'purchases')).toContainText(
    /You have customer_purchase_history_purchases_analytics, granted until \d{1,2} \w{3} \d{4}\./,
  );
  await portAccess(back, 'purchases').getByRole('link', { name: 'View request' }).click();
  await expect(back.getByRole('heading', { level: 1, name: 'Access request' })).toBeVisible();
  await expect(
    back
      .getByRole('list', { name: 'Timeline of the request' })
      .or(back.getByLabel('Timeline of the request')),
  ).toContainText('Approved by Olivia Owner: access granted');
  await expectAccessible(back, 'the request page');

  const owner = await cast.as('owner');
  await openProduct(owner, product);
  await portAccess(owner, 'purchases')
    .getByRole('button', { name: 'Revoke access of Alex Analyst to purchases' })
    .click();
  const revoke = owner.getByRole('dialog', { name: 'Revoke access of Alex Analyst' });
  await expectAccessible(owner, 'the revoke dialog');
  await revoke.getByRole('button', { name: 'Revoke access' }).click();
  await expect(revoke.getByText('A reason is required')).toBeVisible();
  await revoke.getByRole('textbox', { name: 'Reason' }).fill('The retention project has ended');
  await revoke.getByRole('button', { name: 'Revoke access' }).click();
  await expect(revoke).toBeHidden();

  const consumerAgain = await cast.as('analyst');
  await cast.refresh(consumerAgain);
  await openProduct(consumerAgain, product);
  await expect(portAccess(consumerAgain, 'purchases')).toContainText(
    'was revoked: The retention project has ended',
  );
  await consumerAgain.getByRole('button', { name: /^Notifications, \d+ unread/ }).click();
  const drawer = consumerAgain.getByRole('dialog', { name: 'Notifications' });
  await expect(drawer).toContainText(
    `Olivia Owner revoked ${role} on ${product} / purchases: The retention project has ended`,
  );
  await expectAccessible(consumerAgain, 'the notifications drawer');
}
