/**
 * A product's service levels in brief, for the portfolio and the catalog list.
 *
 * The attainment series is the mean of the measurable SLOs' daily attainments, not one ratio
 * of all good over all counted: a freshness SLO counts up to 1,440 minutes a day while a quality
 * rule counts a few checks, so pooling them would let the minutes drown every event-counted
 * promise. The mean weighs every promise alike, which is what "how well does this product keep
 * its promises" asks.
 */
import type { PortServiceLevels, ServiceLevelSummary, SloStatus } from './service-level-types';
import { sloStatuses } from './service-level-types';
import { worstStatus } from './evaluate';
import { dayIndexOf, dayKeysBetween, toIso } from './utc-days';

export interface SummarizedProduct {
  productId: string;
  name: string;
  domain: string | null;
  team: string | null;
}

/** The days of the attainment series, ending today. */
export const attainmentSeriesDays = 30;

const tidy = (value: number) => Math.round(value * 1e9) / 1e9;

/**
 * Sums up a product's evaluated ports at `now`. `openIncidents` is how many of its incidents
 * are not resolved (a count, or the incidents themselves). `deadline` is the earliest moment
 * still to come at which an SLO turns bad if nothing more arrives; SLOs already bad show as
 * breached instead.
 */
export function summarizeProduct(
  product: SummarizedProduct,
  ports: readonly PortServiceLevels[],
  openIncidents: number | readonly { status: string; resolvedAt: string | null }[],
  now: Date | string,
): ServiceLevelSummary {
  const nowMs = new Date(now).getTime();
  const slos = ports.flatMap((port) => port.slos.map((slo) => ({ port: port.portName, slo })));
  const counts = Object.fromEntries(sloStatuses.map((status) => [status, 0])) as Record<
    SloStatus,
    number
  >;
  for (const { slo } of slos) counts[slo.status] += 1;

  const budgets = slos.flatMap(({ slo }) =>
    slo.errorBudgetRemaining === null ? [] : [slo.errorBudgetRemaining],
  );
  const today = dayIndexOf(nowMs);
  const days = dayKeysBetween(today - attainmentSeriesDays + 1, today);
  const byDay = new Map<string, number[]>();
  for (const { slo } of slos) {
    if (slo.kind === null) continue;
    for (const day of slo.daily) {
      if (day.attainment === null) continue;
      const list = byDay.get(day.day) ?? [];
      list.push(day.attainment);
      byDay.set(day.day, list);
    }
  }
  const attainmentSeries = days.map((day) => {
    const values = byDay.get(day);
    return values ? tidy(values.reduce((sum, value) => sum + value, 0) / values.length) : null;
  });
  const deadlines = slos
    .map(({ slo }) => (slo.deadline === null ? Number.NaN : Date.parse(slo.deadline)))
    .filter((at) => !Number.isNaN(at) && at > nowMs);
  const open =
    typeof openIncidents === 'number'
      ? openIncidents
      : openIncidents.filter((incident) => incident.status !== 'resolved').length;

  return {
    productId: product.productId,
    name: product.name,
    domain: product.domain,
    team: product.team,
    status: worstStatus(slos.map(({ slo }) => slo.status)),
    counts,
    slos: slos.map(({ port, slo }) => ({
      portName: port,
      sloId: slo.sloId,
      kind: slo.kind,
      label: slo.label,
      status: slo.status,
      errorBudgetRemaining: slo.errorBudgetRemaining,
    })),
    worstBudget: budgets.length > 0 ? Math.min(...budgets) : null,
    attainmentSeries,
    openIncidents: open,
    deadline: deadlines.length > 0 ? toIso(Math.min(...deadlines)) : null,
    evaluatedAt: toIso(nowMs),
  };
}
