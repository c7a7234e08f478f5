/**
 * Refreshes the README's screenshots from a running portal:
 * `npm start` in one terminal, then `npx tsx scripts/take-screenshots.ts [http://127.0.0.1:8080]`.
 */
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/support/chromium';

const base = process.argv[2] ?? 'http://127.0.0.1:8080';
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const page = await browser.newPage({
  viewport: { width: 1280, height: 860 },
  colorScheme: 'light',
});

await page.goto(`${base}/?q=customer`);
await page.getByRole('list', { name: 'Data products' }).waitFor();
await page.screenshot({ path: 'docs/images/catalog.png' });

await page.goto(`${base}/products/customer-purchase-history`);
await page.getByRole('heading', { level: 1 }).waitFor();
await page.screenshot({ path: 'docs/images/product.png' });

// The approvals inbox needs something waiting: the analyst asks first, through the API.
const waiting = await fetch(`${base}/api/access-requests?role=approver&status=pending`, {
  headers: { 'X-Meshport-Persona': 'approver' },
});
if (((await waiting.json()) as { items: unknown[] }).items.length === 0) {
  const until = new Date(Date.now() + 90 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  await fetch(`${base}/api/access-requests`, {
    method: 'POST',
    headers: { 'X-Meshport-Persona': 'analyst', 'Content-Type': 'application/json' },
    body: JSON.stringify({
      productId: 'customer-purchase-history',
      ports: [{ portName: 'purchases', role: 'customer_purchase_history_purchases_analytics' }],
      grantee: { kind: 'user' },
      purpose: 'Churn analysis for the retention team',
      until,
      acknowledged: true,
    }),
  });
}
await page.evaluate(() => localStorage.setItem('meshport-persona', 'approver'));
await page.goto(`${base}/access/approvals`);
await page
  .getByRole('list', { name: 'Requests waiting for you' })
  .getByRole('listitem')
  .first()
  .waitFor();
await page.screenshot({ path: 'docs/images/approvals.png' });

await page.goto(`${base}/products/sales-orders/lineage?up=1&down=2&node=demand-forecast`);
await page.locator('[aria-busy="false"] .react-flow__node').first().waitFor();
await page.getByRole('complementary', { name: /^Details of/ }).waitFor();
// Let the graph settle into view.
await page.waitForTimeout(800);
await page.screenshot({ path: 'docs/images/lineage.png' });

// The changes page needs a second version: the owner drops a column, as a major version.
const contractId = 'customer-purchase-history.purchases';
const owner = { 'X-Meshport-Persona': 'owner' };
const history = (await (
  await fetch(`${base}/api/data-contracts/${contractId}/history`, { headers: owner })
).json()) as { versions: unknown[] };
if (history.versions.length < 2) {
  const text = await (
    await fetch(`${base}/api/data-contracts/${contractId}/odcs.yaml`, { headers: owner })
  ).text();
  const { parseDocument } = await import('yaml');
  const document = parseDocument(text);
  const version = String(document.get('version'));
  document.deleteIn(['schema', 0, 'properties', 1]);
  document.set('version', `${Number(version.split('.')[0]) + 1}.0.0`);
  document.setIn(
    ['description', 'purpose'],
    `${String(document.getIn(['description', 'purpose']) ?? '')} Updated daily.`,
  );
  await fetch(`${base}/api/data-contracts`, {
    method: 'POST',
    headers: { ...owner, 'Content-Type': 'application/yaml' },
    body: document.toString(),
  });
}
await page.goto(`${base}/contracts/${contractId}/changes`);
await page.getByRole('table').waitFor();
await page.screenshot({ path: 'docs/images/changes.png' });

// The editor: the owner changes a purpose; the changes and the version to give it follow.
await page.evaluate(() => localStorage.setItem('meshport-persona', 'owner'));
await page.goto(`${base}/products/customer-lifetime-value/edit`);
const purpose = page
  .getByRole('tabpanel', { name: 'Descriptor' })
  .getByRole('textbox', { name: 'Purpose' });
await purpose.fill(
  'Predicted revenue of each customer over the next **24 months**, refreshed every night.',
);
await page.keyboard.press('Tab');
await page.getByRole('heading', { name: /^Changes against version/ }).waitFor();
await page.getByRole('button', { name: /^Use version/ }).waitFor();
await purpose.scrollIntoViewIfNeeded();
await page.screenshot({ path: 'docs/images/editor.png' });

// The stakeholder's dashboards: the portfolio, then the breached product.
await page.evaluate(() => localStorage.setItem('meshport-persona', 'stakeholder'));
await page.goto(`${base}/service-levels`);
await page
  .getByRole('table', { name: 'Products and how they keep their service levels' })
  .waitFor();
await page.getByRole('region', { name: 'The mesh at a glance' }).waitFor();
await page.screenshot({ path: 'docs/images/service-levels.png' });

await page.goto(`${base}/products/customer-purchase-history/service-levels`);
await page.getByRole('region', { name: 'Incidents' }).waitFor();
// Let the timelines' charts load and draw.
await page.waitForTimeout(800);
await page.screenshot({ path: 'docs/images/product-service-levels.png' });

await browser.close();
console.log(
  'Wrote docs/images/catalog.png, product.png, approvals.png, lineage.png, changes.png, editor.png, service-levels.png and product-service-levels.png',
);
