/**
 * The PostgreSQL schema of the catalog. Migrations are generated from this file with drizzle-kit
 * (`npm run db:generate`) into ./migrations and applied, in order and forward only, at start.
 *
 * - `document_versions`: every version ever imported, exact text included; rows are only added.
 * - `documents`: which version of each document is current.
 * - `product_search`: one row per product with what search, facets and lineage need, derived
 *   from the current descriptor and its contracts, so searches never parse documents.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const timestamps = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const documentVersions = pgTable(
  'document_versions',
  {
    kind: text('kind').notNull(),
    id: text('id').notNull(),
    version: text('version').notNull(),
    text: text('text').notNull(),
    document: jsonb('document').notNull(),
    createdAt: timestamps('created_at').notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
  },
  (table) => [primaryKey({ columns: [table.kind, table.id, table.version] })],
);

export const documents = pgTable(
  'documents',
  {
    kind: text('kind').notNull(),
    id: text('id').notNull(),
    currentVersion: text('current_version').notNull(),
  },
  (table) => [primaryKey({ columns: [table.kind, table.id] })],
);

export const productSearch = pgTable(
  'product_search',
  {
    id: text('id').primaryKey(),
    summary: jsonb('summary').notNull(),
    name: text('name').notNull(),
    sortName: text('sort_name').notNull(),
    status: text('status').notNull(),
    domain: text('domain'),
    owner: text('owner'),
    tags: text('tags').array().notNull(),
    portTypes: text('port_types').array().notNull(),
    classifications: text('classifications').array().notNull(),
    hasPersonalData: boolean('has_personal_data').notNull(),
    updatedAt: timestamps('updated_at').notNull(),
    inputContractIds: text('input_contract_ids').array().notNull(),
    outputContractIds: text('output_contract_ids').array().notNull(),
    /** The name normalised for matching inside words (trigram index). */
    nameText: text('name_text').notNull(),
    /** Every word that finds the product (name, tags, domain, owner, description, columns), unweighted. */
    searchVector: tsvector('search_vector').notNull(),
    /**
     * The words that rank it, weighted: name and tags (A), domain and owner (B), description (C).
     * Column words only find a product; leaving them out keeps this small enough to rank
     * thousands of matches without reading the large `search_vector`.
     */
    rankVector: tsvector('rank_vector').notNull(),
  },
  (table) => [
    index('product_search_vector_idx').using('gin', table.searchVector),
    index('product_search_name_trgm_idx').using('gin', sql`${table.nameText} gin_trgm_ops`),
    index('product_search_sort_idx').on(
      sql`${table.sortName} COLLATE "C"`,
      sql`${table.id} COLLATE "C"`,
    ),
    index('product_search_updated_idx').on(table.updatedAt),
    index('product_search_domain_idx').on(table.domain),
    index('product_search_status_idx').on(table.status),
    index('product_search_owner_idx').on(table.owner),
    index('product_search_tags_idx').using('gin', table.tags),
    index('product_search_port_types_idx').using('gin', table.portTypes),
    index('product_search_classifications_idx').using('gin', table.classifications),
    index('product_search_inputs_idx').using('gin', table.inputContractIds),
    index('product_search_outputs_idx').using('gin', table.outputContractIds),
  ],
);

/** Facts about the database itself, such as whether the demo mesh was loaded once. */
export const meta = pgTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: timestamps('updated_at').notNull().defaultNow(),
});
