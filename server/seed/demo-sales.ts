/** Demo mesh, sales domain: orders and till transactions are where most lineage starts. */
import {
  amount,
  channel,
  currency,
  customerId,
  date,
  idColumn,
  orderId,
  quantity,
  sku,
  status,
  storeId,
  table,
  timestamp,
  updatedAt,
} from './column-templates';
import type { ProductSpec } from './seed-types';
import { dailySla, operationalSla, streamingSla } from './sla-presets';
import { teams } from './teams';

const orderStatuses = ['placed', 'paid', 'shipped', 'delivered', 'cancelled', 'returned'];

export const salesProducts: ProductSpec[] = [
  {
    id: 'sales-orders',
    name: 'Sales Orders',
    version: '3.2.0',
    status: 'active',
    domain: 'sales',
    team: teams.orderManagement,
    purpose:
      'Every order placed online, in the app or through a marketplace, with its lines, as the order platform records it. It is the source most sales, finance and logistics products start from.',
    limitations:
      'Store till sales are not here; read **Point-of-Sale Transactions** for those. Prices are what the customer paid, after discounts and before returns.',
    usage:
      'Join `order_lines` to `orders` on `order_id`. Use `order-events` when you need to react to a status change within seconds.',
    tags: ['orders', 'sales', 'e-commerce', 'source-aligned'],
    inputs: [],
    ports: [
      {
        name: 'orders',
        description: 'Orders and order lines, replicated from the order database every 15 minutes.',
        version: '3.2.0',
        server: 'postgres',
        tables: [
          table(
            'orders',
            'Orders',
            'One row per order, with its current status and totals.',
            [
              orderId({ primaryKey: true, unique: true, criticalDataElement: true }),
              customerId(),
              channel(),
              status(
                'order_status',
                'Order status',
                'Where the order is in its lifecycle.',
                orderStatuses,
              ),
              amount(
                'order_total',
                'Order total',
                'Amount paid including VAT and shipping, after discounts.',
              ),
              currency(),
              timestamp('ordered_at', 'Ordered at', 'When the customer placed the order (UTC).'),
              updatedAt(),
            ],
            2_000_000,
            {
              granularity: 'One row per order',
              rules: [
                'Cancelled orders keep their original total; refunds are in Returns and Refunds.',
              ],
            },
          ),
          table(
            'order_lines',
            'Order lines',
            'One row per article in an order.',
            [
              idColumn(
                'order_line_id',
                'Order line ID',
                'Identifier of the line within the order platform.',
                ['OL-88120331', 'OL-88120332'],
              ),
              orderId(),
              sku(),
              quantity('quantity', 'Quantity', 'Number of units ordered.'),
              amount(
                'unit_price',
                'Unit price',
                'Price of one unit after line discounts, including VAT.',
              ),
              amount('discount_amount', 'Discount', 'Discount granted on the line, including VAT.'),
            ],
            5_000_000,
          ),
        ],
        sla: operationalSla('2021-04-12T08:00:00Z'),
      },
      {
        name: 'order-events',
        description:
          'An event for every change of an order\u2019s status, published as it happens.',
        version: '1.4.0',
        server: 'kafka',
        format: 'json',
        tables: [
          table(
            'order_status_changed',
            'Order status changes',
            'Published whenever an order changes status.',
            [
              idColumn(
                'event_id',
                'Event ID',
                'Unique identifier of the event (UUID).',
                ['5f2b8c1e-9d4a-4e7b-8a61-2c3d4e5f6a7b'],
                { format: 'uuid' },
              ),
              orderId(),
              status(
                'previous_status',
                'Previous status',
                'Status before the change.',
                orderStatuses,
              ),
              status('new_status', 'New status', 'Status after the change.', orderStatuses),
              timestamp(
                'occurred_at',
                'Occurred at',
                'When the change happened in the order platform (UTC).',
              ),
            ],
            100_000,
          ),
        ],
        sla: streamingSla(5, '2022-09-05T08:00:00Z'),
      },
    ],
  },
  {
    id: 'point-of-sale-transactions',
    name: 'Point-of-Sale Transactions',
    version: '2.0.1',
    status: 'active',
    domain: 'sales',
    team: teams.orderManagement,
    purpose:
      'Every receipt from the tills in Northwind\u2019s 240 stores, line by line, collected nightly from the store systems.',
    limitations:
      'Receipts arrive the next morning; stores that lost their connection deliver up to three days late.',
    usage: 'Filter on `business_date`: the files are partitioned by it, so scans stay cheap.',
    tags: ['pos', 'stores', 'sales', 'transactions', 'source-aligned'],
    inputs: [],
    ports: [
      {
        name: 'transactions',
        description: 'Till receipt lines as Parquet files, one folder per business date.',
        version: '2.0.1',
        server: 's3',
        tables: [
          table(
            'pos_transactions',
            'Till transactions',
            'One row per article scanned at a till.',
            [
              idColumn(
                'receipt_line_id',
                'Receipt line ID',
                'Store, till, receipt and line number, joined by dashes.',
                ['ST-0112-04-000318-2'],
              ),
              storeId(),
              date(
                'business_date',
                'Business date',
                'Trading day of the store the receipt belongs to.',
              ),
              sku(),
              quantity(
                'quantity',
                'Quantity',
                'Units sold; negative for a return at the till is not allowed, returns are separate receipts.',
              ),
              amount('line_amount', 'Line amount', 'Amount paid for the line including VAT.'),
              customerId({
                required: false,
                maxNullPercent: 70,
                description: 'Customer who showed a loyalty card, when one was scanned.',
              }),
              status('payment_method', 'Payment method', 'How the receipt was paid.', [
                'card',
                'cash',
                'mobile',
                'voucher',
              ]),
            ],
            10_000_000,
          ),
        ],
        sla: dailySla('05:00Z', '2022-01-10T06:00:00Z', { latency: { value: 1, unit: 'd' } }),
      },
    ],
  },
  {
    id: 'returns-and-refunds',
    name: 'Returns and Refunds',
    version: '1.3.0',
    status: 'active',
    domain: 'sales',
    team: teams.orderManagement,
    purpose: 'Returned articles and the refunds paid for them, for online and store returns alike.',
    limitations:
      'Refunds by bank transfer show up when they are sent, not when they reach the customer.',
    usage: 'Net sales = order totals minus `refund_amount` of the same period.',
    tags: ['returns', 'refunds', 'sales'],
    inputs: ['sales-orders.orders'],
    ports: [
      {
        name: 'returns',
        description: 'Return cases with their reason and refund.',
        version: '1.3.0',
        server: 'postgres',
        tables: [
          table(
            'returns',
            'Returns',
            'One row per returned article.',
            [
              idColumn('return_id', 'Return ID', 'Identifier of the return case.', [
                'RET-2024-119203',
              ]),
              orderId(),
              sku(),
              status('return_reason', 'Return reason', 'Reason the customer gave.', [
                'too_small',
                'too_large',
                'damaged',
                'not_as_described',
                'changed_mind',
                'other',
              ]),
              amount('refund_amount', 'Refund amount', 'Amount refunded including VAT.'),
              timestamp('returned_at', 'Returned at', 'When the article was received back (UTC).'),
              updatedAt(),
            ],
            300_000,
          ),
        ],
        sla: dailySla('04:00Z', '2022-06-01T06:00:00Z'),
      },
    ],
  },
];
