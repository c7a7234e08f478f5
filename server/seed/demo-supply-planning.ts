/** Demo mesh, supply-chain domain: forecasts, replenishment and supplier performance. */
import {
  column,
  date,
  idColumn,
  quantity,
  score,
  sku,
  status,
  storeId,
  supplierId,
  table,
  timestamp,
} from './column-templates';
import type { ProductSpec } from './seed-types';
import { dailySla, streamingSla, weeklySla } from './sla-presets';
import { teams } from './teams';

export const supplyPlanningProducts: ProductSpec[] = [
  {
    id: 'demand-forecast',
    name: 'Demand Forecast',
    version: '2.2.0',
    status: 'active',
    domain: 'supply-chain',
    team: teams.supplyPlanning,
    purpose:
      'Expected unit sales per article, store and week for the next 16 weeks, with an uncertainty range.',
    limitations:
      'New articles without sales history get the forecast of similar articles, flagged `cold_start`.',
    usage:
      'Use `forecast_units` for planning and `p90_units` when running out of stock is expensive.',
    tags: ['forecast', 'demand', 'planning', 'machine-learning'],
    inputs: [
      'daily-store-sales.daily-sales',
      'promotions-calendar.promotions',
      'daily-inventory-snapshots.snapshots',
    ],
    ports: [
      {
        name: 'sku-store-forecast',
        description: 'Weekly forecast per article and store.',
        version: '2.2.0',
        server: 'databricks',
        tables: [
          table(
            'sku_store_forecast',
            'Forecast per article and store',
            'One row per article, store and forecast week.',
            [
              sku({ primaryKey: true }),
              storeId({ primaryKey: true }),
              date('week_start', 'Week', 'Monday of the forecast week.', { primaryKey: true }),
              column(
                'forecast_units',
                'double',
                'internal',
                'Forecast',
                'Expected units sold.',
                [14.2],
                { required: true, nonNegative: true },
              ),
              column(
                'p90_units',
                'double',
                'internal',
                'P90 forecast',
                'Units that will not be exceeded with 90% probability.',
                [21.0],
                { required: true, nonNegative: true },
              ),
              status('method', 'Method', 'How the forecast was made.', [
                'model',
                'cold_start',
                'manual_override',
              ]),
              date('forecast_made_on', 'Made on', 'Date of the forecast run.'),
            ],
            5_000_000,
          ),
        ],
        sla: weeklySla('04:00Z', '2023-02-06T04:00:00Z', { availability: 99 }),
      },
    ],
  },
  {
    id: 'replenishment-recommendations',
    name: 'Replenishment Recommendations',
    version: '1.3.0',
    status: 'active',
    domain: 'supply-chain',
    team: teams.supplyPlanning,
    purpose:
      'How many units of each article to order or move to each store today, from forecast, stock and open purchase orders.',
    limitations:
      'Recommendations assume the supplier\u2019s usual lead time; check confirmed dates for urgent orders.',
    usage:
      'Planners accept or change recommendations in the planning tool, which reads this table.',
    tags: ['replenishment', 'planning', 'inventory', 'supply-chain'],
    inputs: [
      'demand-forecast.sku-store-forecast',
      'daily-inventory-snapshots.snapshots',
      'supplier-purchase-orders.purchase-orders',
    ],
    ports: [
      {
        name: 'recommendations',
        description: 'Today\u2019s replenishment recommendations.',
        version: '1.3.0',
        server: 'snowflake',
        tables: [
          table(
            'replenishment_recommendations',
            'Replenishment recommendations',
            'One row per article and store needing stock.',
            [
              date('recommended_on', 'Recommended on', 'Date of the recommendation.', {
                primaryKey: true,
              }),
              sku({ primaryKey: true }),
              storeId({ primaryKey: true }),
              quantity('recommended_units', 'Recommended units', 'Units to order or transfer.'),
              status('action', 'Action', 'What to do.', [
                'order_from_supplier',
                'transfer_from_dc',
                'none',
              ]),
              score(
                'stockout_risk',
                'Stock-out risk',
                'Probability (0-1) of running out before the next delivery without action.',
              ),
            ],
            50_000,
          ),
        ],
        sla: dailySla('05:00+01:00', '2023-05-08T04:00:00Z'),
      },
    ],
  },
  {
    id: 'supplier-scorecards',
    name: 'Supplier Scorecards',
    version: '1.0.0',
    status: 'active',
    domain: 'supply-chain',
    team: teams.supplyPlanning,
    purpose: 'Monthly on-time, in-full and quality scores per supplier, for supplier reviews.',
    limitations: 'Only suppliers with at least five deliveries in the month are scored.',
    usage: 'Compare suppliers within a category; scores across categories are not comparable.',
    tags: ['suppliers', 'otif', 'kpi', 'procurement'],
    inputs: ['supplier-purchase-orders.purchase-orders', 'inbound-receipts.receipts'],
    ports: [
      {
        name: 'scorecards',
        description: 'Supplier scores per month.',
        version: '1.0.0',
        server: 'snowflake',
        tables: [
          table(
            'supplier_scorecards',
            'Supplier scorecards',
            'One row per supplier and month.',
            [
              supplierId({ primaryKey: true }),
              date('score_month', 'Month', 'First day of the scored month.', { primaryKey: true }),
              score('on_time_rate', 'On time', 'Share of deliveries on the confirmed date.'),
              score('in_full_rate', 'In full', 'Share of deliveries with all ordered units.'),
              score(
                'defect_rate',
                'Defect rate',
                'Share of received units rejected at quality control.',
              ),
              quantity('deliveries', 'Deliveries', 'Deliveries in the month.'),
            ],
            10_000,
          ),
        ],
        sla: dailySla('06:00Z', '2024-02-05T06:00:00Z', { frequency: { value: 1, unit: 'd' } }),
      },
    ],
  },
  {
    id: 'stock-out-alerts',
    name: 'Stock-out Alerts',
    version: '0.1.0',
    status: 'proposed',
    domain: 'supply-chain',
    team: teams.inventoryPlatform,
    purpose:
      'An alert the moment an article with forecast demand runs out at a store, so store staff can refill from the back room.',
    limitations: 'Proposed: the alert thresholds are being agreed with store operations.',
    usage: 'Planned: subscribe with a Kafka consumer; one message per alert.',
    tags: ['inventory', 'alerts', 'real-time', 'stores'],
    inputs: ['inventory-levels-stream.inventory-levels', 'demand-forecast.sku-store-forecast'],
    ports: [
      {
        name: 'alerts',
        description: 'Stock-out alerts as JSON messages.',
        version: '0.1.0',
        server: 'kafka',
        format: 'json',
        tables: [
          table(
            'stock_out_alert',
            'Stock-out alerts',
            'One message per article running out at a store.',
            [
              idColumn(
                'alert_id',
                'Alert ID',
                'Identifier of the alert (UUID).',
                ['3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7'],
                { format: 'uuid' },
              ),
              sku(),
              storeId(),
              column(
                'expected_daily_units',
                'double',
                'internal',
                'Expected daily sales',
                'Units the store was expected to sell today.',
                [6.5],
                { required: true, nonNegative: true },
              ),
              timestamp('detected_at', 'Detected at', 'When the stock reached zero (UTC).'),
            ],
            100,
          ),
        ],
        sla: streamingSla(30, '2026-10-05T08:00:00Z'),
      },
    ],
  },
];
