/** Demo mesh, product domain: prices, reviews and recommendations. */
import {
  amount,
  column,
  customerId,
  date,
  flag,
  idColumn,
  score,
  sku,
  table,
  timestamp,
} from './column-templates';
import { email } from './personal-data-columns';
import type { ProductSpec } from './seed-types';
import { dailySla, hourlySla, weeklySla } from './sla-presets';
import { teams } from './teams';

export const productInsightProducts: ProductSpec[] = [
  {
    id: 'price-history',
    name: 'Price History',
    version: '1.3.0',
    status: 'active',
    domain: 'product',
    team: teams.productInformation,
    purpose:
      'Every price an article had, online and in stores, including promotional prices, with validity periods.',
    limitations: 'Store-specific markdowns are not included.',
    usage:
      'Find the price on a date with `valid_from <= date AND (valid_to IS NULL OR valid_to > date)`.',
    tags: ['pricing', 'prices', 'products', 'history'],
    inputs: ['product-catalog.products', 'promotions-calendar.promotions'],
    ports: [
      {
        name: 'prices',
        description: 'Price periods per article and channel.',
        version: '1.3.0',
        server: 'bigquery',
        tables: [
          table(
            'price_history',
            'Price history',
            'One row per article, channel and price period.',
            [
              sku({ primaryKey: true }),
              column(
                'channel',
                'string',
                'public',
                'Channel',
                'Where the price applies.',
                ['online'],
                {
                  length: 16,
                  required: true,
                  primaryKey: true,
                  validValues: ['online', 'store', 'marketplace', 'app'],
                },
              ),
              timestamp('valid_from', 'Valid from', 'Start of the price period (UTC).', {
                primaryKey: true,
              }),
              timestamp(
                'valid_to',
                'Valid to',
                'End of the price period, exclusive; empty for the current price.',
                { required: false, maxNullPercent: 50 },
              ),
              amount('price', 'Price', 'Price including VAT.', { classification: 'public' }),
              flag('is_promotional', 'Promotional', 'True when the price comes from a promotion.'),
            ],
            3_000_000,
          ),
        ],
        sla: hourlySla('2022-12-05T08:00:00Z'),
      },
    ],
  },
  {
    id: 'product-reviews',
    name: 'Product Reviews',
    version: '1.1.0',
    status: 'active',
    domain: 'product',
    team: teams.productInformation,
    purpose:
      'Ratings and reviews customers write in the shop, after moderation, with the reviewer\u2019s display name.',
    limitations:
      'Reviewer emails are personal data and only readable with the PII role. Rejected reviews are not included.',
    usage: 'Average `rating` per `sku` for product quality; read `review_text` for the why.',
    tags: ['reviews', 'ratings', 'products', 'voice-of-customer', 'pii'],
    inputs: ['product-catalog.products', 'customer-profiles.profiles'],
    ports: [
      {
        name: 'reviews',
        description: 'Published product reviews.',
        version: '1.1.0',
        server: 'bigquery',
        tables: [
          table(
            'product_reviews',
            'Product reviews',
            'One row per published review.',
            [
              idColumn('review_id', 'Review ID', 'Identifier of the review.', ['REV-00918273']),
              sku(),
              customerId(),
              column(
                'reviewer_display_name',
                'string',
                'pii',
                'Reviewer',
                'Name the reviewer chose to show, often their first name.',
                ['Jana from Kiel'],
                { length: 60, required: true },
              ),
              email({ name: 'reviewer_email', businessName: 'Reviewer email' }),
              column('rating', 'integer', 'public', 'Rating', 'Stars from 1 to 5.', [5, 3], {
                required: true,
                nonNegative: true,
              }),
              column(
                'review_text',
                'string',
                'public',
                'Review',
                'Text of the review.',
                ['Great fit, washes well.'],
                { required: false, maxNullPercent: 40 },
              ),
              timestamp('published_at', 'Published at', 'When the review went live (UTC).'),
            ],
            600_000,
          ),
        ],
        sla: dailySla('05:00Z', '2023-07-03T06:00:00Z'),
      },
    ],
  },
  {
    id: 'product-recommendations',
    name: 'Product Recommendations',
    version: '0.1.0',
    status: 'proposed',
    domain: 'product',
    team: teams.productInformation,
    purpose:
      'Personal product recommendations for every active customer, for the shop\u2019s "for you" row and emails.',
    limitations: 'Proposed: waiting for Market Basket Analysis and a decision on consent handling.',
    usage: 'Planned: top 20 articles per customer, refreshed weekly.',
    tags: ['recommendations', 'personalisation', 'machine-learning', 'products'],
    inputs: [
      'customer-purchase-history.purchases',
      'product-reviews.reviews',
      'market-basket-analysis.basket-rules',
    ],
    ports: [
      {
        name: 'recommendations',
        description: 'Ranked article recommendations per customer.',
        version: '0.1.0',
        server: 'databricks',
        sampleQueries: false,
        tables: [
          table(
            'customer_recommendations',
            'Customer recommendations',
            'One row per customer and recommended article.',
            [
              customerId({ primaryKey: true }),
              column(
                'recommendation_rank',
                'integer',
                'internal',
                'Rank',
                'Position of the recommendation, 1 is best.',
                [1, 2],
                { required: true, primaryKey: true },
              ),
              sku(),
              score('relevance', 'Relevance', 'Model score of the recommendation.'),
              column(
                'reason',
                'string',
                'internal',
                'Reason',
                'Why the article is recommended.',
                ['bought_together'],
                {
                  required: true,
                  validValues: [
                    'bought_together',
                    'similar_customers',
                    'trending',
                    'recently_viewed',
                  ],
                },
              ),
              date('generated_on', 'Generated on', 'Date of the model run.'),
            ],
            10_000_000,
          ),
        ],
        sla: weeklySla('05:00Z', '2026-11-02T05:00:00Z'),
      },
    ],
  },
];
