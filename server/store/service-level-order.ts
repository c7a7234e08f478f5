import type { SloStatus } from '../../src/catalog/service-levels/service-level-types';

/**
 * The portfolio's `status` sort, worst first: a product with nothing observed yet ranks above
 * one that meets its promises, since it may be failing unseen.
 */
export const portfolioStatusOrder: readonly SloStatus[] = [
  'breached',
  'atRisk',
  'noData',
  'met',
  'declared',
];

/**
 * A summary's status as of `now`: past its deadline (nothing arrived in time) it is breached,
 * whatever it was when evaluated, so the portfolio is right between evaluations.
 */
export function effectiveStatus(
  summary: { status: SloStatus; deadline: string | null },
  now: string,
): SloStatus {
  return summary.deadline !== null && Date.parse(summary.deadline) <= Date.parse(now)
    ? 'breached'
    : summary.status;
}
