import type { Browser, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/**
 * People in a journey. On a portal with a server, each persona has a browser context of their own
 * (their own session, as two people would). On the demo build the API and its data live inside
 * one page, so the journey switches persona in that page's header instead.
 */
export interface Cast {
  as(persona: string): Promise<Page>;
  /** Shows the latest state: a reload with a server; in the demo, switching persona already did. */
  refresh(page: Page): Promise<void>;
  close(): Promise<void>;
}

export async function separateContexts(browser: Browser): Promise<Cast> {
  const pages = new Map<string, Page>();
  return {
    async as(persona) {
      let page = pages.get(persona);
      if (!page) {
        const context = await browser.newContext();
        await context.addInitScript((id) => localStorage.setItem('meshport-persona', id), persona);
        page = await context.newPage();
        await page.goto('/');
        await expect(page.getByRole('combobox', { name: 'Demo persona' })).toHaveValue(persona);
        pages.set(persona, page);
      }
      await page.bringToFront();
      return page;
    },
    async refresh(page) {
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    },
    async close() {
      for (const page of pages.values()) await page.context().close();
    },
  };
}

export async function onePage(browser: Browser): Promise<Cast> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/');
  return {
    async as(persona) {
      const select = page.getByRole('combobox', { name: 'Demo persona' });
      if ((await select.inputValue()) !== persona) await select.selectOption(persona);
      return page;
    },
    async refresh() {},
    close: () => context.close(),
  };
}
