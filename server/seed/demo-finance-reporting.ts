/** Demo mesh, finance domain: revenue, margins, fraud and reference rates. */
import {
  amount,
  column,
  currency,
  customerId,
  date,
  idColumn,
  score,
  sku,
  table,
  timestamp,
} from './column-templates';
import { ipAddress } from './personal-data-columns';
import type { ProductSpec } from './seed-types';
import { dailySla } from './sla-presets';
import { teams } from './teams';

export const financeReportingProducts: ProductSpec[] = [
  {
    id: 'recognized-revenue',
    name: 'Recognized Revenue',
    version: '1.2.0',
    status: 'active',
    domain: 'finance',
    team: teams.financeData,
    purpose:
      'Revenue as finance recognises it: per company, day and channel, net of returns and VAT, reconciled with the ledger.',
    limitations: 'Figures of the open period are preliminary until month-end close.',
    usage:
      'This is the official revenue figure; **use it for anything reported outside the company**.',
    tags: ['finance', 'revenue', 'reporting', 'kpi'],
    inputs: [
      'customer-invoices.invoices',
      'returns-and-refunds.returns',
      'general-ledger.journal-entries',
      'payment-transactions.payments',
    ],
    ports: [
      {
        name: 'revenue-daily',
        description: 'Recognised revenue per company, day and channel.',
        version: '1.2.0',
        server: 'redshift',
        tables: [
          table(
            'revenue_daily',
            'Daily revenue',
            'One row per company, day and channel.',
            [
              column('company_code', 'string', 'internal', 'Company', 'Legal entity.', ['NW-DE'], {
                length: 8,
                required: true,
                primaryKey: true,
                validValues: ['NW-DE', 'NW-NL', 'NW-FR', 'NW-SE'],
              }),
              date('revenue_date', 'Date', 'Day the revenue is recognised on.', {
                primaryKey: true,
              }),
              column('channel', 'string', 'public', 'Channel', 'Sales channel.', ['online'], {
                length: 16,
                required: true,
                primaryKey: true,
                validValues: ['online', 'store', 'marketplace', 'app', 'b2b'],
              }),
              amount('gross_revenue', 'Gross revenue', 'Revenue before returns, excluding VAT.'),
              amount('returns_amount', 'Returns', 'Returned revenue, excluding VAT.'),
              amount('net_revenue', 'Net revenue', 'Gross revenue minus returns, excluding VAT.'),
            ],
            50_000,
          ),
        ],
        sla: dailySla('07:00+01:00', '2022-01-03T06:00:00Z', {
          retention: { value: 10, unit: 'y' },
          availability: 99.5,
        }),
      },
    ],
  },
  {
    id: 'product-margin-analysis',
    name: 'Product Margin Analysis',
    version: '1.0.1',
    status: 'active',
    domain: 'finance',
    team: teams.financeData,
    purpose:
      'Gross margin per article and month after purchase cost and freight, to find unprofitable articles.',
    limitations:
      'Freight is allocated to articles by weight; for bulky articles the margin is an estimate.',
    usage: 'Rank articles by `margin_percent` within a category.',
    tags: ['finance', 'margin', 'profitability', 'products'],
    inputs: [
      'recognized-revenue.revenue-daily',
      'supplier-purchase-orders.purchase-orders',
      'freight-costs.freight-costs',
      'product-catalog.products',
    ],
    ports: [
      {
        name: 'margins',
        description: 'Margin per article and month.',
        version: '1.0.1',
        server: 'snowflake',
        tables: [
          table(
            'product_margins',
            'Product margins',
            'One row per article and month.',
            [
              sku({ primaryKey: true }),
              date('margin_month', 'Month', 'First day of the month.', { primaryKey: true }),
              amount('net_revenue', 'Net revenue', 'Revenue excluding VAT, after returns.'),
              amount('cost_of_goods', 'Cost of goods', 'Purchase cost of the units sold.'),
              amount('freight_cost', 'Freight', 'Allocated freight cost.'),
              column(
                'margin_percent',
                'double',
                'confidential',
                'Margin',
                'Gross margin in percent of net revenue.',
                [42.5],
                { required: true },
              ),
            ],
            300_000,
          ),
        ],
        sla: dailySla('08:00Z', '2024-04-02T08:00:00Z'),
      },
    ],
  },
  {
    id: 'payment-fraud-signals',
    name: 'Payment Fraud Signals',
    version: '0.5.0',
    status: 'draft',
    domain: 'finance',
    team: teams.financeData,
    purpose:
      'A fraud score for every online payment, with the signals behind it, for the payments team\u2019s manual review queue.',
    limitations: 'Draft: the model is in shadow mode and does not block payments yet.',
    usage: 'Review payments with `fraud_score` above 0.8 first.',
    tags: ['fraud', 'payments', 'risk', 'machine-learning', 'pii'],
    inputs: [
      'payment-transactions.payments',
      'web-sessions.sessions',
      'customer-identity-graph.identity-links',
    ],
    ports: [
      {
        name: 'fraud-scores',
        description: 'Fraud score per payment.',
        version: '0.5.0',
        server: 'databricks',
        tables: [
          table(
            'fraud_scores',
            'Fraud scores',
            'One row per scored payment.',
            [
              idColumn('transaction_id', 'Transaction ID', 'Payment transaction scored.', [
                'psp_8JkL29xQ',
              ]),
              customerId({ required: false }),
              score(
                'fraud_score',
                'Fraud score',
                'Probability (0-1) that the payment is fraudulent.',
                { classification: 'restricted' },
              ),
              ipAddress({ name: 'client_ip_address', businessName: 'Client IP address' }),
              column(
                'ip_country_mismatch',
                'boolean',
                'restricted',
                'IP country mismatch',
                'The IP address is in another country than the billing address.',
                [true, false],
                { required: true },
              ),
              timestamp('scored_at', 'Scored at', 'When the payment was scored (UTC).'),
            ],
            1_000_000,
          ),
        ],
        sla: dailySla('06:00Z', '2026-02-02T06:00:00Z'),
      },
    ],
  },
  {
    id: 'daily-fx-rates',
    name: 'Daily FX Rates',
    version: '1.0.0',
    status: 'active',
    domain: 'finance',
    team: teams.financeData,
    purpose:
      'Euro reference exchange rates published by the European Central Bank every working day, for converting SEK, DKK and PLN amounts.',
    limitations: 'No rates on weekends and TARGET holidays: use the latest earlier rate.',
    usage: 'Convert an amount in `quote_currency` to EUR by dividing by `rate`.',
    tags: ['finance', 'fx', 'currency', 'reference-data', 'public'],
    inputs: [],
    ports: [
      {
        name: 'fx-rates',
        description: 'ECB reference rates as Parquet files.',
        version: '1.0.0',
        server: 's3',
        tables: [
          table(
            'fx_rates',
            'FX rates',
            'One row per day and currency.',
            [
              date('rate_date', 'Date', 'Day the rate was published for.', {
                primaryKey: true,
                classification: 'public',
              }),
              currency({
                name: 'quote_currency',
                businessName: 'Currency',
                primaryKey: true,
                validValues: ['USD', 'GBP', 'CHF', 'SEK', 'DKK', 'NOK', 'PLN', 'CZK'],
              }),
              column('base_currency', 'string', 'public', 'Base currency', 'Always EUR.', ['EUR'], {
                length: 3,
                required: true,
                validValues: ['EUR'],
              }),
              column(
                'rate',
                'decimal',
                'public',
                'Rate',
                'Units of the quote currency per euro.',
                [11.2345, 7.4571],
                { required: true, nonNegative: true },
              ),
              column('source', 'string', 'public', 'Source', 'Publisher of the rate.', ['ECB'], {
                length: 8,
                required: true,
              }),
              timestamp('loaded_at', 'Loaded at', 'When the rate was loaded (UTC).', {
                classification: 'public',
              }),
            ],
            2_000,
            {
              granularity: 'One row per working day and currency',
              rules: ['Rates equal the ECB publication of the same day to four decimals.'],
            },
          ),
        ],
        sla: dailySla('17:00+01:00', '2020-06-01T16:00:00Z', {
          retention: { value: 20, unit: 'y' },
        }),
      },
    ],
  },
];
