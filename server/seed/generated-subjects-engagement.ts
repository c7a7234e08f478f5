/** Subjects of generated marketing and product-domain products. */
import {
  amount,
  campaignId,
  channel,
  column,
  customerId,
  date,
  flag,
  namedId,
  orderId,
  quantity,
  sku,
  status,
  table,
  timestamp,
} from './column-templates';
import { email, ipAddress } from './personal-data-columns';
import type { Subject } from './generated-subjects';

export const marketingSubjects: Subject[] = [
  {
    noun: 'Web Traffic',
    tags: ['web', 'analytics', 'marketing', 'pii'],
    provides: 'visits to the web shop',
    table: table(
      'web_visits',
      'Web visits',
      'One row per visit.',
      [
        namedId('visit_id', 'Visit ID', 'v-8f2c1a'),
        ipAddress(),
        status('device_type', 'Device', 'Device kind.', ['desktop', 'mobile', 'tablet']),
        campaignId({ required: false, maxNullPercent: 80 }),
        timestamp('started_at', 'Started at', 'Start of the visit (UTC).'),
        flag('converted', 'Converted', 'Ended with an order.'),
      ],
      1_000_000,
    ),
  },
  {
    noun: 'Campaign Spend',
    tags: ['campaigns', 'spend', 'marketing'],
    provides: 'media spend per campaign and day',
    table: table(
      'campaign_spend',
      'Campaign spend',
      'One row per campaign and day.',
      [
        campaignId({ primaryKey: true }),
        date('spend_date', 'Date', 'Day of the spend.', { primaryKey: true }),
        status('media_channel', 'Media channel', 'Channel.', [
          'paid_search',
          'paid_social',
          'display',
          'affiliate',
        ]),
        amount('spend', 'Spend', 'Spend in EUR excluding VAT.'),
        quantity('clicks', 'Clicks', 'Ad clicks.'),
      ],
      10_000,
    ),
  },
  {
    noun: 'Email Sends',
    tags: ['email', 'crm', 'marketing', 'pii'],
    provides: 'marketing emails sent and their engagement',
    table: table(
      'email_sends',
      'Email sends',
      'One row per email sent.',
      [
        namedId('send_id', 'Send ID', 'snd_9a8b7c'),
        campaignId(),
        email({ name: 'recipient_email', businessName: 'Recipient' }),
        flag('opened', 'Opened', 'The email was opened.'),
        flag('clicked', 'Clicked', 'A link was clicked.'),
        timestamp('sent_at', 'Sent at', 'When it was sent (UTC).'),
      ],
      1_000_000,
    ),
  },
  {
    noun: 'Coupon Redemptions',
    tags: ['coupons', 'promotions', 'marketing'],
    provides: 'coupons redeemed at checkout',
    table: table(
      'coupon_redemptions',
      'Coupon redemptions',
      'One row per redeemed coupon.',
      [
        namedId('redemption_id', 'Redemption ID', 'CR-0042113'),
        column('coupon_code', 'string', 'internal', 'Coupon code', 'Code entered.', ['SPRING15'], {
          required: true,
        }),
        orderId(),
        amount('discount_amount', 'Discount', 'Discount granted.'),
        timestamp('redeemed_at', 'Redeemed at', 'When it was redeemed (UTC).'),
      ],
      10_000,
    ),
  },
];

export const productSubjects: Subject[] = [
  {
    noun: 'Articles',
    tags: ['products', 'master-data'],
    provides: 'article master data',
    table: table(
      'articles',
      'Articles',
      'One row per article.',
      [
        sku({ primaryKey: true, unique: true }),
        column('product_name', 'string', 'public', 'Name', 'Name in the shop.', ['Linen Shirt'], {
          required: true,
        }),
        column('brand', 'string', 'public', 'Brand', 'Brand.', ['Northwind Basics'], {
          required: true,
        }),
        amount('list_price', 'List price', 'Regular price.', { classification: 'public' }),
        status('lifecycle_status', 'Lifecycle', 'Whether it is sold.', [
          'active',
          'phase_out',
          'discontinued',
        ]),
      ],
      10_000,
    ),
  },
  {
    noun: 'Prices',
    tags: ['pricing', 'products'],
    provides: 'prices per article and channel',
    table: table(
      'prices',
      'Prices',
      'One row per article, channel and period.',
      [
        sku({ primaryKey: true }),
        channel({ primaryKey: true }),
        timestamp('valid_from', 'Valid from', 'Start (UTC).', { primaryKey: true }),
        amount('price', 'Price', 'Price including VAT.', { classification: 'public' }),
        flag('is_promotional', 'Promotional', 'From a promotion.'),
      ],
      10_000,
    ),
  },
  {
    noun: 'Reviews',
    tags: ['reviews', 'products', 'pii'],
    provides: 'customer reviews of articles',
    table: table(
      'reviews',
      'Reviews',
      'One row per review.',
      [
        namedId('review_id', 'Review ID', 'REV-00918273'),
        sku(),
        customerId(),
        email({ name: 'reviewer_email', businessName: 'Reviewer email' }),
        column('rating', 'integer', 'public', 'Rating', 'Stars 1-5.', [4], {
          required: true,
          nonNegative: true,
        }),
        timestamp('published_at', 'Published at', 'When published (UTC).'),
      ],
      10_000,
    ),
  },
  {
    noun: 'Assortment Plans',
    tags: ['assortment', 'planning', 'products'],
    provides: 'planned assortment per store cluster',
    table: table(
      'assortment_plans',
      'Assortment plans',
      'One row per article and store cluster.',
      [
        sku({ primaryKey: true }),
        column(
          'store_cluster',
          'string',
          'internal',
          'Store cluster',
          'Group of similar stores.',
          ['urban-large'],
          { required: true, primaryKey: true },
        ),
        date('season_start', 'Season start', 'First day of the season.'),
        quantity('planned_facings', 'Facings', 'Planned shelf facings.'),
        status('plan_status', 'Status', 'Plan state.', ['draft', 'approved', 'live']),
      ],
      1_000,
    ),
  },
];
