import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/**
 * Presses Tab, as a keyboard user would, until `target` has the focus; fails if it is not reached
 * within `limit` presses (something on the way is not focusable or traps the focus).
 */
export async function tabTo(page: Page, target: Locator, limit = 60): Promise<void> {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${String(target)} was not reached with ${limit} presses of Tab`);
}
