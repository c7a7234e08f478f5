/** Demo mesh, marketing domain: engagement, performance, audiences and attribution. */
import {
  amount,
  campaignId,
  column,
  countryCode,
  customerId,
  date,
  idColumn,
  orderId,
  quantity,
  score,
  status,
  table,
  timestamp,
  updatedAt,
} from './column-templates';
import { email, firstName } from './personal-data-columns';
import { mediaChannels } from './demo-marketing';
import type { ProductSpec } from './seed-types';
import { dailySla } from './sla-presets';
import { teams } from './teams';

export const marketingActivationProducts: ProductSpec[] = [
  {
    id: 'email-engagement',
    name: 'Email Engagement Events',
    version: '1.0.3',
    status: 'active',
    domain: 'marketing',
    team: teams.growthMarketing,
    purpose:
      'Sends, opens, clicks, bounces and unsubscribes of marketing emails, exported daily from the email service provider.',
    limitations:
      'Opens are unreliable since mail clients pre-load images; prefer clicks. Contains email addresses.',
    usage: 'Read with DuckDB, Spark or Athena; files are partitioned by `event_date`.',
    tags: ['email', 'crm', 'engagement', 'marketing', 'pii'],
    inputs: ['marketing-campaigns.campaigns'],
    ports: [
      {
        name: 'email-events',
        description: 'Engagement events of marketing emails as Parquet files.',
        version: '1.0.3',
        server: 's3',
        tables: [
          table(
            'email_events',
            'Email events',
            'One row per email event.',
            [
              idColumn('event_id', 'Event ID', 'Identifier of the event at the email provider.', [
                'evt_9a8b7c6d',
              ]),
              campaignId(),
              email({
                name: 'recipient_email',
                businessName: 'Recipient',
                description: 'Address the email was sent to.',
              }),
              status('event_type', 'Event type', 'What happened.', [
                'sent',
                'delivered',
                'opened',
                'clicked',
                'bounced',
                'unsubscribed',
              ]),
              timestamp('occurred_at', 'Occurred at', 'When it happened (UTC).'),
              date('event_date', 'Event date', 'Date of the event, the partition key.', {
                classification: 'public',
              }),
            ],
            20_000_000,
          ),
        ],
        sla: dailySla('04:00Z', '2023-03-01T06:00:00Z', { retention: { value: 400, unit: 'd' } }),
      },
    ],
  },
  {
    id: 'campaign-performance',
    name: 'Campaign Performance',
    version: '2.0.0',
    status: 'active',
    domain: 'marketing',
    team: teams.marketingScience,
    purpose:
      'Daily spend, reach, sessions, orders and revenue per campaign, so campaign managers can compare cost per order across channels.',
    limitations:
      'Orders are attributed last-click within 7 days; see *Multi-Touch Attribution* once it is active.',
    usage:
      'Compute ROAS as `attributed_revenue / spend` over a period, not as an average of daily values.',
    tags: ['campaigns', 'performance', 'roas', 'marketing', 'kpi'],
    inputs: [
      'marketing-campaigns.campaigns',
      'web-sessions.sessions',
      'sales-orders.orders',
      'email-engagement.email-events',
    ],
    ports: [
      {
        name: 'daily-performance',
        description: 'Performance per campaign and day.',
        version: '2.0.0',
        server: 'bigquery',
        tables: [
          table(
            'campaign_daily_performance',
            'Campaign daily performance',
            'One row per campaign and day.',
            [
              campaignId({ primaryKey: true }),
              date('performance_date', 'Date', 'Day the figures are for.', { primaryKey: true }),
              status('media_channel', 'Media channel', 'Channel of the campaign.', mediaChannels),
              amount('spend', 'Spend', 'Media spend in EUR excluding VAT.'),
              quantity('sessions', 'Sessions', 'Sessions that came from the campaign.'),
              quantity(
                'attributed_orders',
                'Orders',
                'Orders attributed last-click within 7 days.',
              ),
              amount(
                'attributed_revenue',
                'Revenue',
                'Revenue of attributed orders excluding VAT.',
              ),
            ],
            100_000,
          ),
        ],
        sla: dailySla('07:00Z', '2022-04-04T07:00:00Z'),
      },
    ],
  },
  {
    id: 'marketing-audiences',
    name: 'Marketing Audiences',
    version: '1.7.0',
    status: 'active',
    domain: 'marketing',
    team: teams.growthMarketing,
    purpose:
      'Ready-to-send audiences for email and paid social, built from segments and churn scores and filtered by marketing consent.',
    limitations:
      'Members without `email_marketing` consent are never included. Audiences are rebuilt daily; do not keep copies for longer than a week.',
    usage:
      'Pick an `audience_code` and export its members to the email provider or an ads platform.\n\nAudiences:\n- `winback_high_risk`: high churn risk, previously loyal\n- `vip`: top value tier\n- `new_welcome`: registered in the last 30 days',
    tags: ['audiences', 'marketing', 'targeting', 'pii', 'activation'],
    inputs: [
      'customer-churn-scores.churn-scores',
      'customer-segments.segments',
      'customer-consents.consents',
      'customer-profiles.profiles',
    ],
    ports: [
      {
        name: 'audience-members',
        description: 'Members of every active audience with the address to reach them at.',
        version: '1.7.0',
        server: 'bigquery',
        tables: [
          table(
            'audience_members',
            'Audience members',
            'One row per audience and customer.',
            [
              column(
                'audience_code',
                'string',
                'internal',
                'Audience',
                'Code of the audience.',
                ['winback_high_risk', 'vip'],
                {
                  length: 40,
                  required: true,
                  primaryKey: true,
                  validValues: ['winback_high_risk', 'vip', 'new_welcome', 'lapsed_app_users'],
                },
              ),
              customerId({ primaryKey: true }),
              email(),
              firstName({ description: 'First name, for personalised greetings.' }),
              countryCode(),
              score(
                'churn_probability',
                'Churn probability',
                'Latest churn score of the customer.',
                { required: false },
              ),
              date('added_on', 'Added on', 'Date the customer joined the audience.'),
            ],
            200_000,
          ),
        ],
        sla: dailySla('06:30Z', '2023-04-03T06:30:00Z'),
      },
    ],
  },
  {
    id: 'multi-touch-attribution',
    name: 'Multi-Touch Attribution',
    version: '0.2.0',
    status: 'draft',
    domain: 'marketing',
    team: teams.marketingScience,
    purpose:
      'Credit for each order shared among all the marketing touchpoints that led to it, with a data-driven model.',
    limitations: 'Draft: figures are being reconciled with Campaign Performance and may change.',
    usage: 'Sum `attributed_revenue` per channel to compare channels fairly.',
    tags: ['attribution', 'marketing', 'machine-learning'],
    inputs: [
      'web-sessions.sessions',
      'campaign-performance.daily-performance',
      'sales-orders.orders',
    ],
    ports: [
      {
        name: 'attributed-conversions',
        description: 'Share of each order credited to each touchpoint.',
        version: '0.2.0',
        server: 'databricks',
        tables: [
          table(
            'attributed_conversions',
            'Attributed conversions',
            'One row per order and touchpoint.',
            [
              orderId({ primaryKey: true }),
              column(
                'touchpoint_id',
                'string',
                'internal',
                'Touchpoint',
                'Session or email event that touched the customer.',
                ['s-20240312-77a0'],
                { required: true, primaryKey: true },
              ),
              status('media_channel', 'Media channel', 'Channel of the touchpoint.', mediaChannels),
              score(
                'credit_share',
                'Credit share',
                'Share of the order credited to the touchpoint (0-1).',
              ),
              amount(
                'attributed_revenue',
                'Attributed revenue',
                'Order revenue times credit share, excluding VAT.',
              ),
              updatedAt(),
            ],
            1_000_000,
          ),
        ],
        sla: dailySla('08:00Z', '2026-01-12T08:00:00Z'),
      },
    ],
  },
];
