/** Demo mesh, sales domain: the figures and models built on orders and till receipts. */
import {
  amount,
  channel,
  column,
  date,
  idColumn,
  quantity,
  sku,
  status,
  storeId,
  table,
} from './column-templates';
import { email, fullName, phone } from './personal-data-columns';
import type { ProductSpec } from './seed-types';
import { dailySla, retirement, weeklySla } from './sla-presets';
import { teams } from './teams';

export const salesAnalyticsProducts: ProductSpec[] = [
  {
    id: 'daily-store-sales',
    name: 'Daily Store Sales',
    version: '4.1.0',
    status: 'active',
    domain: 'sales',
    team: teams.salesAnalytics,
    purpose:
      'Net sales per store, day and product category, combining online orders, till receipts and returns. It is the figure in the weekly trading meeting.',
    limitations:
      'Online orders are counted on the day they were placed, in the store that fulfils them (`WEB` for the central warehouse).',
    usage:
      'Sum `net_sales` over any period and any set of stores; the figures add up.\n\nSee the [trading dashboard](https://intranet.northwind.example/dashboards/trading) for the official view.',
    tags: ['sales', 'stores', 'kpi', 'trading', 'aggregate'],
    inputs: [
      'sales-orders.orders',
      'point-of-sale-transactions.transactions',
      'returns-and-refunds.returns',
      'product-catalog.products',
    ],
    ports: [
      {
        name: 'daily-sales',
        description: 'Net sales per store, day and category.',
        version: '4.1.0',
        server: 'snowflake',
        tables: [
          table(
            'daily_store_sales',
            'Daily store sales',
            'Sales aggregated per store, business date and category.',
            [
              date('business_date', 'Business date', 'Trading day.', { primaryKey: true }),
              storeId({ primaryKey: true }),
              column(
                'category_code',
                'string',
                'public',
                'Category',
                'Merchandise category of the articles.',
                ['WOMEN-SHOES', 'HOME-TEXTILES'],
                { length: 32, required: true, primaryKey: true },
              ),
              channel(),
              amount('gross_sales', 'Gross sales', 'Sales including VAT before returns.'),
              amount('net_sales', 'Net sales', 'Sales excluding VAT, after returns.'),
              quantity('units_sold', 'Units sold', 'Units sold minus units returned.'),
            ],
            1_000_000,
            {
              granularity: 'Store × business date × category × channel',
              rules: [
                'Net sales of a month match Recognized Revenue for the same month within 0.5%.',
              ],
            },
          ),
        ],
        sla: dailySla('06:00Z', '2021-09-06T06:00:00Z', { availability: 99.5 }),
        sampleQueries: [
          {
            name: 'Net sales last week by store',
            description: 'The ten stores with the highest net sales over the last seven days.',
            query:
              'SELECT STORE_ID, SUM(NET_SALES) AS NET_SALES\nFROM SALES_DB.DAILY_STORE_SALES.DAILY_STORE_SALES\nWHERE BUSINESS_DATE >= DATEADD(DAY, -7, CURRENT_DATE())\nGROUP BY STORE_ID\nORDER BY NET_SALES DESC\nLIMIT 10',
          },
        ],
      },
    ],
  },
  {
    id: 'b2b-sales-pipeline',
    name: 'B2B Sales Pipeline',
    version: '0.4.0',
    status: 'draft',
    domain: 'sales',
    team: teams.salesAnalytics,
    purpose:
      'Open opportunities of the business-customer sales team (uniforms, office supplies), with contacts and expected value.',
    limitations: 'Draft: the CRM export is still being validated, and the stages may change.',
    usage: 'For pipeline reviews only; the numbers are not final revenue.',
    tags: ['b2b', 'crm', 'pipeline', 'sales'],
    inputs: [],
    ports: [
      {
        name: 'opportunities',
        description: 'Open and recently closed opportunities from the CRM.',
        version: '0.4.0',
        server: 'snowflake',
        tables: [
          table(
            'opportunities',
            'Opportunities',
            'One row per sales opportunity.',
            [
              idColumn(
                'opportunity_id',
                'Opportunity ID',
                'Identifier of the opportunity in the CRM.',
                ['OPP-000812'],
              ),
              column(
                'account_name',
                'string',
                'confidential',
                'Account',
                'Company the opportunity is with.',
                ['Hotel Seeblick GmbH'],
                { length: 200, required: true },
              ),
              fullName({
                name: 'contact_name',
                businessName: 'Contact',
                description: 'Person at the account we talk to.',
              }),
              email({
                name: 'contact_email',
                businessName: 'Contact email',
                description: 'Business email address of the contact.',
              }),
              phone({
                name: 'contact_phone',
                businessName: 'Contact phone',
                description: 'Business phone number of the contact.',
              }),
              status('stage', 'Stage', 'Sales stage.', [
                'qualification',
                'proposal',
                'negotiation',
                'won',
                'lost',
              ]),
              amount('expected_value', 'Expected value', 'Expected order value excluding VAT.'),
              date('expected_close_date', 'Expected close', 'When the deal is expected to close.'),
            ],
            500,
          ),
        ],
        sla: dailySla('07:00+01:00', '2025-11-03T07:00:00Z'),
      },
    ],
  },
  {
    id: 'legacy-sales-cube',
    name: 'Legacy Sales Cube',
    version: '1.9.2',
    status: 'retired',
    domain: 'sales',
    team: teams.salesAnalytics,
    purpose: 'Monthly sales per region from the old reporting warehouse, kept for reference.',
    limitations: '**Retired.** No longer loaded since March 2024; use *Daily Store Sales* instead.',
    usage: 'Do not build on this product.',
    tags: ['sales', 'legacy', 'reporting'],
    inputs: ['sales-orders.orders'],
    ports: [
      {
        name: 'monthly-sales',
        description: 'Monthly sales per region and channel.',
        version: '1.9.2',
        server: 'redshift',
        sampleQueries: false,
        tables: [
          table(
            'monthly_sales',
            'Monthly sales',
            'Sales aggregated per month, region and channel.',
            [
              date('sales_month', 'Month', 'First day of the month.', { primaryKey: true }),
              column('region', 'string', 'public', 'Region', 'Sales region.', ['north', 'south'], {
                length: 16,
                required: true,
                primaryKey: true,
                validValues: ['north', 'south', 'east', 'west', 'online'],
              }),
              channel({ primaryKey: true }),
              amount('net_sales', 'Net sales', 'Sales excluding VAT after returns.'),
              quantity('order_count', 'Orders', 'Number of orders.'),
            ],
            1_000,
          ),
        ],
        sla: weeklySla('08:00Z', '2018-02-01T00:00:00Z', retirement),
      },
    ],
  },
  {
    id: 'market-basket-analysis',
    name: 'Market Basket Analysis',
    version: '0.1.0',
    status: 'proposed',
    domain: 'sales',
    team: teams.salesAnalytics,
    purpose:
      'Which articles are bought together, as association rules with support and lift, to inform store layout and cross-selling.',
    limitations: 'Proposed: not built yet. Comment in the team channel if you would use it.',
    usage: 'Planned: rules refreshed weekly from the last 90 days of baskets.',
    tags: ['basket', 'cross-sell', 'sales', 'machine-learning'],
    inputs: ['point-of-sale-transactions.transactions', 'sales-orders.orders'],
    ports: [
      {
        name: 'basket-rules',
        description: 'Association rules between articles.',
        version: '0.1.0',
        server: 'databricks',
        sampleQueries: false,
        tables: [
          table(
            'basket_rules',
            'Basket rules',
            'One row per rule "who buys A also buys B".',
            [
              sku({ name: 'antecedent_sku', businessName: 'Bought article', primaryKey: true }),
              sku({
                name: 'consequent_sku',
                businessName: 'Also bought article',
                primaryKey: true,
              }),
              column(
                'support',
                'double',
                'internal',
                'Support',
                'Share of baskets containing both articles.',
                [0.0042],
                { required: true, nonNegative: true },
              ),
              column(
                'confidence',
                'double',
                'internal',
                'Confidence',
                'Share of baskets with A that also contain B.',
                [0.31],
                { required: true, nonNegative: true },
              ),
              column(
                'lift',
                'double',
                'internal',
                'Lift',
                'How much more often A and B are bought together than by chance.',
                [2.7],
                { required: true, nonNegative: true },
              ),
            ],
            10_000,
          ),
        ],
        sla: weeklySla('06:00Z', '2026-09-01T00:00:00Z'),
      },
    ],
  },
];
