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

await browser.close();
console.log('Wrote docs/images/catalog.png and docs/images/product.png');
