import { describe, expect, it } from 'vitest';
import type { ServiceLevelSummaryPayload } from '@/catalog/service-level-schemas';
import { csvCell, portfolioCsv } from './portfolio-csv';

const summary: ServiceLevelSummaryPayload = {
  productId: 'sales-orders',
  name: 'Sales Orders, "EU"',
  domain: 'Sales',
  team: 'orders',
  status: 'breached',
  counts: { met: 2, atRisk: 0, breached: 1, noData: 0, declared: 1 },
  slos: [],
  worstBudget: -0.25,
  attainmentSeries: [1, null, 0.5],
  openIncidents: 1,
  deadline: null,
  evaluatedAt: '2026-12-01T10:00:00.000Z',
};

describe('the portfolio as CSV', () => {
  it('writes one line per product with quoted names and the mean attainment of days with data', () => {
    const csv = portfolioCsv([summary]);
    const [head, row] = csv.split('\r\n');
    expect(head).toMatch(/^product_id,name,domain,team,status,/);
    expect(row).toBe(
      'sales-orders,"Sales Orders, ""EU""",Sales,orders,Breached,2,0,1,0,1,-0.25,0.75,1,2026-12-01T10:00:00.000Z',
    );
  });

  it('leaves empty what is unknown: no domain, no budget, no data', () => {
    const row = portfolioCsv([
      { ...summary, domain: null, worstBudget: null, attainmentSeries: [null, null] },
    ]).split('\r\n')[1];
    expect(row).toContain('sales-orders,"Sales Orders, ""EU""",,orders,');
    expect(row).toContain(',1,,,1,');
  });

  it('never hands a spreadsheet a formula from a product name', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
  });
});
