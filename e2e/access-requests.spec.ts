import { test } from '@playwright/test';
import { requestApproveRevoke } from './access-journey';
import { onePage, separateContexts } from './support/personas';

/**
 * With a server, each persona has their own browser. The demo build keeps its API and data inside
 * one page, so there the personas take turns in that page.
 */
test('request access, two approvals, revoke: a consumer, two approvers and the owner', async ({
  browser,
}) => {
  // Four people and eight accessibility checks: longer than one page's journey.
  test.setTimeout(180_000);
  const inPage = test.info().project.name === 'in-browser-api';
  const cast = inPage ? await onePage(browser) : await separateContexts(browser);
  try {
    await requestApproveRevoke(cast);
  } finally {
    await cast.close();
  }
});
