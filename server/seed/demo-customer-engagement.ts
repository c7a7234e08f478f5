/** Demo mesh, customer domain: service tickets, marketing consents and the loyalty programme. */
import {
  column,
  customerId,
  date,
  flag,
  idColumn,
  quantity,
  status,
  table,
  timestamp,
  updatedAt,
} from './column-templates';
import { email, ipAddress } from './personal-data-columns';
import type { ProductSpec } from './seed-types';
import { dailySla, operationalSla } from './sla-presets';
import { teams } from './teams';

export const customerEngagementProducts: ProductSpec[] = [
  {
    id: 'customer-support-tickets',
    name: 'Customer Support Tickets',
    version: '1.6.0',
    status: 'active',
    domain: 'customer',
    team: teams.customer360,
    purpose:
      'Tickets customers open with customer service by email, chat or phone, with topic, resolution and satisfaction.',
    limitations:
      'Ticket texts are not included, only their classification. The requester email is personal data.',
    usage: 'Join to customer profiles on `customer_id`; tickets from unknown senders have none.',
    tags: ['customer', 'support', 'service', 'tickets', 'pii'],
    inputs: ['customer-profiles.profiles'],
    ports: [
      {
        name: 'tickets',
        description: 'Support tickets with their topic, handling times and satisfaction score.',
        version: '1.6.0',
        server: 'postgres',
        tables: [
          table(
            'tickets',
            'Support tickets',
            'One row per support ticket.',
            [
              idColumn('ticket_id', 'Ticket ID', 'Identifier of the ticket in the helpdesk.', [
                'TCK-5520913',
              ]),
              customerId({ required: false, maxNullPercent: 15 }),
              email({
                name: 'requester_email',
                businessName: 'Requester email',
                description: 'Email address the ticket came from.',
              }),
              status('contact_channel', 'Contact channel', 'How the customer got in touch.', [
                'email',
                'chat',
                'phone',
                'social',
              ]),
              status('topic', 'Topic', 'What the ticket is about.', [
                'delivery',
                'return',
                'payment',
                'product',
                'account',
                'other',
              ]),
              timestamp('opened_at', 'Opened at', 'When the ticket was opened (UTC).'),
              timestamp(
                'resolved_at',
                'Resolved at',
                'When the ticket was closed as solved (UTC).',
                { required: false, maxNullPercent: 10 },
              ),
              column(
                'satisfaction_score',
                'integer',
                'internal',
                'Satisfaction',
                'Score from 1 to 5 the customer gave after resolution.',
                [5, 2],
                { required: false, maxNullPercent: 80 },
              ),
            ],
            800_000,
          ),
        ],
        sla: dailySla('05:00Z', '2023-05-02T06:00:00Z'),
      },
    ],
  },
  {
    id: 'customer-consents',
    name: 'Customer Marketing Consents',
    version: '1.2.0',
    status: 'active',
    domain: 'customer',
    team: teams.customer360,
    purpose:
      'Which customer agreed to which kind of marketing, when, and through which form. Every audience must be filtered with it before sending.',
    limitations:
      'Only the latest decision per customer and purpose is kept here; the full audit trail stays in the consent service.',
    usage:
      'Keep customers with `granted = true` for the purpose of your campaign. Do **not** cache this data for more than 24 hours.',
    tags: ['customer', 'consent', 'gdpr', 'privacy', 'marketing'],
    inputs: [],
    ports: [
      {
        name: 'consents',
        description: 'Latest consent decision per customer and purpose.',
        version: '1.2.0',
        server: 'postgres',
        tables: [
          table(
            'consents',
            'Consents',
            'One row per customer and consent purpose.',
            [
              customerId({ primaryKey: true }),
              status(
                'purpose',
                'Purpose',
                'What the customer agreed or refused to.',
                ['email_marketing', 'sms_marketing', 'personalisation', 'third_party_ads'],
                { primaryKey: true },
              ),
              flag('granted', 'Granted', 'Whether the customer agreed.', {
                classification: 'restricted',
              }),
              status('source', 'Source', 'Where the decision was made.', [
                'checkout',
                'account_settings',
                'newsletter_form',
                'store_signup',
              ]),
              ipAddress({
                required: false,
                maxNullPercent: 30,
                description: 'IP address the decision was made from, kept as proof of consent.',
              }),
              timestamp('decided_at', 'Decided at', 'When the customer made the decision (UTC).'),
            ],
            6_000_000,
          ),
        ],
        sla: operationalSla('2021-05-25T08:00:00Z', { retention: { value: 10, unit: 'y' } }),
      },
    ],
  },
  {
    id: 'loyalty-memberships',
    name: 'Loyalty Program Memberships',
    version: '3.0.2',
    status: 'active',
    domain: 'customer',
    team: teams.customer360,
    purpose: 'Members of the Northwind Rewards programme, their tier and points balance.',
    limitations: 'Points expire after 24 months; the balance shown is after expiry.',
    usage: 'Join on `customer_id`. Tiers are recalculated on the first day of each month.',
    tags: ['customer', 'loyalty', 'rewards', 'membership'],
    inputs: ['customer-profiles.profiles', 'point-of-sale-transactions.transactions'],
    ports: [
      {
        name: 'memberships',
        description: 'Current membership, tier and points balance per member.',
        version: '3.0.2',
        server: 'postgres',
        tables: [
          table(
            'memberships',
            'Memberships',
            'One row per programme member.',
            [
              idColumn(
                'card_number',
                'Card number',
                'Number printed on the loyalty card.',
                ['6001234567890'],
                { classification: 'restricted' },
              ),
              customerId({ unique: true }),
              status('tier', 'Tier', 'Membership tier.', ['bronze', 'silver', 'gold', 'platinum']),
              quantity('points_balance', 'Points balance', 'Points the member can spend.'),
              date('member_since', 'Member since', 'Date the member joined.'),
              updatedAt(),
            ],
            1_500_000,
          ),
        ],
        sla: dailySla('04:30Z', '2021-02-01T06:00:00Z'),
      },
    ],
  },
];
