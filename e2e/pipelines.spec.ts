import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { separateContexts } from './support/personas';

const fixtures = join(import.meta.dirname, '../../shared/fixtures');

/** OpenLineage's own example of a full run event, as a producer would send it now. */
function exampleEvent(): Record<string, unknown> {
  const event = JSON.parse(
    readFileSync(join(fixtures, 'openlineage/events/example-full-event.json'), 'utf8'),
  ) as Record<string, unknown> & { run: Record<string, unknown> };
  return {
    ...event,
    eventTime: new Date().toISOString(),
    run: { ...event.run, runId: crypto.randomUUID() },
  };
}

async function noSidewaysScroll(page: Page, what: string) {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll, `${what} scrolls sideways`).toBeLessThanOrEqual(widths.client);
}

test.describe('connecting a pipeline', () => {
  test('an owner creates a token, a pipeline sends with it, the admin sees what matched no port, and a revoked token is refused', async ({
    browser,
    request,
  }) => {
    const cast = await separateContexts(browser);
    try {
      const olivia = await cast.as('owner');
      await olivia
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Pipelines' })
        .click();
      await expect(olivia.getByRole('heading', { level: 1, name: 'Pipelines' })).toBeVisible();
      await expect(olivia.getByRole('heading', { name: 'Unmatched datasets' })).toHaveCount(0);
      await expectAccessible(olivia, 'the pipelines page of an owner');

      await olivia.getByRole('button', { name: 'New token' }).click();
      const dialog = olivia.getByRole('dialog', { name: 'New ingestion token' });
      await dialog.getByRole('button', { name: 'Create token' }).click();
      await expect(dialog.getByText('Choose the team the token is for')).toBeVisible();
      await expectAccessible(olivia, 'the new token dialog naming what is missing');
      await dialog.getByRole('combobox', { name: 'Team' }).click();
      await olivia.getByRole('option', { name: 'Customer 360' }).click();
      await dialog.getByRole('textbox', { name: 'Name' }).fill('Airflow production');
      await dialog.getByRole('button', { name: 'Create token' }).click();

      const shown = olivia.getByRole('dialog', {
        name: 'Copy the secret of Airflow production now',
      });
      await expect(shown.getByText('This secret will not be shown again')).toBeVisible();
      const secret = await shown
        .getByRole('textbox', { name: 'Secret of Airflow production (Customer 360)' })
        .inputValue();
      expect(secret).toMatch(/^mpi_/);
      await expectAccessible(olivia, 'the dialog showing a new secret');
      await shown.getByRole('button', { name: 'I have copied it' }).click();

      const tokens = olivia.getByRole('table', { name: 'Ingestion tokens' });
      const row = tokens.getByRole('row').filter({ hasText: 'Airflow production' });
      await expect(row).toContainText('Customer 360');
      await expect(row).toContainText(secret.slice(0, 10));
      await expect(row).toContainText('never');
      await expect(olivia.getByText(secret)).toHaveCount(0);

      // The pipeline sends OpenLineage's example event: it names no dataset of the catalog.
      const sent = await request.post('/api/v1/lineage', {
        headers: { Authorization: `Bearer ${secret}` },
        data: exampleEvent(),
      });
      expect(sent.status()).toBe(200);
      const result = (await sent.json()) as { unmatched: { reference: string }[] };
      expect(result.unmatched.map((item) => item.reference)).toContain(
        'my-datasource-namespace / instance.schema.table',
      );
      await cast.refresh(olivia);
      await expect(row).not.toContainText('never');

      // The admin sees the naming mismatch, with the reason, in the dark theme and on a phone.
      const ada = await cast.as('admin');
      await ada.getByRole('button', { name: 'Switch to dark theme' }).click();
      await ada.goto('/pipelines');
      const unmatched = ada.getByRole('table', { name: 'Unmatched datasets' });
      const dataset = unmatched
        .getByRole('row')
        .filter({ hasText: 'my-datasource-namespace / instance.schema.table' });
      // Read and written by the job: two rows, the read one with the checks it carried.
      await expect(dataset).toHaveCount(2);
      await expect(dataset.filter({ hasText: '2 assertions not recorded' })).toHaveCount(1);
      await expect(dataset.first()).toContainText(
        "No port's contract has a server in namespace my-datasource-namespace",
      );
      await expect(dataset.first()).toContainText('OpenLineage');
      await expect(dataset.first()).toContainText('my-scheduler-namespace/myjob.mytask');
      await expectAccessible(ada, 'the unmatched datasets in the dark theme');
      await ada.setViewportSize({ width: 390, height: 844 });
      await expect(unmatched).toBeVisible();
      await noSidewaysScroll(ada, 'the pipelines page on a phone');

      // Olivia revokes the token: the pipeline is refused from then on.
      await olivia.bringToFront();
      await row
        .getByRole('button', { name: 'Revoke the token Airflow production of Customer 360' })
        .click();
      const revoke = olivia.getByRole('dialog', { name: 'Revoke the token Airflow production?' });
      await expectAccessible(olivia, 'the revoke dialog');
      await revoke.getByRole('button', { name: 'Revoke token' }).click();
      await expect(revoke).toHaveCount(0);
      await expect(row).toContainText('revoked');
      const refused = await request.post('/api/v1/lineage', {
        headers: { Authorization: `Bearer ${secret}` },
        data: exampleEvent(),
      });
      expect(refused.status()).toBe(401);
    } finally {
      await cast.close();
    }
  });

  test('the product page lists the inputs OpenLineage saw but the product does not declare', async ({
    page,
  }) => {
    // In the demo, Customer Lifetime Value's job also reads Web Sessions.
    await page.goto('/products/customer-lifetime-value');
    const section = page.getByRole('region', { name: 'Undeclared inputs' });
    await expect(section).toContainText('Web Sessions');
    await expect(section.getByRole('link', { name: /Web Sessions/ })).toHaveAttribute(
      'href',
      '/products/web-sessions',
    );
    await expectAccessible(page, 'the product page with undeclared inputs');
  });
});
