import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { onePage, separateContexts } from './support/personas';

/** A call to the catalog API from inside the page, as the persona the page is set to. */
async function callApi(page: Page, persona: string, path: string, body: string, type: string) {
  const status = await page.evaluate(
    async ({ persona, path, body, type }) => {
      const response = await fetch(`/api${path}`, {
        method: 'POST',
        body,
        headers: { 'Content-Type': type, 'X-Meshport-Persona': persona },
      });
      return response.status;
    },
    { persona, path, body, type },
  );
  expect(status, `POST ${path}`).toBeLessThan(300);
}

const contract = (id: string, version: string, columns: string[]) => `apiVersion: v3.1.0
kind: DataContract
id: ${id}
version: ${version}
status: active
team:
  name: Customer 360
schema:
  - name: customers
    properties:
${columns.map((name) => `      - name: ${name}\n        logicalType: string\n`).join('')}`;

const product = (id: string, contractId: string) => `apiVersion: v1.0.0
kind: DataProduct
id: ${id}
name: Loyalty Segments ${id.slice(-4)}
version: 1.0.0
status: active
team:
  name: Customer 360
outputPorts:
  - name: segments
    version: 1.0.0
    contractId: ${contractId}
`;

test('a breaking change needs a major version, and the consumer with a grant is told', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const inPage = test.info().project.name === 'in-browser-api';
  const suffix = `${test.info().project.name}-${Date.now().toString(36)}`.slice(-12);
  const productId = `loyalty-segments-${suffix}`;
  const contractId = `${productId}.segments`;
  const cast = inPage ? await onePage(browser) : await separateContexts(browser);
  try {
    // What the journey starts from: a product of Customer 360, and a consumer with a grant on it.
    const owner = await cast.as('owner');
    await callApi(
      owner,
      'owner',
      '/data-contracts',
      contract(contractId, '1.0.0', ['customer_id', 'segment', 'email']),
      'application/yaml',
    );
    await callApi(
      owner,
      'owner',
      '/data-products',
      product(productId, contractId),
      'application/yaml',
    );
    const until = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const requestId = await (async () => {
      const analyst = await cast.as('analyst');
      return analyst.evaluate(
        async ({ productId, until }) => {
          const response = await fetch('/api/access-requests', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Meshport-Persona': 'analyst' },
            body: JSON.stringify({
              productId,
              ports: [{ portName: 'segments', role: 'read' }],
              grantee: { kind: 'user' },
              purpose: 'Segment the retention campaign',
              until,
              acknowledged: true,
            }),
          });
          const body = (await response.json()) as { items: { id: string }[] };
          return body.items[0]?.id ?? '';
        },
        { productId, until },
      );
    })();
    await callApi(
      await cast.as('owner'),
      'owner',
      `/access-requests/${requestId}/approve`,
      '{}',
      'application/json',
    );

    // The owner removes a column and calls it a minor version: refused, with the version to use.
    const page = await cast.as('owner');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Import' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Import a document' })).toBeVisible();
    const documentBox = page.getByRole('textbox', { name: 'Document (YAML or JSON)' });
    await documentBox.fill(contract(contractId, '1.1.0', ['customer_id', 'segment']));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Not imported' });
    await expect(refusal).toContainText('its version number is too small for its changes');
    await expect(refusal).toContainText('column email removed from customers');
    await expect(refusal).toContainText('Publish it as 2.0.0');
    await expectAccessible(page, 'the import page refusing a breaking minor version');

    // As the major version it is published, and says what changed.
    await documentBox.fill(contract(contractId, '2.0.0', ['customer_id', 'segment']));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const imported = page.getByRole('status').filter({ hasText: 'Imported' });
    await expect(imported).toContainText('Compared with 1.0.0: 1 breaking change');
    await imported.getByRole('link', { name: 'See what changed' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Changes to the contract ${contractId}` }),
    ).toBeVisible();
    const current = page.getByRole('listitem').filter({ hasText: 'Version 2.0.0 (current)' });
    await expect(current.getByText('Breaking', { exact: true })).toBeVisible();
    await expect(current).toContainText('Column email removed from customers');
    await expect(current.getByRole('alert')).toContainText('Who this breaking change reaches');
    // The comparison shows both texts, the removed line marked.
    const texts = page.getByRole('table');
    await expect(texts).toContainText('removed:');
    await expect(texts).toContainText('- name: email');
    await expectAccessible(page, 'the changes of a contract');

    // The consumer with a grant sees it among their notifications and follows it.
    const consumer = await cast.as('analyst');
    await cast.refresh(consumer);
    await consumer.getByRole('button', { name: /^Notifications, \d+ unread/ }).click();
    const notice = consumer.getByRole('link', {
      name: new RegExp(`${contractId} 2.0.0 breaks what you read`),
    });
    await expect(notice).toBeVisible();
    await expectAccessible(consumer, 'the notifications with a breaking change');
    await notice.click();
    await expect(
      consumer.getByRole('heading', { level: 1, name: `Changes to the contract ${contractId}` }),
    ).toBeVisible();
    await consumer.getByRole('button', { name: 'Show the YAML' }).first().click();
    await expect(consumer.getByLabel('Version 1.0.0, around line', { exact: false })).toContainText(
      'email',
    );
    await expectAccessible(consumer, 'the changes, as the consumer');
  } finally {
    await cast.close();
  }
});
