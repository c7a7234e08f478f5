/** Demo mesh, logistics domain: inbound goods, own-fleet routes, freight and legacy returns. */
import {
  amount,
  carrierId,
  column,
  date,
  idColumn,
  quantity,
  shipmentId,
  status,
  supplierId,
  table,
  timestamp,
  updatedAt,
  warehouseId,
} from './column-templates';
import { postalCode, streetAddress } from './personal-data-columns';
import type { ProductSpec } from './seed-types';
import { dailySla, deprecation } from './sla-presets';
import { teams } from './teams';

export const logisticsOperationsProducts: ProductSpec[] = [
  {
    id: 'inbound-receipts',
    name: 'Inbound Goods Receipts',
    version: '1.2.0',
    status: 'active',
    domain: 'logistics',
    team: teams.logisticsPlatform,
    purpose:
      'Goods received from suppliers at the distribution centres, with quantities and quality-check results.',
    limitations:
      'Receipts are booked when unloading is finished, which can be hours after the truck arrived.',
    usage: 'Match to purchase order lines on `purchase_order_id` and `sku`.',
    tags: ['inbound', 'receiving', 'warehouse', 'logistics'],
    inputs: ['supplier-purchase-orders.purchase-orders'],
    ports: [
      {
        name: 'receipts',
        description: 'Goods receipts per purchase order line.',
        version: '1.2.0',
        server: 'redshift',
        tables: [
          table(
            'goods_receipts',
            'Goods receipts',
            'One row per received purchase order line.',
            [
              idColumn('receipt_id', 'Receipt ID', 'Identifier of the goods receipt.', [
                'GR-DC-HAM-0093312',
              ]),
              column(
                'purchase_order_id',
                'string',
                'internal',
                'Purchase order ID',
                'Purchase order delivered.',
                ['PO-2024-031877'],
                { required: true },
              ),
              supplierId(),
              warehouseId(),
              column('sku', 'string', 'internal', 'SKU', 'Article received.', ['NW-10442-BLK-M'], {
                required: true,
              }),
              quantity('received_units', 'Received units', 'Units counted at receipt.'),
              quantity('rejected_units', 'Rejected units', 'Units rejected at quality control.'),
              timestamp('received_at', 'Received at', 'When the receipt was booked (UTC).'),
            ],
            2_000_000,
          ),
        ],
        sla: dailySla('03:30Z', '2022-07-04T06:00:00Z'),
      },
    ],
  },
  {
    id: 'delivery-route-plans',
    name: 'Delivery Route Plans',
    version: '1.0.0',
    status: 'active',
    domain: 'logistics',
    team: teams.logisticsPlatform,
    purpose:
      'The stops of Northwind\u2019s own same-day delivery vans in Hamburg, Amsterdam and Lyon, planned each morning.',
    limitations:
      'Only own-fleet deliveries. Addresses are personal data and are deleted after 90 days.',
    usage: 'Use for route efficiency analysis; join stops to shipments on `shipment_id`.',
    tags: ['routing', 'same-day', 'last-mile', 'logistics', 'pii'],
    inputs: ['outbound-shipments.shipments'],
    ports: [
      {
        name: 'route-stops',
        description: 'Planned stops per route as Parquet files.',
        version: '1.0.0',
        server: 's3',
        tables: [
          table(
            'route_stops',
            'Route stops',
            'One row per planned stop.',
            [
              idColumn('stop_id', 'Stop ID', 'Route and stop number.', ['R-HAM-0314-07-12']),
              shipmentId(),
              streetAddress({ name: 'stop_address', businessName: 'Stop address', required: true }),
              postalCode(),
              column(
                'stop_sequence',
                'integer',
                'internal',
                'Stop number',
                'Position of the stop in the route.',
                [12],
                { required: true, nonNegative: true },
              ),
              timestamp('planned_arrival_at', 'Planned arrival', 'Planned arrival time (UTC).'),
              date('route_date', 'Route date', 'Day of the route.'),
            ],
            50_000,
          ),
        ],
        sla: dailySla('05:00+01:00', '2024-09-02T04:00:00Z', {
          retention: { value: 90, unit: 'd' },
        }),
      },
    ],
  },
  {
    id: 'freight-costs',
    name: 'Freight Costs',
    version: '1.1.0',
    status: 'active',
    domain: 'logistics',
    team: teams.logisticsPlatform,
    purpose: 'What each parcel cost to ship, from carrier invoices, allocated to shipments.',
    limitations:
      'Carrier invoices arrive monthly; until then costs are estimated from the rate card (`is_estimate = true`).',
    usage: 'Sum `freight_cost` per carrier or country; finance uses it for product margins.',
    tags: ['freight', 'costs', 'carriers', 'logistics', 'finance'],
    inputs: ['outbound-shipments.shipments', 'carrier-performance.carrier-kpis'],
    ports: [
      {
        name: 'freight-costs',
        description: 'Freight cost per shipment.',
        version: '1.1.0',
        server: 'redshift',
        tables: [
          table(
            'freight_costs',
            'Freight costs',
            'One row per shipment.',
            [
              shipmentId({ primaryKey: true, unique: true }),
              carrierId(),
              amount('freight_cost', 'Freight cost', 'Cost in EUR excluding VAT.'),
              column(
                'weight_kg',
                'double',
                'internal',
                'Weight',
                'Billed weight in kilograms.',
                [1.8],
                { required: true, nonNegative: true },
              ),
              column(
                'is_estimate',
                'boolean',
                'internal',
                'Estimate',
                'True until the carrier invoice is matched.',
                [false],
                { required: true },
              ),
              date('invoice_month', 'Invoice month', 'Month of the carrier invoice.', {
                required: false,
                maxNullPercent: 10,
              }),
            ],
            8_000_000,
          ),
        ],
        sla: dailySla('06:00Z', '2023-03-06T06:00:00Z'),
      },
    ],
  },
  {
    id: 'reverse-logistics',
    name: 'Reverse Logistics',
    version: '1.4.2',
    status: 'deprecated',
    domain: 'logistics',
    team: teams.logisticsPlatform,
    purpose: 'Return parcels on their way back to the returns centre, from the old returns portal.',
    limitations:
      '**Deprecated**: the new returns portal writes to *Returns and Refunds*. Support ends 31 December 2025.',
    usage: 'Only for returns registered before the switch on 1 October 2024.',
    tags: ['returns', 'logistics', 'legacy'],
    inputs: ['returns-and-refunds.returns'],
    ports: [
      {
        name: 'return-shipments',
        description: 'Return parcels and their status.',
        version: '1.4.2',
        server: 'postgres',
        tables: [
          table(
            'return_shipments',
            'Return shipments',
            'One row per return parcel.',
            [
              idColumn(
                'return_shipment_id',
                'Return shipment ID',
                'Identifier of the return parcel.',
                ['RS-0081123'],
              ),
              column(
                'return_id',
                'string',
                'internal',
                'Return ID',
                'Return case the parcel belongs to.',
                ['RET-2024-119203'],
                { required: true },
              ),
              carrierId(),
              status('return_status', 'Status', 'Where the parcel is.', [
                'announced',
                'in_transit',
                'received',
                'inspected',
              ]),
              timestamp('announced_at', 'Announced at', 'When the return was registered (UTC).'),
              updatedAt(),
            ],
            100_000,
          ),
        ],
        sla: dailySla('04:00Z', '2019-03-01T06:00:00Z', deprecation),
      },
    ],
  },
];
