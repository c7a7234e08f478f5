/** Demo mesh, supply-chain domain: stock, suppliers and the forecasts that decide what to buy. */
import {
  amount,
  column,
  countryCode,
  currency,
  date,
  idColumn,
  quantity,
  sku,
  status,
  supplierId,
  table,
  timestamp,
  warehouseId,
} from './column-templates';
import { city, email, fullName, phone } from './personal-data-columns';
import type { ProductSpec } from './seed-types';
import { dailySla, operationalSla, streamingSla } from './sla-presets';
import { teams } from './teams';

const changeReasons = ['sale', 'return', 'receipt', 'transfer', 'count_correction', 'reservation'];

export const supplyChainProducts: ProductSpec[] = [
  {
    id: 'inventory-levels-stream',
    name: 'Real-time Inventory Levels',
    version: '2.4.0',
    status: 'active',
    domain: 'supply-chain',
    team: teams.inventoryPlatform,
    purpose:
      'Every change of stock of every article in every store and warehouse, published within seconds: the live view of what can be sold where.',
    limitations:
      'Events can arrive out of order across partitions; use `sequence_number` per SKU and location to order them. The topic keeps seven days; use *Daily Inventory Snapshots* for history.',
    usage:
      'Consume with a Kafka consumer using the Avro schema from the schema registry. The message key is `sku|location_id`, so one consumer sees all changes of an article at a location in order.',
    tags: ['inventory', 'stock', 'real-time', 'streaming', 'kafka'],
    inputs: ['sales-orders.order-events', 'point-of-sale-transactions.transactions'],
    ports: [
      {
        name: 'inventory-levels',
        description: 'Stock level change events, keyed by SKU and location.',
        version: '2.4.0',
        server: 'kafka',
        format: 'avro',
        tables: [
          table(
            'inventory_level_changed',
            'Inventory level changes',
            'One event per change of the stock of an article at a location.',
            [
              idColumn(
                'event_id',
                'Event ID',
                'Unique identifier of the event (UUID).',
                ['9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f'],
                { format: 'uuid' },
              ),
              sku(),
              column(
                'location_id',
                'string',
                'internal',
                'Location',
                'Store or warehouse whose stock changed.',
                ['ST-0112', 'DC-HAM'],
                { length: 16, required: true },
              ),
              column(
                'sequence_number',
                'bigint',
                'internal',
                'Sequence number',
                'Increases by one with every change of this SKU at this location.',
                [184467, 184468],
                { required: true },
              ),
              quantity('on_hand', 'On hand', 'Units physically at the location after the change.'),
              quantity('reserved', 'Reserved', 'Units reserved for open orders.'),
              column(
                'available',
                'integer',
                'internal',
                'Available',
                'On hand minus reserved; negative when oversold.',
                [12, -1],
                { required: true },
              ),
              status('change_reason', 'Reason', 'What caused the change.', changeReasons),
              timestamp('occurred_at', 'Occurred at', 'When the stock changed (UTC).'),
            ],
            1_000_000,
            { rules: ['Within one SKU and location, sequence numbers have no gaps.'] },
          ),
        ],
        sla: streamingSla(3, '2022-11-07T08:00:00Z', { retention: { value: 7, unit: 'd' } }),
      },
    ],
  },
  {
    id: 'daily-inventory-snapshots',
    name: 'Daily Inventory Snapshots',
    version: '1.8.0',
    status: 'active',
    domain: 'supply-chain',
    team: teams.inventoryPlatform,
    purpose:
      'Stock of every article at every location at midnight, kept for three years, for stock reporting and forecasting.',
    limitations:
      'Midnight in the location\u2019s own time zone. Articles with zero stock and no movement for 90 days are left out.',
    usage: 'Filter on `snapshot_date`; the table is clustered by it.',
    tags: ['inventory', 'stock', 'snapshot', 'history'],
    inputs: ['inventory-levels-stream.inventory-levels'],
    ports: [
      {
        name: 'snapshots',
        description: 'Daily stock per article and location.',
        version: '1.8.0',
        server: 'snowflake',
        tables: [
          table(
            'inventory_snapshots',
            'Inventory snapshots',
            'One row per snapshot date, article and location.',
            [
              date('snapshot_date', 'Snapshot date', 'Day the stock was counted at midnight.', {
                primaryKey: true,
              }),
              sku({ primaryKey: true }),
              column(
                'location_id',
                'string',
                'internal',
                'Location',
                'Store or warehouse.',
                ['ST-0112', 'DC-HAM'],
                { length: 16, required: true, primaryKey: true },
              ),
              quantity('on_hand', 'On hand', 'Units at the location.'),
              quantity('available', 'Available', 'Units that could be sold.'),
              amount('stock_value', 'Stock value', 'On-hand units at purchase cost, in EUR.'),
            ],
            20_000_000,
          ),
        ],
        sla: dailySla('02:00Z', '2023-01-09T02:00:00Z'),
      },
    ],
  },
  {
    id: 'supplier-master-data',
    name: 'Supplier Master Data',
    version: '2.0.0',
    status: 'active',
    domain: 'supply-chain',
    team: teams.supplyPlanning,
    purpose:
      'Northwind\u2019s suppliers with their terms and the people to contact, as maintained by procurement.',
    limitations: 'Contact persons are personal data. Bank details are not included.',
    usage: 'Join on `supplier_id`.',
    tags: ['suppliers', 'procurement', 'master-data', 'source-aligned'],
    inputs: [],
    ports: [
      {
        name: 'suppliers',
        description: 'Active and blocked suppliers.',
        version: '2.0.0',
        server: 'postgres',
        tables: [
          table(
            'suppliers',
            'Suppliers',
            'One row per supplier.',
            [
              supplierId({ primaryKey: true, unique: true }),
              column(
                'supplier_name',
                'string',
                'public',
                'Supplier',
                'Registered company name.',
                ['Baltic Linen Works SIA'],
                { length: 200, required: true },
              ),
              countryCode({ validValues: undefined }),
              city({ classification: 'public' }),
              fullName({
                name: 'contact_name',
                businessName: 'Contact person',
                description: 'Account manager at the supplier.',
              }),
              email({
                name: 'contact_email',
                businessName: 'Contact email',
                description: 'Email address of the contact person.',
              }),
              phone({ name: 'contact_phone', businessName: 'Contact phone' }),
              column(
                'payment_terms_days',
                'integer',
                'confidential',
                'Payment terms',
                'Days until invoices are due.',
                [30, 60],
                { required: true, nonNegative: true },
              ),
              status('supplier_status', 'Status', 'Whether orders can be placed.', [
                'active',
                'blocked',
                'onboarding',
              ]),
            ],
            1_500,
          ),
        ],
        sla: operationalSla('2021-01-04T08:00:00Z'),
      },
    ],
  },
  {
    id: 'supplier-purchase-orders',
    name: 'Supplier Purchase Orders',
    version: '3.0.0',
    status: 'active',
    domain: 'supply-chain',
    team: teams.supplyPlanning,
    purpose:
      'Purchase orders sent to suppliers, with their lines, confirmed delivery dates and status.',
    limitations:
      'Prices are purchase prices and confidential: do not share them outside Northwind.',
    usage: 'Join `purchase_order_lines` to `purchase_orders` on `purchase_order_id`.',
    tags: ['purchasing', 'procurement', 'suppliers', 'orders'],
    inputs: ['supplier-master-data.suppliers'],
    ports: [
      {
        name: 'purchase-orders',
        description: 'Purchase orders and their lines.',
        version: '3.0.0',
        server: 'postgres',
        tables: [
          table(
            'purchase_orders',
            'Purchase orders',
            'One row per purchase order.',
            [
              idColumn('purchase_order_id', 'Purchase order ID', 'Number of the purchase order.', [
                'PO-2024-031877',
              ]),
              supplierId(),
              warehouseId(),
              status('po_status', 'Status', 'Where the purchase order is.', [
                'draft',
                'sent',
                'confirmed',
                'partially_received',
                'received',
                'cancelled',
              ]),
              amount('order_value', 'Order value', 'Value at purchase prices.'),
              currency(),
              date('ordered_on', 'Ordered on', 'Date the order was sent.'),
              date(
                'confirmed_delivery_date',
                'Confirmed delivery',
                'Delivery date the supplier confirmed.',
                { required: false, maxNullPercent: 20 },
              ),
            ],
            200_000,
          ),
          table(
            'purchase_order_lines',
            'Purchase order lines',
            'One row per article on a purchase order.',
            [
              idColumn('purchase_order_line_id', 'Line ID', 'Purchase order number and line.', [
                'PO-2024-031877-010',
              ]),
              column(
                'purchase_order_id',
                'string',
                'internal',
                'Purchase order ID',
                'Purchase order the line belongs to.',
                ['PO-2024-031877'],
                { required: true },
              ),
              sku(),
              quantity('ordered_quantity', 'Ordered', 'Units ordered.'),
              quantity('received_quantity', 'Received', 'Units received so far.'),
              amount('unit_cost', 'Unit cost', 'Purchase price per unit.'),
            ],
            2_000_000,
          ),
        ],
        sla: dailySla('03:00Z', '2021-07-05T06:00:00Z'),
      },
    ],
  },
];
