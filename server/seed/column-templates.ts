/**
 * Columns that recur across Northwind's data products, so the demo mesh and the generator describe
 * the same things the same way (a customer id is the same column wherever it appears). Each
 * template takes overrides for the one product where it differs, e.g. a different description.
 */
import type { Classification, ColumnKind, ColumnSpec, ExampleValue, TableSpec } from './seed-types';

type Overrides = Partial<ColumnSpec>;

/** Any column: the shortest way to write one that has no template. */
export function column(
  name: string,
  kind: ColumnKind,
  classification: Classification,
  businessName: string,
  description: string,
  examples: ExampleValue[],
  overrides: Overrides = {},
): ColumnSpec {
  return { name, kind, classification, businessName, description, examples, ...overrides };
}

/** An identifier: required, and the primary key unless told otherwise. */
export function idColumn(
  name: string,
  businessName: string,
  description: string,
  examples: ExampleValue[],
  overrides: Overrides = {},
): ColumnSpec {
  return column(name, 'string', 'internal', businessName, description, examples, {
    length: 36,
    required: true,
    primaryKey: true,
    unique: true,
    ...overrides,
  });
}

/** An identifier whose description follows from its business name ("Return ID" → "the return"). */
export function namedId(name: string, businessName: string, example: string): ColumnSpec {
  const entity = businessName.toLowerCase().replace(/ id$/, '');
  return idColumn(name, businessName, `Identifier of the ${entity}.`, [example]);
}

/** A reference to another entity's identifier. */
function reference(name: string, businessName: string, description: string, examples: string[]) {
  return (overrides: Overrides = {}) =>
    column(name, 'string', 'internal', businessName, description, examples, {
      length: 36,
      required: true,
      ...overrides,
    });
}

export const orderId = reference(
  'order_id',
  'Order ID',
  'Identifier of the order, as issued by the order platform.',
  ['ORD-2024-0048213', 'ORD-2024-0051877'],
);
export const customerId = reference(
  'customer_id',
  'Customer ID',
  'Pseudonymous identifier of the customer, stable across channels.',
  ['C-00418265', 'C-01173302'],
);
export const sku = reference('sku', 'SKU', 'Stock keeping unit of the article.', [
  'NW-10442-BLK-M',
  'NW-20817-WHT-42',
]);
export const storeId = reference(
  'store_id',
  'Store ID',
  'Store or fulfilment node the record belongs to; `WEB` for the online shop.',
  ['ST-0112', 'ST-0458', 'WEB'],
);
export const supplierId = reference(
  'supplier_id',
  'Supplier ID',
  'Identifier of the supplier in the procurement system.',
  ['SUP-00231', 'SUP-01187'],
);
export const warehouseId = reference(
  'warehouse_id',
  'Warehouse ID',
  'Distribution centre the record belongs to.',
  ['DC-HAM', 'DC-RTM', 'DC-LYS'],
);
export const shipmentId = reference(
  'shipment_id',
  'Shipment ID',
  'Identifier of the outbound shipment.',
  ['SHP-7730015', 'SHP-7731942'],
);
export const campaignId = reference(
  'campaign_id',
  'Campaign ID',
  'Identifier of the marketing campaign.',
  ['CMP-2024-SPRING-01', 'CMP-2024-BF-03'],
);
export const carrierId = reference(
  'carrier_code',
  'Carrier',
  'Code of the parcel or freight carrier.',
  ['DHL', 'UPS', 'POSTNL'],
);

export function countryCode(overrides: Overrides = {}): ColumnSpec {
  return column(
    'country_code',
    'string',
    'public',
    'Country',
    'ISO 3166-1 alpha-2 country code.',
    ['DE', 'NL', 'FR'],
    {
      length: 2,
      required: true,
      validValues: ['DE', 'NL', 'FR', 'BE', 'AT', 'DK', 'SE', 'PL'],
      ...overrides,
    },
  );
}

export function currency(overrides: Overrides = {}): ColumnSpec {
  return column(
    'currency',
    'string',
    'public',
    'Currency',
    'ISO 4217 code of the currency amounts are in.',
    ['EUR', 'SEK'],
    {
      length: 3,
      required: true,
      validValues: ['EUR', 'SEK', 'DKK', 'PLN'],
      ...overrides,
    },
  );
}

export function channel(overrides: Overrides = {}): ColumnSpec {
  return column(
    'channel',
    'string',
    'public',
    'Sales channel',
    'Where the sale happened.',
    ['online', 'store'],
    {
      length: 16,
      required: true,
      validValues: ['online', 'store', 'marketplace', 'app'],
      ...overrides,
    },
  );
}

export function amount(
  name: string,
  businessName: string,
  description: string,
  overrides: Overrides = {},
): ColumnSpec {
  return column(name, 'decimal', 'confidential', businessName, description, [49.95, 1249.0], {
    required: true,
    nonNegative: true,
    ...overrides,
  });
}

export function quantity(
  name: string,
  businessName: string,
  description: string,
  overrides: Overrides = {},
): ColumnSpec {
  return column(name, 'integer', 'internal', businessName, description, [1, 3, 12], {
    required: true,
    nonNegative: true,
    ...overrides,
  });
}

export function status(
  name: string,
  businessName: string,
  description: string,
  values: string[],
  overrides: Overrides = {},
): ColumnSpec {
  return column(name, 'string', 'internal', businessName, description, values.slice(0, 2), {
    length: 24,
    required: true,
    validValues: values,
    ...overrides,
  });
}

export function timestamp(
  name: string,
  businessName: string,
  description: string,
  overrides: Overrides = {},
): ColumnSpec {
  return column(
    name,
    'timestamp',
    'internal',
    businessName,
    description,
    ['2024-03-14T09:26:53Z', '2024-03-14T17:02:11Z'],
    { required: true, ...overrides },
  );
}

export function date(
  name: string,
  businessName: string,
  description: string,
  overrides: Overrides = {},
): ColumnSpec {
  return column(name, 'date', 'internal', businessName, description, ['2024-03-14', '2024-03-15'], {
    required: true,
    ...overrides,
  });
}

export function flag(
  name: string,
  businessName: string,
  description: string,
  overrides: Overrides = {},
): ColumnSpec {
  return column(name, 'boolean', 'internal', businessName, description, [true, false], {
    required: true,
    ...overrides,
  });
}

export function score(
  name: string,
  businessName: string,
  description: string,
  overrides: Overrides = {},
): ColumnSpec {
  return column(name, 'double', 'confidential', businessName, description, [0.12, 0.87], {
    required: true,
    nonNegative: true,
    ...overrides,
  });
}

/** When a row was last changed: every table carries one, and freshness is read from it. */
export function updatedAt(overrides: Overrides = {}): ColumnSpec {
  return timestamp(
    'updated_at',
    'Last updated',
    'When this row last changed in the source system (UTC).',
    overrides,
  );
}

/** A table: its columns and the row count it is expected to have. */
export function table(
  name: string,
  businessName: string,
  description: string,
  columns: ColumnSpec[],
  minRows: number,
  extra: Partial<TableSpec> = {},
): TableSpec {
  return { name, businessName, description, columns, minRows, ...extra };
}
