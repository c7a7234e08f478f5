/** Demo mesh, logistics domain: parcels out, goods in, and what it all costs. */
import {
  carrierId,
  column,
  countryCode,
  date,
  idColumn,
  orderId,
  quantity,
  score,
  shipmentId,
  status,
  table,
  timestamp,
  warehouseId,
} from './column-templates';
import { city, fullName, phone, postalCode, streetAddress } from './personal-data-columns';
import type { ProductSpec } from './seed-types';
import { dailySla, operationalSla, streamingSla } from './sla-presets';
import { teams } from './teams';

const trackingStatuses = [
  'label_created',
  'picked_up',
  'in_transit',
  'out_for_delivery',
  'delivered',
  'failed_attempt',
  'returned_to_sender',
];

export const logisticsProducts: ProductSpec[] = [
  {
    id: 'outbound-shipments',
    name: 'Outbound Shipments',
    version: '2.3.0',
    status: 'active',
    domain: 'logistics',
    team: teams.logisticsPlatform,
    purpose:
      'Every parcel that leaves a warehouse or store for a customer, with carrier, recipient and promised delivery date.',
    limitations: 'Recipient names and addresses are personal data; the read role masks them.',
    usage: 'Join to orders on `order_id`; an order can ship in several parcels.',
    tags: ['shipments', 'logistics', 'parcels', 'delivery', 'pii'],
    inputs: ['sales-orders.orders', 'customer-profiles.profiles'],
    ports: [
      {
        name: 'shipments',
        description: 'Outbound parcels, replicated from the warehouse management system.',
        version: '2.3.0',
        server: 'postgres',
        tables: [
          table(
            'shipments',
            'Shipments',
            'One row per parcel.',
            [
              shipmentId({ primaryKey: true, unique: true }),
              orderId(),
              warehouseId(),
              carrierId(),
              fullName({ name: 'recipient_name', businessName: 'Recipient', required: true }),
              streetAddress({ name: 'delivery_street', businessName: 'Delivery street' }),
              postalCode({ name: 'delivery_postal_code', businessName: 'Delivery postal code' }),
              city({ name: 'delivery_city', businessName: 'Delivery city' }),
              countryCode({ name: 'delivery_country' }),
              phone({
                name: 'recipient_phone',
                businessName: 'Recipient phone',
                description: 'Phone number the carrier may call.',
              }),
              timestamp(
                'shipped_at',
                'Shipped at',
                'When the parcel was handed to the carrier (UTC).',
              ),
              date(
                'promised_delivery_date',
                'Promised delivery',
                'Delivery date promised at checkout.',
              ),
            ],
            8_000_000,
            {
              rules: ['Every parcel shipped more than a day ago has at least one tracking event.'],
            },
          ),
        ],
        sla: operationalSla('2021-10-04T08:00:00Z'),
      },
    ],
  },
  {
    id: 'shipment-tracking-events',
    name: 'Shipment Tracking Events',
    version: '1.5.0',
    status: 'active',
    domain: 'logistics',
    team: teams.logisticsPlatform,
    purpose:
      'Scan events from all parcel carriers, normalised to one set of statuses, as they arrive from the carriers\u2019 webhooks.',
    limitations:
      'Carriers report with a delay of a few minutes up to an hour; PostNL reports `out_for_delivery` only in the Netherlands.',
    usage: 'Key is `shipment_id`; the latest event per shipment is its current status.',
    tags: ['tracking', 'logistics', 'carriers', 'real-time', 'streaming'],
    inputs: ['outbound-shipments.shipments'],
    ports: [
      {
        name: 'tracking-events',
        description: 'Normalised carrier scan events as JSON.',
        version: '1.5.0',
        server: 'kafka',
        format: 'json',
        tables: [
          table(
            'tracking_event',
            'Tracking events',
            'One message per carrier scan.',
            [
              idColumn(
                'event_id',
                'Event ID',
                'Identifier of the event (UUID).',
                ['7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d'],
                { format: 'uuid' },
              ),
              shipmentId(),
              carrierId(),
              status(
                'tracking_status',
                'Status',
                'Normalised status of the scan.',
                trackingStatuses,
              ),
              column(
                'scan_location',
                'string',
                'public',
                'Scan location',
                'Depot or city of the scan.',
                ['Hamburg-Billbrook'],
                { required: false },
              ),
              timestamp('scanned_at', 'Scanned at', 'When the carrier scanned the parcel (UTC).'),
            ],
            500_000,
          ),
        ],
        sla: streamingSla(60, '2022-05-02T08:00:00Z', { retention: { value: 30, unit: 'd' } }),
      },
    ],
  },
  {
    id: 'carrier-performance',
    name: 'Carrier Performance',
    version: '1.1.0',
    status: 'active',
    domain: 'logistics',
    team: teams.logisticsPlatform,
    purpose:
      'On-time delivery rate, transit time and failed attempts per carrier, country and day, for carrier reviews.',
    limitations: 'Parcels without a delivery scan after 14 days are counted as late.',
    usage: 'Read the Parquet files with DuckDB or Spark; partitioned by `delivery_date`.',
    tags: ['carriers', 'kpi', 'logistics', 'delivery'],
    inputs: ['shipment-tracking-events.tracking-events', 'outbound-shipments.shipments'],
    ports: [
      {
        name: 'carrier-kpis',
        description: 'Carrier KPIs per day and country.',
        version: '1.1.0',
        server: 's3',
        tables: [
          table(
            'carrier_daily_kpis',
            'Carrier daily KPIs',
            'One row per carrier, country and delivery date.',
            [
              carrierId({ primaryKey: true }),
              countryCode({ primaryKey: true }),
              date('delivery_date', 'Delivery date', 'Day the parcels were delivered.', {
                primaryKey: true,
              }),
              quantity('parcels_delivered', 'Parcels delivered', 'Parcels delivered that day.'),
              score('on_time_rate', 'On-time rate', 'Share delivered by the promised date (0-1).'),
              column(
                'avg_transit_hours',
                'double',
                'internal',
                'Average transit time',
                'Hours from pick-up to delivery.',
                [31.5],
                { required: true, nonNegative: true },
              ),
              quantity('failed_attempts', 'Failed attempts', 'Delivery attempts that failed.'),
            ],
            20_000,
          ),
        ],
        sla: dailySla('09:00Z', '2023-01-02T09:00:00Z'),
      },
    ],
  },
];
