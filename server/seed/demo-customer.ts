/** Demo mesh, customer domain: who the customers are, what they bought, and what they may do next. */
import {
  amount,
  channel,
  column,
  countryCode,
  currency,
  customerId,
  date,
  idColumn,
  orderId,
  quantity,
  status,
  storeId,
  table,
  timestamp,
  updatedAt,
} from './column-templates';
import {
  city,
  email,
  firstName,
  lastName,
  phone,
  postalCode,
  streetAddress,
} from './personal-data-columns';
import type { ProductSpec } from './seed-types';
import { dailySla, operationalSla, streamingSla } from './sla-presets';
import { teams } from './teams';

export const customerProducts: ProductSpec[] = [
  {
    id: 'customer-profiles',
    name: 'Customer Profiles',
    version: '5.0.0',
    status: 'active',
    domain: 'customer',
    team: teams.customer360,
    purpose:
      'The master record of every registered customer: contact details, address and account state. Other products join on `customer_id` instead of copying these details.',
    limitations:
      'Contains personal data. Read access masks names, emails, phone numbers and addresses; unmasked access needs a documented legal basis.\n\n- Guest checkouts have no profile.\n- Deleted accounts are removed within 30 days (GDPR erasure).',
    usage:
      'Join on `customer_id`. Subscribe to `profile-changes` to keep a copy up to date instead of re-reading the table.',
    tags: ['customer', 'master-data', 'pii', 'gdpr', 'source-aligned'],
    inputs: [],
    ports: [
      {
        name: 'profiles',
        description: 'Current customer profiles, replicated from the customer account service.',
        version: '5.0.0',
        server: 'postgres',
        tables: [
          table(
            'customers',
            'Customers',
            'One row per registered customer account.',
            [
              customerId({ primaryKey: true, unique: true, criticalDataElement: true }),
              email({ required: true, maxNullPercent: undefined, unique: true }),
              firstName(),
              lastName(),
              phone(),
              streetAddress(),
              postalCode(),
              city(),
              countryCode(),
              date(
                'date_of_birth',
                'Date of birth',
                'Birth date, when the customer gave it for birthday offers.',
                { classification: 'pii', required: false, maxNullPercent: 60 },
              ),
              status('account_status', 'Account status', 'State of the account.', [
                'active',
                'locked',
                'pending_deletion',
              ]),
              timestamp('registered_at', 'Registered at', 'When the account was created (UTC).'),
              updatedAt(),
            ],
            4_000_000,
            {
              granularity: 'One row per customer account',
              rules: ['An email address belongs to at most one active account.'],
            },
          ),
        ],
        sla: operationalSla('2020-11-02T08:00:00Z'),
      },
      {
        name: 'profile-changes',
        description: 'An event whenever a profile is created, changed or erased.',
        version: '2.1.0',
        server: 'kafka',
        format: 'avro',
        tables: [
          table(
            'customer_profile_changed',
            'Profile changes',
            'Change events of customer profiles, keyed by customer.',
            [
              idColumn(
                'event_id',
                'Event ID',
                'Unique identifier of the event (UUID).',
                ['0b6e8f2a-3c4d-4e5f-9a8b-7c6d5e4f3a2b'],
                { format: 'uuid' },
              ),
              customerId(),
              status('change_type', 'Change type', 'What happened to the profile.', [
                'created',
                'updated',
                'erased',
              ]),
              column(
                'changed_fields',
                'string',
                'internal',
                'Changed fields',
                'Comma-separated names of the fields that changed.',
                ['email,phone_number'],
                { required: false },
              ),
              timestamp('occurred_at', 'Occurred at', 'When the change was made (UTC).'),
            ],
            10_000,
          ),
        ],
        sla: streamingSla(10, '2023-02-06T08:00:00Z'),
      },
    ],
  },
  {
    id: 'customer-purchase-history',
    name: 'Customer Purchase History',
    version: '2.3.0',
    status: 'active',
    domain: 'customer',
    team: teams.customer360,
    purpose:
      'Every purchase of every known customer across web, app, marketplace and stores, and a per-customer summary of their buying. It is the basis for churn, lifetime value and segmentation.',
    limitations:
      'Only purchases we can tie to a customer: store receipts without a loyalty card are missing. Contains email addresses (personal data).',
    usage:
      'Use `customer_purchase_summary` for one row per customer; use `purchases` for order-level analysis.\n\n**Tip:** filter on `ordered_at` to keep queries fast.',
    tags: ['customer', 'purchases', 'orders', 'history', 'pii'],
    inputs: [
      'sales-orders.orders',
      'point-of-sale-transactions.transactions',
      'customer-profiles.profiles',
      'returns-and-refunds.returns',
    ],
    ports: [
      {
        name: 'purchases',
        description: 'One row per purchase by a known customer, online and in store.',
        version: '2.3.0',
        server: 'snowflake',
        tables: [
          table(
            'purchases',
            'Purchases',
            'Orders and loyalty-card receipts, by customer.',
            [
              idColumn(
                'purchase_id',
                'Purchase ID',
                'Order ID for online purchases, receipt ID for store purchases.',
                ['ORD-2024-0048213', 'ST-0112-04-000318'],
              ),
              customerId({ criticalDataElement: true }),
              email({ description: 'Email address of the customer at the time of purchase.' }),
              orderId({
                required: false,
                maxNullPercent: 45,
                description: 'Order ID when the purchase was made online.',
              }),
              channel(),
              storeId(),
              timestamp('ordered_at', 'Purchased at', 'When the purchase was made (UTC).'),
              amount('purchase_amount', 'Purchase amount', 'Amount paid including VAT.'),
              amount('refunded_amount', 'Refunded amount', 'Amount refunded so far for returns.'),
              currency(),
              quantity('item_count', 'Items', 'Number of articles bought.'),
            ],
            30_000_000,
            {
              rules: [
                'A purchase appears once, even when it was paid with several payment methods.',
              ],
            },
          ),
        ],
        sla: dailySla('05:30Z', '2022-03-14T06:00:00Z', { availability: 99.5 }),
      },
      {
        name: 'customer-summary',
        description: 'One row per customer summarising their purchases to date.',
        version: '2.1.0',
        server: 'snowflake',
        tables: [
          table(
            'customer_purchase_summary',
            'Customer purchase summary',
            'Lifetime purchase figures per customer.',
            [
              customerId({ primaryKey: true, unique: true }),
              email({ description: 'Current email address of the customer.' }),
              date('first_purchase_date', 'First purchase', 'Date of the first purchase.'),
              date('last_purchase_date', 'Last purchase', 'Date of the latest purchase.'),
              quantity('purchase_count', 'Purchases', 'Number of purchases to date.'),
              amount(
                'lifetime_revenue',
                'Lifetime revenue',
                'Sum of purchase amounts minus refunds, excluding VAT.',
              ),
              amount(
                'average_basket',
                'Average basket',
                'Lifetime revenue divided by the number of purchases.',
              ),
              status('preferred_channel', 'Preferred channel', 'Channel of most purchases.', [
                'online',
                'store',
                'marketplace',
                'app',
              ]),
            ],
            3_000_000,
          ),
        ],
        sla: dailySla('06:00Z', '2022-03-14T06:00:00Z', { availability: 99.5 }),
        sampleQueries: [
          {
            name: 'Top customers by lifetime revenue',
            description:
              'The 50 customers with the highest lifetime revenue, with their email for a VIP mailing (needs the PII reader role).',
            query:
              'SELECT CUSTOMER_ID, EMAIL, PURCHASE_COUNT, LIFETIME_REVENUE\nFROM CUSTOMER_DB.CUSTOMER_PURCHASE_HISTORY.CUSTOMER_PURCHASE_SUMMARY\nORDER BY LIFETIME_REVENUE DESC\nLIMIT 50',
          },
          {
            name: 'Customers who have not bought for a year',
            description:
              'Customers whose last purchase is more than 365 days ago, by preferred channel.',
            query:
              'SELECT PREFERRED_CHANNEL, COUNT(*) AS CUSTOMERS\nFROM CUSTOMER_DB.CUSTOMER_PURCHASE_HISTORY.CUSTOMER_PURCHASE_SUMMARY\nWHERE LAST_PURCHASE_DATE < DATEADD(DAY, -365, CURRENT_DATE())\nGROUP BY PREFERRED_CHANNEL\nORDER BY CUSTOMERS DESC',
          },
        ],
      },
    ],
  },
];
