import type { CatalogSearch } from './search-params';

/**
 * Says which results are on screen while offline, when they are an earlier search's rather than
 * the one in the URL: without it the page shows the old results under the new words, silently.
 */
export function describeOfflineResults(shown: CatalogSearch, wanted: CatalogSearch): string {
  const shownQ = shown.q.trim();
  const wantedQ = wanted.q.trim();
  if (shownQ === wantedQ) {
    return 'You are offline: these are the results from before your last change. The new ones will show when you are back online.';
  }
  const these = shownQ ? `the results for “${shownQ}”` : 'the results without a search';
  const next = wantedQ ? `The results for “${wantedQ}”` : 'The whole catalog';
  return `You are offline: these are ${these}. ${next} will show when you are back online.`;
}
