import type { Browser, Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { tabTo } from './support/keyboard';
import type { Cast } from './support/personas';
import { onePage, separateContexts } from './support/personas';

/*
 * The product owner edits her product in the portal: the form and the YAML are two views of one
 * text, drafts survive a reload, a publish never overwrites someone else's, and those without
 * rights are refused by the API as well as offered nothing.
 */

const inPage = () => test.info().project.name === 'in-browser-api';
const cast = (browser: Browser): Promise<Cast> =>
  inPage() ? onePage(browser) : separateContexts(browser);

/** A call to the catalog API from inside the page, as a persona; returns the status. */
async function callApi(
  page: Page,
  persona: string,
  method: string,
  path: string,
  body: string,
  headers: Record<string, string> = {},
) {
  return page.evaluate(
    async ({ persona, method, path, body, headers }) => {
      const response = await fetch(`/api${path}`, {
        method,
        body,
        headers: { 'Content-Type': 'application/yaml', 'X-Meshport-Persona': persona, ...headers },
      });
      return response.status;
    },
    { persona, method, path, body, headers },
  );
}

const contractText = (
  id: string,
  version: string,
  scoreType = 'number',
) => `# Scores of the loyalty programme, kept by Customer Insights.
apiVersion: v3.1.0
kind: DataContract
id: ${id}
version: ${version}
status: active
team:
  name: Customer Insights
description:
  purpose: Loyalty scores per customer.
schema:
  - name: scores
    properties:
      - name: customer_id
        logicalType: string
        required: true # every row has one
      - name: score
        logicalType: ${scoreType}
`;

const productText = (id: string, contractId: string, purpose = 'Loyalty scores per customer.') =>
  `# Owned by Customer Insights: ask in #data-customer-insights.
apiVersion: v1.0.0
kind: DataProduct
id: ${id}
name: Loyalty Scores ${id.slice(-6)}
version: 1.0.0
status: active
domain: customer
description:
  purpose: ${purpose}
team:
  name: Customer Insights
outputPorts:
  - name: scores
    version: 1.0.0
    contractId: ${contractId} # the port's contract
`;

/** A product of the owner's own, fresh for each journey, so journeys never meet. */
async function ownProduct(page: Page, label: string) {
  const suffix = `${label}-${test.info().project.name}-${Date.now().toString(36)}`
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '-')
    .slice(-24);
  const productId = `loyalty-${suffix}`;
  const contractId = `${productId}.scores`;
  expect(
    await callApi(page, 'owner', 'POST', '/data-contracts', contractText(contractId, '1.0.0')),
  ).toBe(201);
  expect(
    await callApi(page, 'owner', 'POST', '/data-products', productText(productId, contractId)),
  ).toBe(201);
  return { productId, contractId, name: `Loyalty Scores ${productId.slice(-6)}` };
}

