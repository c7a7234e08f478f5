/** Demo mesh, marketing domain: web analytics, campaigns and the audiences they reach. */
import {
  amount,
  campaignId,
  channel,
  column,
  customerId,
  date,
  flag,
  idColumn,
  quantity,
  status,
  table,
  timestamp,
} from './column-templates';
import { ipAddress } from './personal-data-columns';
import type { ProductSpec } from './seed-types';
import { dailySla, hourlySla, operationalSla } from './sla-presets';
import { teams } from './teams';

const deviceTypes = ['desktop', 'mobile', 'tablet', 'app'];
/** Paid and owned channels a campaign runs in; performance and attribution use the same list. */
export const mediaChannels = [
  'email',
  'paid_search',
  'paid_social',
  'display',
  'affiliate',
  'push',
];

export const marketingProducts: ProductSpec[] = [
  {
    id: 'web-sessions',
    name: 'Web Sessions',
    version: '3.1.0',
    status: 'active',
    domain: 'marketing',
    team: teams.marketingScience,
    purpose:
      'Visits to the web shop and app: where visitors came from, what they looked at and whether they bought, sessionised from the clickstream.',
    limitations:
      'Visitors who refused analytics cookies are not tracked. IP addresses are personal data and truncated after 30 days.',
    usage:
      'Use `sessions` for traffic and conversion; use `page-views` for funnels. Both are partitioned by day.',
    tags: ['web', 'clickstream', 'sessions', 'analytics', 'marketing'],
    inputs: [],
    ports: [
      {
        name: 'sessions',
        description: 'One row per visit with traffic source and outcome.',
        version: '3.1.0',
        server: 'bigquery',
        tables: [
          table(
            'sessions',
            'Web sessions',
            'One row per session of a visitor.',
            [
              idColumn('session_id', 'Session ID', 'Identifier of the session.', [
                's-20240314-8f2c1a',
              ]),
              customerId({
                required: false,
                maxNullPercent: 75,
                description: 'Customer, when the visitor was logged in.',
              }),
              ipAddress(),
              status('device_type', 'Device', 'Kind of device used.', deviceTypes),
              column(
                'utm_source',
                'string',
                'public',
                'Traffic source',
                'utm_source of the landing URL, or the referrer domain.',
                ['google', 'newsletter'],
                { length: 64, required: false, maxNullPercent: 50 },
              ),
              campaignId({ required: false, maxNullPercent: 80 }),
              timestamp('started_at', 'Started at', 'When the session started (UTC).'),
              quantity('page_views', 'Page views', 'Pages viewed in the session.'),
              flag('converted', 'Converted', 'Whether the session ended with an order.'),
            ],
            50_000_000,
            { granularity: 'One row per session' },
          ),
        ],
        sla: hourlySla('2021-03-01T00:00:00Z'),
      },
      {
        name: 'page-views',
        description: 'Every page view, for funnel and content analysis.',
        version: '1.2.0',
        server: 'bigquery',
        tables: [
          table(
            'page_views',
            'Page views',
            'One row per page view.',
            [
              idColumn('page_view_id', 'Page view ID', 'Identifier of the page view.', [
                'pv-91c2e7',
              ]),
              column(
                'session_id',
                'string',
                'internal',
                'Session ID',
                'Session the page view belongs to.',
                ['s-20240314-8f2c1a'],
                { required: true },
              ),
              column(
                'page_type',
                'string',
                'public',
                'Page type',
                'Template of the page.',
                ['product', 'category'],
                {
                  required: true,
                  validValues: [
                    'home',
                    'category',
                    'product',
                    'search',
                    'cart',
                    'checkout',
                    'account',
                    'content',
                  ],
                },
              ),
              column(
                'page_path',
                'string',
                'public',
                'Page path',
                'Path of the URL without query string.',
                ['/p/linen-shirt-10442'],
                { required: true },
              ),
              timestamp('viewed_at', 'Viewed at', 'When the page was shown (UTC).'),
              quantity(
                'time_on_page_seconds',
                'Time on page',
                'Seconds until the next page view.',
                { required: false, maxNullPercent: 30 },
              ),
            ],
            400_000_000,
          ),
        ],
        sla: hourlySla('2022-08-01T00:00:00Z'),
      },
    ],
  },
  {
    id: 'marketing-campaigns',
    name: 'Marketing Campaigns',
    version: '2.2.0',
    status: 'active',
    domain: 'marketing',
    team: teams.growthMarketing,
    purpose:
      'The catalogue of marketing campaigns: goal, channel, budget and flight dates, maintained by campaign managers in the planning tool.',
    limitations: 'Budgets are planned amounts; actual spend is in Campaign Performance.',
    usage: 'Join on `campaign_id` to sessions, email events and performance.',
    tags: ['campaigns', 'marketing', 'planning', 'source-aligned'],
    inputs: [],
    ports: [
      {
        name: 'campaigns',
        description: 'All campaigns with their settings.',
        version: '2.2.0',
        server: 'bigquery',
        tables: [
          table(
            'campaigns',
            'Campaigns',
            'One row per campaign.',
            [
              campaignId({ primaryKey: true, unique: true }),
              column(
                'campaign_name',
                'string',
                'internal',
                'Campaign name',
                'Name the campaign manager gave it.',
                ['Spring Linen 2024'],
                { length: 120, required: true },
              ),
              status(
                'media_channel',
                'Media channel',
                'Channel the campaign runs in.',
                mediaChannels,
              ),
              status('objective', 'Objective', 'What the campaign tries to achieve.', [
                'awareness',
                'acquisition',
                'retention',
                'winback',
              ]),
              amount('planned_budget', 'Planned budget', 'Budget in EUR, excluding VAT.'),
              date('starts_on', 'Starts on', 'First day of the campaign.'),
              date('ends_on', 'Ends on', 'Last day of the campaign.'),
            ],
            1_000,
          ),
        ],
        sla: dailySla('05:00Z', '2021-06-01T06:00:00Z'),
      },
    ],
  },
  {
    id: 'promotions-calendar',
    name: 'Promotions Calendar',
    version: '1.5.0',
    status: 'active',
    domain: 'marketing',
    team: teams.growthMarketing,
    purpose:
      'Price promotions planned and running in stores and online, with the articles and discounts they cover.',
    limitations: 'Only central promotions; local store markdowns are not included.',
    usage: 'Use it to explain sales peaks and as a feature for forecasting.',
    tags: ['promotions', 'pricing', 'marketing', 'calendar'],
    inputs: [],
    ports: [
      {
        name: 'promotions',
        description: 'Promotions and their discounts.',
        version: '1.5.0',
        server: 'postgres',
        tables: [
          table(
            'promotions',
            'Promotions',
            'One row per promotion and article group.',
            [
              idColumn('promotion_id', 'Promotion ID', 'Identifier of the promotion.', [
                'PRM-2024-0311',
              ]),
              column(
                'promotion_name',
                'string',
                'public',
                'Promotion',
                'Name shown to customers.',
                ['Linen Week'],
                { length: 120, required: true },
              ),
              status('mechanic', 'Mechanic', 'How the discount works.', [
                'percent_off',
                'amount_off',
                'buy_x_get_y',
                'bundle',
              ]),
              column(
                'discount_percent',
                'double',
                'internal',
                'Discount',
                'Discount in percent, for percent-off promotions.',
                [20, 30],
                { required: false, maxNullPercent: 40, nonNegative: true },
              ),
              channel(),
              date('starts_on', 'Starts on', 'First day of the promotion.'),
              date('ends_on', 'Ends on', 'Last day of the promotion.'),
            ],
            5_000,
          ),
        ],
        sla: operationalSla('2022-02-01T08:00:00Z'),
      },
    ],
  },
];
