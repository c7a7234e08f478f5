import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';

function product(id: string, team: string) {
  return `apiVersion: v1.0.0
kind: DataProduct
id: ${id}
name: ${id}
version: 1.0.0
status: draft
description:
  purpose: Imported by a browser journey.
outputPorts:
  - name: out
    version: 1.0.0
team:
  name: ${team}
`;
}

test.describe('demo personas and what each may do', () => {
  test('the analyst is offered no import, and the API refuses one anyway', async ({ page }) => {
    await page.goto('/');
    const persona = page.getByRole('combobox', { name: 'Demo persona' });
    await expect(persona).toHaveValue('analyst');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Catalog' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Import' })).toHaveCount(0);

    // Hiding the link is not the protection: the page is reachable, the API says no.
    await page.goto('/import');
    await page
      .getByRole('textbox', { name: 'Document (YAML or JSON)' })
      .fill(product('analyst-import', 'Customer 360'));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('You cannot import this');
    await expect(alert).toContainText('Alex Analyst (alex.analyst) cannot import data products');
    await expectAccessible(page, 'the import page refusing the analyst');
  });

  test("switching to the owner offers import; another team's product is refused, their own is imported", async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('combobox', { name: 'Demo persona' }).selectOption('owner');
    const importLink = page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Import' });
    await expect(importLink).toBeVisible();
    await importLink.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Import a document' })).toBeVisible();
    await expectAccessible(page, 'the import page');

    const documentBox = page.getByRole('textbox', { name: 'Document (YAML or JSON)' });
    await documentBox.fill(product('owner-other-team', 'Order Management'));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText(
      'Only owners or editors of the team "Order Management"',
    );

    // The draft survives a reload.
    await page.reload();
    await expect(documentBox).toHaveValue(/owner-other-team/);

    await documentBox.fill(product('owner-own-team', 'Customer 360'));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const done = page.getByRole('status').filter({ hasText: 'Imported' });
    await expect(done).toContainText('owner-own-team version 1.0.0 was imported');
    await expectAccessible(page, 'the import page after an import');
    await done.getByRole('link', { name: 'Open the product' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'owner-own-team' })).toBeVisible();
  });

  test('an invalid document is refused with its lines, and nothing is stored', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('combobox', { name: 'Demo persona' }).selectOption('admin');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Import' })
      .click();
    await page
      .getByRole('textbox', { name: 'Document (YAML or JSON)' })
      .fill(
        'apiVersion: v1.0.0\nkind: DataProduct\nid: broken-import\nid: twice\nversion: 1.0.0\n',
      );
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Not imported');
    await expect(alert).toContainText('Line 4 · id: Duplicate key');
    await expectAccessible(page, 'the import page with errors');
  });
});
