import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/**
 * Checks the page as it is now against WCAG 2.1 A and AA. Journeys call it on every page and
 * dialog they visit; a failure lists each violation with the elements involved.
 */
export async function expectAccessible(page: Page, what: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n${violation.nodes
        .slice(0, 5)
        .map(
          (node) => `    ${node.target.join(' ')} — ${node.failureSummary?.split('\n').join(' ')}`,
        )
        .join('\n')}`,
  );
  expect(summary, `accessibility violations on ${what}`).toEqual([]);
}
