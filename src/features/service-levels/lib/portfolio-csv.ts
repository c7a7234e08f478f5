import type { ServiceLevelSummaryPayload } from '@/catalog/service-level-schemas';
import { statusLabels } from '@/catalog/service-levels/status-words';

const header = [
  'product_id',
  'name',
  'domain',
  'team',
  'status',
  'slos_met',
  'slos_at_risk',
  'slos_breached',
  'slos_no_data',
  'slos_declared',
  'worst_error_budget_remaining',
  'attainment_30_days',
  'open_incidents',
  'evaluated_at',
];

/**
 * One cell: quoted when it holds a separator, a quote or a line break; and text a spreadsheet
 * would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return first) is prefixed with `'`.
 * Product names are untrusted.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}

/** Attainment over the days with data, as the sparkline draws it; null without any. */
function overall(series: readonly (number | null)[]): number | null {
  const known = series.filter((value): value is number => value !== null);
  if (known.length === 0) return null;
  return Math.round((known.reduce((sum, value) => sum + value, 0) / known.length) * 1e6) / 1e6;
}

/** The portfolio's rows as CSV (RFC 4180, CRLF line ends), one line per product. */
export function portfolioCsv(items: readonly ServiceLevelSummaryPayload[]): string {
  const lines = [header.join(',')];
  for (const item of items) {
    lines.push(
      [
        item.productId,
        item.name,
        item.domain,
        item.team,
        statusLabels[item.status],
        item.counts.met,
        item.counts.atRisk,
        item.counts.breached,
        item.counts.noData,
        item.counts.declared,
        item.worstBudget,
        overall(item.attainmentSeries),
        item.openIncidents,
        item.evaluatedAt,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
