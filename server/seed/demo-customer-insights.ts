/** Demo mesh, customer domain: models and views derived from customer data, and a legacy CRM. */
import {
  amount,
  column,
  customerId,
  date,
  flag,
  idColumn,
  score,
  status,
  table,
  timestamp,
} from './column-templates';
import { email, fullName, ipAddress, phone } from './personal-data-columns';
import type { ProductSpec } from './seed-types';
import { dailySla, deprecation, weeklySla } from './sla-presets';
import { teams } from './teams';

const segments = ['champions', 'loyal', 'promising', 'at_risk', 'hibernating', 'new'];

export const customerInsightProducts: ProductSpec[] = [
  {
    id: 'customer-churn-scores',
    name: 'Customer Churn Scores',
    version: '2.0.0',
    status: 'active',
    domain: 'customer',
    team: teams.customerInsights,
    purpose:
      'The probability that each active customer stops buying in the next 90 days, with the main reasons, refreshed weekly by the churn model.',
    limitations:
      'Scores are predictions, not facts. The model is retrained quarterly; compare scores only within one `model_version`.',
    usage:
      'Customers with `churn_probability` above 0.7 are good candidates for win-back campaigns.\n\nModel card: [churn model v2](https://intranet.northwind.example/models/churn-v2).',
    tags: ['customer', 'churn', 'machine-learning', 'prediction', 'retention'],
    inputs: [
      'customer-purchase-history.customer-summary',
      'customer-support-tickets.tickets',
      'web-sessions.sessions',
      'loyalty-memberships.memberships',
    ],
    ports: [
      {
        name: 'churn-scores',
        description: 'Latest churn score per customer.',
        version: '2.0.0',
        server: 'databricks',
        tables: [
          table(
            'churn_scores',
            'Churn scores',
            'One row per active customer and scoring run.',
            [
              customerId({ primaryKey: true }),
              date('scored_on', 'Scored on', 'Date of the scoring run.', { primaryKey: true }),
              score(
                'churn_probability',
                'Churn probability',
                'Probability (0-1) that the customer makes no purchase in the next 90 days.',
              ),
              status('risk_band', 'Risk band', 'Probability grouped into bands.', [
                'low',
                'medium',
                'high',
              ]),
              column(
                'top_reason',
                'string',
                'internal',
                'Main reason',
                'Feature that contributed most to the score.',
                ['days_since_last_purchase'],
                { length: 64, required: true },
              ),
              column(
                'model_version',
                'string',
                'internal',
                'Model version',
                'Version of the model that produced the score.',
                ['churn-v2.3'],
                { length: 16, required: true },
              ),
            ],
            2_000_000,
            {
              rules: [
                'Every customer with a purchase in the last 24 months has a score from the latest run.',
              ],
            },
          ),
        ],
        sla: weeklySla('06:00Z', '2023-01-16T06:00:00Z'),
      },
    ],
  },
  {
    id: 'customer-lifetime-value',
    name: 'Customer Lifetime Value',
    version: '1.1.0',
    status: 'active',
    domain: 'customer',
    team: teams.customerInsights,
    purpose:
      'Predicted revenue of each customer over the next 24 months, to decide how much to invest in keeping them.',
    limitations:
      'Predictions for customers with fewer than two purchases are unreliable and flagged as such.',
    usage: 'Rank or bucket customers by `predicted_clv`; do not add it up as a revenue forecast.',
    tags: ['customer', 'clv', 'lifetime-value', 'machine-learning'],
    inputs: ['customer-purchase-history.customer-summary', 'customer-churn-scores.churn-scores'],
    ports: [
      {
        name: 'clv',
        description: 'Predicted lifetime value per customer.',
        version: '1.1.0',
        server: 'snowflake',
        tables: [
          table(
            'customer_lifetime_value',
            'Customer lifetime value',
            'One row per customer.',
            [
              customerId({ primaryKey: true, unique: true }),
              amount(
                'predicted_clv',
                'Predicted CLV',
                'Expected revenue over the next 24 months, excluding VAT.',
              ),
              amount('historic_revenue', 'Historic revenue', 'Revenue to date, excluding VAT.'),
              status('value_tier', 'Value tier', 'Customers grouped by predicted value.', [
                'top',
                'high',
                'medium',
                'low',
              ]),
              flag(
                'low_confidence',
                'Low confidence',
                'True when the prediction rests on too little history.',
              ),
              date('calculated_on', 'Calculated on', 'Date of the calculation.'),
            ],
            2_000_000,
          ),
        ],
        sla: weeklySla('07:00Z', '2023-06-05T07:00:00Z'),
      },
    ],
  },
  {
    id: 'customer-segments',
    name: 'Customer Segments',
    version: '1.4.0',
    status: 'active',
    domain: 'customer',
    team: teams.customerInsights,
    purpose:
      'Every customer in one RFM segment (champions, loyal, at risk, …), shared with marketing for targeting and reporting.',
    limitations:
      'Segments are recalculated weekly; a customer can move between segments from one week to the next.',
    usage: 'Filter audiences with `segment`. Compare segment sizes over time with `valid_from`.',
    tags: ['customer', 'segmentation', 'rfm', 'marketing'],
    inputs: ['customer-lifetime-value.clv', 'customer-purchase-history.purchases'],
    ports: [
      {
        name: 'segments',
        description: 'Current segment of every customer.',
        version: '1.4.0',
        server: 'bigquery',
        tables: [
          table(
            'customer_segments',
            'Customer segments',
            'One row per customer.',
            [
              customerId({ primaryKey: true, unique: true }),
              status('segment', 'Segment', 'RFM segment of the customer.', segments),
              column(
                'recency_score',
                'integer',
                'internal',
                'Recency score',
                'Score 1-5: how recently the customer bought.',
                [5, 2],
                { required: true },
              ),
              column(
                'frequency_score',
                'integer',
                'internal',
                'Frequency score',
                'Score 1-5: how often the customer buys.',
                [4, 1],
                { required: true },
              ),
              column(
                'monetary_score',
                'integer',
                'internal',
                'Monetary score',
                'Score 1-5: how much the customer spends.',
                [3, 5],
                { required: true },
              ),
              date('valid_from', 'Valid from', 'Date the customer entered the segment.'),
            ],
            3_000_000,
          ),
        ],
        sla: weeklySla('08:00Z', '2022-10-03T08:00:00Z'),
      },
    ],
  },
  {
    id: 'customer-identity-graph',
    name: 'Customer Identity Graph',
    version: '0.3.0',
    status: 'draft',
    domain: 'customer',
    team: teams.customer360,
    purpose:
      'Links the devices and browsers we see to known customers, so web behaviour can be attributed to a customer.',
    limitations:
      'Draft. Contains IP addresses and device identifiers; only linked for customers who consented to personalisation.',
    usage: 'Join web sessions to customers through `device_id`.',
    tags: ['customer', 'identity', 'pii', 'web'],
    inputs: ['web-sessions.sessions', 'customer-profiles.profiles', 'customer-consents.consents'],
    ports: [
      {
        name: 'identity-links',
        description: 'Device-to-customer links with their confidence.',
        version: '0.3.0',
        server: 'bigquery',
        tables: [
          table(
            'identity_links',
            'Identity links',
            'One row per device and customer pair.',
            [
              idColumn(
                'device_id',
                'Device ID',
                'First-party cookie or app installation ID.',
                ['d-7f3a9c21b4'],
                { classification: 'pii', unique: false },
              ),
              customerId({ primaryKey: true }),
              ipAddress({
                name: 'last_ip_address',
                businessName: 'Last IP address',
                description: 'Latest IP address seen for the device.',
              }),
              status('link_method', 'Link method', 'How the device was linked.', [
                'login',
                'email_click',
                'probabilistic',
              ]),
              score(
                'confidence',
                'Confidence',
                'Confidence (0-1) that the device belongs to the customer.',
              ),
              timestamp('last_seen_at', 'Last seen', 'Last time the device was seen (UTC).'),
            ],
            5_000_000,
          ),
        ],
        sla: dailySla('06:00Z', '2026-03-02T06:00:00Z'),
      },
    ],
  },
  {
    id: 'legacy-crm-contacts',
    name: 'Legacy CRM Contacts',
    version: '4.8.1',
    status: 'deprecated',
    domain: 'customer',
    team: teams.customer360,
    purpose:
      'Contacts from the CRM that was replaced by the customer account service in 2023, for products that have not migrated yet.',
    limitations:
      '**Deprecated**: support ends on 31 December 2025. Migrate to *Customer Profiles*; see the [migration guide](https://intranet.northwind.example/wiki/crm-migration).',
    usage:
      'Mapping: `ContactId` is the old customer number; `customer_id` in Customer Profiles replaces it.',
    tags: ['customer', 'crm', 'legacy', 'pii'],
    inputs: [],
    ports: [
      {
        name: 'contacts',
        description: 'Frozen copy of the CRM contact table.',
        version: '4.8.1',
        server: 'postgres',
        tables: [
          table(
            'crm_contacts',
            'CRM contacts',
            'One row per CRM contact, as the CRM stored it.',
            [
              idColumn(
                'ContactId',
                'Contact ID',
                'Customer number in the old CRM.',
                ['100482771'],
                { length: 12 },
              ),
              fullName({ name: 'FullName', required: true }),
              email({ name: 'EmailAddress' }),
              phone({ name: 'PhoneNumber' }),
              column(
                'Segment',
                'string',
                'internal',
                'Segment',
                'Customer segment as the CRM defined it.',
                ['A', 'B'],
                { length: 2, required: false },
              ),
              timestamp(
                'LastModified',
                'Last modified',
                'When the contact was last changed in the CRM.',
              ),
            ],
            2_500_000,
            { physicalName: 'CrmContacts' },
          ),
        ],
        sla: dailySla('03:00Z', '2016-05-01T00:00:00Z', deprecation),
      },
    ],
  },
];
