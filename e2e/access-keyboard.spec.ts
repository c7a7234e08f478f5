import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { tabTo } from './support/keyboard';
import { separateContexts } from './support/personas';

const role = 'inventory_levels_stream_inventory_levels_analytics';

test('request access and approve it with the keyboard only', async ({ browser }) => {
  test.setTimeout(150_000);
  const cast = await separateContexts(browser);
  try {
    const consumer = await cast.as('analyst');
    await consumer.goto('/products/inventory-levels-stream');
    const access = consumer.getByRole('region', { name: 'Your access to inventory-levels' });
    await expect(access).toContainText('You have no access to this port.');
    await tabTo(consumer, access.getByRole('button', { name: 'Request access' }));
    await consumer.keyboard.press('Enter');

    const dialog = consumer.getByRole('dialog', {
      name: 'Request access to Real-time Inventory Levels',
    });
    await expect(dialog).toBeVisible();
    const portRole = dialog.getByRole('combobox', { name: 'Role on inventory-levels' });
    await tabTo(consumer, portRole);
    // The second role of each port is the analytics one, which needs two approvals.
    await consumer.keyboard.press('ArrowDown');
    await expect(portRole).toHaveValue(role);
    await tabTo(consumer, dialog.getByRole('textbox', { name: 'Purpose' }));
    await consumer.keyboard.type('Stock-out forecasting for the planning team');
    await tabTo(consumer, dialog.getByRole('checkbox', { name: /I have read the usage/ }));
    await consumer.keyboard.press('Space');
    await expect(dialog.getByRole('checkbox', { name: /I have read the usage/ })).toBeChecked();
    await tabTo(consumer, dialog.getByRole('button', { name: 'Send request' }));
    await consumer.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(access).toContainText('waiting for its first approval');
    // The focus lands on the confirmation, not at the top of the page.
    await expect(access.getByRole('status')).toBeFocused();
    await expect(access.getByRole('status')).toContainText(
      'Your request was sent to its approvers.',
    );

    const approver = await cast.as('approver');
    await tabTo(
      approver,
      approver.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Approvals/ }),
    );
    await approver.keyboard.press('Enter');
    await expect(approver.getByRole('heading', { level: 1, name: 'Approvals' })).toBeVisible();
    const item = approver
      .getByRole('list', { name: 'Requests waiting for you' })
      .getByRole('listitem')
      .filter({ hasText: 'Stock-out forecasting for the planning team' });
    await tabTo(
      approver,
      item.getByRole('button', {
        name: `Approve ${role} on Real-time Inventory Levels / inventory-levels for Alex Analyst`,
      }),
      200,
    );
    await approver.keyboard.press('Enter');
    await expect(item).toHaveCount(0);
    await expectAccessible(approver, 'the approvals inbox after approving by keyboard');

    await cast.refresh(consumer);
    await expect(access).toContainText('waiting for its second approval');
  } finally {
    await cast.close();
  }
});
