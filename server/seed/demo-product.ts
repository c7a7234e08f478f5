/** Demo mesh, product domain: the assortment, its prices, reviews and recommendations. */
import {
  amount,
  column,
  date,
  idColumn,
  sku,
  status,
  table,
  timestamp,
  updatedAt,
} from './column-templates';
import type { ProductSpec } from './seed-types';
import { dailySla, operationalSla, streamingSla } from './sla-presets';
import { teams } from './teams';

export const productDomainProducts: ProductSpec[] = [
  {
    id: 'product-catalog',
    name: 'Product Catalog',
    version: '4.0.0',
    status: 'active',
    domain: 'product',
    team: teams.productInformation,
    purpose:
      'Every article Northwind sells or sold: names, category, brand, attributes and list price, from the product information system.',
    limitations:
      'Descriptions are in German and English only; other translations live in the web shop.',
    usage:
      'Join on `sku`. Subscribe to `product-changes` to be told about new and changed articles.',
    tags: ['products', 'catalog', 'master-data', 'assortment', 'source-aligned'],
    inputs: [],
    ports: [
      {
        name: 'products',
        description: 'Current article master data.',
        version: '4.0.0',
        server: 'postgres',
        tables: [
          table(
            'products',
            'Products',
            'One row per article (SKU).',
            [
              sku({ primaryKey: true, unique: true, criticalDataElement: true }),
              column(
                'product_name',
                'string',
                'public',
                'Product name',
                'Name shown in the shop.',
                ['Linen Shirt Relaxed Fit'],
                { length: 200, required: true },
              ),
              column(
                'category_code',
                'string',
                'public',
                'Category',
                'Merchandise category.',
                ['MEN-SHIRTS'],
                { length: 32, required: true },
              ),
              column(
                'brand',
                'string',
                'public',
                'Brand',
                'Brand of the article.',
                ['Northwind Basics'],
                { length: 80, required: true },
              ),
              amount('list_price', 'List price', 'Regular price including German VAT.', {
                classification: 'public',
              }),
              status('lifecycle_status', 'Lifecycle', 'Whether the article is sold.', [
                'announced',
                'active',
                'phase_out',
                'discontinued',
              ]),
              date('launched_on', 'Launched on', 'First day the article was sold.', {
                classification: 'public',
              }),
              updatedAt(),
            ],
            150_000,
          ),
        ],
        sla: operationalSla('2020-09-01T08:00:00Z'),
      },
      {
        name: 'product-changes',
        description: 'An event whenever an article is created or changed.',
        version: '1.1.0',
        server: 'kafka',
        format: 'avro',
        tables: [
          table(
            'product_changed',
            'Product changes',
            'One message per change of an article.',
            [
              idColumn(
                'event_id',
                'Event ID',
                'Identifier of the event (UUID).',
                ['1f2e3d4c-5b6a-4978-8a1b-2c3d4e5f6071'],
                { format: 'uuid' },
              ),
              sku(),
              status('change_type', 'Change type', 'What changed.', [
                'created',
                'updated',
                'discontinued',
              ]),
              column(
                'changed_fields',
                'string',
                'public',
                'Changed fields',
                'Comma-separated names of the changed fields.',
                ['list_price'],
                { required: false },
              ),
              timestamp('occurred_at', 'Occurred at', 'When the change was saved (UTC).'),
            ],
            10_000,
          ),
        ],
        sla: streamingSla(15, '2023-09-04T08:00:00Z'),
      },
    ],
  },
  {
    id: 'merchandise-hierarchy',
    name: 'Merchandise Hierarchy',
    version: '2.0.0',
    status: 'active',
    domain: 'product',
    team: teams.productInformation,
    purpose:
      'The category tree from department down to category, with the buyer responsible for each.',
    limitations:
      'The tree is reorganised twice a year; old categories keep their codes with `valid_to` set.',
    usage: 'Roll sales up to department or group by joining on `category_code`.',
    tags: ['products', 'hierarchy', 'categories', 'reference-data'],
    inputs: ['product-catalog.products'],
    ports: [
      {
        name: 'hierarchy',
        description: 'Category tree, one row per category.',
        version: '2.0.0',
        server: 'snowflake',
        tables: [
          table(
            'category_hierarchy',
            'Category hierarchy',
            'One row per category, with its parents.',
            [
              column(
                'category_code',
                'string',
                'public',
                'Category',
                'Code of the category.',
                ['MEN-SHIRTS'],
                { length: 32, required: true, primaryKey: true, unique: true },
              ),
              column(
                'category_name',
                'string',
                'public',
                'Category name',
                'Name of the category.',
                ['Shirts'],
                { length: 80, required: true },
              ),
              column(
                'group_name',
                'string',
                'public',
                'Group',
                'Group the category belongs to.',
                ['Menswear'],
                { length: 80, required: true },
              ),
              column(
                'department_name',
                'string',
                'public',
                'Department',
                'Department the group belongs to.',
                ['Fashion'],
                { length: 80, required: true },
              ),
              column(
                'buyer_username',
                'string',
                'internal',
                'Buyer',
                'Username of the responsible buyer.',
                ['j.becker'],
                { length: 40, required: false },
              ),
              date('valid_to', 'Valid to', 'Last day the category was used; empty while in use.', {
                required: false,
                maxNullPercent: 95,
              }),
            ],
            400,
            { maxRows: 2_000 },
          ),
        ],
        sla: dailySla('02:00Z', '2021-11-01T06:00:00Z'),
      },
    ],
  },
];
