import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createServerApp } from './create-server-app';
import { createLogger } from './logger';

const distDir = mkdtempSync(join(tmpdir(), 'meshport-dist-'));
mkdirSync(join(distDir, 'assets'));
writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>Meshport</title>');
writeFileSync(join(distDir, 'assets', 'app-1234.js'), 'console.log(1)');
writeFileSync(join(distDir, 'assets', 'validate.worker-Ab_12.js'), 'self.onmessage = null');
afterAll(() => rmSync(distDir, { recursive: true, force: true }));

const app = createServerApp({
  api: { fetch: () => new Response('{}', { headers: { 'Content-Type': 'application/json' } }) },
  distDir,
  logger: createLogger('error', () => true),
});

describe('the Node host', () => {
  it('serves the app on its routes and a 404 for files that are not there', async () => {
    const route = await app.request('/products/sales.orders');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>Meshport</title>');
    expect((await app.request('/assets/app-1234.js')).status).toBe(200);
    for (const missing of ['/assets/missing.js', '/assets/old/chunk.css', '/favicon.ico']) {
      const response = await app.request(missing);
      expect(response.status, missing).toBe(404);
      expect(await response.text()).not.toContain('<title>Meshport</title>');
    }
  });

  it('lets only the document checker evaluate the code it compiles, never the page', async () => {
    const page = (await app.request('/')).headers.get('Content-Security-Policy') ?? '';
    expect(page).toContain("script-src 'self'");
    expect(page).not.toContain('unsafe-eval');
    expect(
      (await app.request('/assets/app-1234.js')).headers.get('Content-Security-Policy'),
    ).not.toContain('unsafe-eval');
    const checker = await app.request('/assets/validate.worker-Ab_12.js');
    expect(checker.status).toBe(200);
    expect(checker.headers.get('Content-Security-Policy')).toBe(
      "default-src 'none'; script-src 'self' 'unsafe-eval'; connect-src 'none'",
    );
  });

  it('asks browsers to insist on HTTPS only when the portal is reached over HTTPS', async () => {
    const plain = await app.request('/');
    expect(plain.headers.get('Strict-Transport-Security')).toBeNull();
    const proxied = await app.request('/', { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(proxied.headers.get('Strict-Transport-Security')).toBe(
      'max-age=31536000; includeSubDomains',
    );
  });
});