/** Moves to a page inside the app, without a reload (the demo's catalog lives in the page). */
async function goInApp(page: Page, path: string) {
  await page.evaluate((to) => {
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** The Form / YAML switch: its radios are hidden behind their labels, which are what people click. */
async function switchView(panel: Locator, view: 'Form' | 'YAML') {
  await panel
    .locator('label')
    .filter({ hasText: new RegExp(`^${view}$`) })
    .click();
  await expect(panel.getByRole('radio', { name: view })).toBeChecked();
}

test('the owner edits a purpose in the form and a column type in the YAML, sees the impact, and publishes', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const people = await cast(browser);
  try {
    const page = await people.as('owner');
    const { productId, contractId, name } = await ownProduct(page, 'edit');
    await goInApp(page, `/products/${productId}`);
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Edit ${name}` })).toBeVisible();
    await expectAccessible(page, 'the editor, descriptor form');

    // The purpose, in the form; the YAML shows it, with the author's comments where they were.
    const descriptor = page.getByRole('tabpanel', { name: 'Descriptor' });
    const purpose = descriptor.getByRole('textbox', { name: 'Purpose' });
    await purpose.fill('Loyalty scores per customer, refreshed every night.');
    await switchView(descriptor, 'YAML');
    const descriptorYaml = descriptor.getByRole('textbox', { name: /^YAML of the descriptor/ });
    await expect(descriptorYaml).toContainText(
      'purpose: Loyalty scores per customer, refreshed every night.',
    );
    await expect(descriptorYaml).toContainText(
      '# Owned by Customer Insights: ask in #data-customer-insights.',
    );
    await expect(descriptorYaml).toContainText(
      'contractId: ' + contractId + " # the port's contract",
    );
    await expectAccessible(page, 'the editor, descriptor YAML');

    // What publishing would change, and the version to give it.
    await expect(
      descriptor.getByRole('heading', { name: 'Changes against version 1.0.0' }),
    ).toBeVisible();
    await descriptor.getByRole('button', { name: 'Use version 1.0.1' }).click();
    await expect(descriptorYaml).toContainText('version: 1.0.1');
    await descriptor.getByRole('button', { name: 'Publish' }).dblclick();
    await expect(
      page.getByRole('status').filter({ hasText: 'Published version 1.0.1' }),
    ).toBeVisible();

    // A column's type, in the YAML; the form shows it.
    await page.getByRole('tab', { name: `Contract ${contractId}` }).click();
    const contract = page.getByRole('tabpanel', { name: `Contract ${contractId}` });
    await switchView(contract, 'YAML');
    const contractYaml = contract.getByRole('textbox', { name: /^YAML of the contract/ });
    await contractYaml.locator('.cm-line', { hasText: 'logicalType: number' }).click();
    await page.keyboard.press('End');
    for (let i = 0; i < 'number'.length; i += 1) await page.keyboard.press('Backspace');
    await page.keyboard.type('string');
    await expect(contractYaml).toContainText('logicalType: string');
    await switchView(contract, 'Form');
    await expect(contract.getByLabel('Logical type of score', { exact: true })).toHaveValue(
      'string',
    );

    // A changed type breaks consumers: a major version is suggested.
    await expect(contract.getByText(/1 breaking/)).toBeVisible();
    await contract.getByRole('button', { name: 'Use version 2.0.0' }).click();
    await expectAccessible(page, 'the editor, contract form with its changes');
    await contract.getByRole('button', { name: 'Publish' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Published version 2.0.0' }),
    ).toBeVisible();

    await page.getByRole('link', { name: 'See the product page' }).click();
    await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Version' })).toHaveValue('1.0.1');
    await expectAccessible(page, 'the product page after publishing');
  } finally {
    await people.close();
  }
});

test('a reload in the middle of an edit offers the draft back', async ({ browser }) => {
  test.skip(
    inPage(),
    "The demo's catalog lives in the page; its drafts are kept by the browser alone",
  );
  const people = await cast(browser);
  try {
    const page = await people.as('owner');
    const { productId, name } = await ownProduct(page, 'reload');
    await page.goto(`/products/${productId}/edit`);
    await expect(page.getByRole('heading', { level: 1, name: `Edit ${name}` })).toBeVisible();
    const purpose = page
      .getByRole('tabpanel', { name: 'Descriptor' })
      .getByRole('textbox', { name: 'Purpose' });
    await purpose.fill('Half-written purpose');
    await expect(page.getByText(/Draft saved at/)).toBeVisible();
    await page.reload();
    const offer = page.getByRole('button', { name: /^Continue your draft from/ });
    await expect(offer).toBeVisible();
    await expectAccessible(page, 'the editor offering a draft');
    await offer.click();
    await expect(purpose).toHaveValue('Half-written purpose');
  } finally {
    await people.close();
  }
});

test('someone else publishes first: the owner sees their change beside hers, and nothing is overwritten', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const people = await cast(browser);
  try {
    const page = await people.as('owner');
    const { productId, contractId, name } = await ownProduct(page, 'conflict');
    await goInApp(page, `/products/${productId}/edit`);
    await expect(page.getByRole('heading', { level: 1, name: `Edit ${name}` })).toBeVisible();
    const descriptor = page.getByRole('tabpanel', { name: 'Descriptor' });
    await descriptor.getByRole('textbox', { name: 'Purpose' }).fill('Her purpose.');
    await descriptor.getByRole('textbox', { name: 'Version', exact: true }).fill('1.0.1');

    // Meanwhile an admin publishes 1.1.0: in a browser of their own, or in the demo, its API.
    const theirs = productText(productId, contractId, 'Their purpose.').replace(
      'version: 1.0.0',
      'version: 1.1.0',
    );
    if (inPage()) {
      expect(
        await callApi(page, 'admin', 'POST', '/data-products', theirs, { 'If-Match': '"1.0.0"' }),
      ).toBe(201);
    } else {
      const admin = await people.as('admin');
      expect(
        await callApi(admin, 'admin', 'POST', '/data-products', theirs, { 'If-Match': '"1.0.0"' }),
      ).toBe(201);
      await people.as('owner');
    }

    await descriptor.getByRole('button', { name: 'Publish' }).click();
    const conflict = descriptor.getByRole('alert').filter({ hasText: 'published version 1.1.0' });
    await expect(conflict).toBeVisible();
    await expect(conflict).toContainText('ada.admin');
    await expectAccessible(page, 'the editor showing a conflict');
    await expect(descriptor.getByRole('region', { name: /^Theirs/ })).toContainText(
      'Their purpose.',
    );

    await descriptor.getByRole('button', { name: 'Take theirs' }).click();
    await expect(descriptor.getByRole('textbox', { name: 'Purpose' })).toHaveValue(
      'Their purpose.',
    );

    // Their version is now the one she works from: nothing to publish until she changes it.
    await expect(descriptor.getByRole('button', { name: 'Publish' })).toBeDisabled();
    await descriptor.getByRole('textbox', { name: 'Purpose' }).fill('Their purpose, and hers.');
    await expect(descriptor.getByRole('button', { name: 'Publish' })).toBeEnabled();

    // Leaving with an unpublished change asks first; staying keeps everything.
    await page.getByRole('link', { name: `← ${name}` }).click();
    const leave = page.getByRole('dialog', { name: 'Leave without publishing?' });
    await expect(leave).toBeVisible();
    await expectAccessible(page, 'the question before leaving the editor');
    await leave.getByRole('button', { name: 'Stay and keep editing' }).click();
    await expect(leave).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: `Edit ${name}` })).toBeVisible();
  } finally {
    await people.close();
  }
});

test('an analyst is offered no Edit, and the API refuses their edits', async ({ browser }) => {
  const people = await cast(browser);
  try {
    const owner = await people.as('owner');
    const { productId, contractId, name } = await ownProduct(owner, 'analyst');
    const page = await people.as('analyst');
    await goInApp(page, `/products/${productId}`);
    await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Edit', exact: true })).toHaveCount(0);
    const edited = productText(productId, contractId, 'Not theirs to change.').replace(
      'version: 1.0.0',
      'version: 1.0.1',
    );
    expect(
      await callApi(page, 'analyst', 'POST', '/data-products', edited, { 'If-Match': '"1.0.0"' }),
    ).toBe(403);
    expect(
      await callApi(
        page,
        'analyst',
        'PUT',
        `/drafts/product/${productId}`,
        JSON.stringify({ text: edited, baseVersion: '1.0.0' }),
        {
          'Content-Type': 'application/json',
        },
      ),
    ).toBe(403);
    await goInApp(page, `/products/${productId}/edit`);
    await expect(page.getByText('You cannot edit this product')).toBeVisible();
    await expectAccessible(page, 'the editor refusing an analyst');
  } finally {
    await people.close();
  }
});

test('the whole edit and publish works by keyboard alone', async ({ browser }) => {
  test.setTimeout(150_000);
  const people = await cast(browser);
  try {
    const page = await people.as('owner');
    const { productId, name } = await ownProduct(page, 'keys');
    await goInApp(page, `/products/${productId}`);
    await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
    await tabTo(page, page.getByRole('link', { name: 'Edit', exact: true }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: `Edit ${name}` })).toBeVisible();
    const descriptor = page.getByRole('tabpanel', { name: 'Descriptor' });
    const purpose = descriptor.getByRole('textbox', { name: 'Purpose' });
    await tabTo(page, purpose, 120);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Typed without a mouse.');
    const useVersion = descriptor.getByRole('button', { name: 'Use version 1.0.1' });
    await tabTo(page, useVersion, 200);
    await page.keyboard.press('Enter');
    const publish = descriptor.getByRole('button', { name: 'Publish' });
    await tabTo(page, publish, 200);
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('status').filter({ hasText: 'Published version 1.0.1' }),
    ).toBeVisible();
  } finally {
    await people.close();
  }
});

test('a new data product from a template: its contract, then its descriptor, then its page', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const people = await cast(browser);
  try {
    const page = await people.as('owner');
    const suffix = `${test.info().project.name}-${Date.now().toString(36)}`.slice(-10);
    const name = `Store Visits ${suffix}`;
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'New data product' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'New data product' })).toBeVisible();
    await page.getByRole('radio', { name: /^Aggregate/ }).check();
    await page.getByRole('textbox', { name: 'Name' }).fill(name);
    await page.getByRole('textbox', { name: 'Domain' }).fill('sales');
    await expectAccessible(page, 'the new product page');
    await page.getByRole('button', { name: 'Open the editor' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `New data product: ${name}` }),
    ).toBeVisible();
    await expectAccessible(page, 'the editor of a new product');

    const contract = page.getByRole('tabpanel', { name: /^Contract / });
    await contract.getByRole('button', { name: 'Publish' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Published version 0.1.0' }),
    ).toBeVisible();
    await page.getByRole('tab', { name: 'Descriptor' }).click();
    await page
      .getByRole('tabpanel', { name: 'Descriptor' })
      .getByRole('button', { name: 'Publish' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
    await expectAccessible(page, 'the new product page');
  } finally {
    await people.close();
  }
});
