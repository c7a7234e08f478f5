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
  bigint,
  bigserial,
  boolean,
  customType,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
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

/**
 * Access requests: the request as the API shows it (`request`), with the columns lists filter
 * on. Its status changes; its history does not, that is `access_events`.
 */
export const accessRequests = pgTable(
  'access_requests',
  {
    id: text('id').primaryKey(),
    productId: text('product_id').notNull(),
    requesterId: text('requester_id').notNull(),
    status: text('status').notNull(),
    /** Lower-cased approvers of each level, to find what waits for someone. */
    level1: text('level1').array().notNull(),
    level2: text('level2').array().notNull(),
    expiresAt: timestamps('expires_at'),
    request: jsonb('request').notNull(),
    createdAt: timestamps('created_at').notNull(),
    /** What is asked for, and for whom: at most one open request of each (see below). */
    portName: text('port_name').notNull(),
    role: text('role').notNull(),
    granteeKind: text('grantee_kind').notNull(),
    granteeId: text('grantee_id').notNull(),
  },
  (table) => [
    // Two submissions at once cannot both wait for a decision: the database keeps one.
    uniqueIndex('access_requests_one_open_idx')
      .on(table.productId, table.portName, table.role, table.granteeKind, table.granteeId)
      .where(sql`status IN ('submitted', 'approved-level-1')`),
    index('access_requests_product_idx').on(table.productId),
    index('access_requests_requester_idx').on(table.requesterId),
    index('access_requests_status_idx').on(table.status, table.expiresAt),
    index('access_requests_level1_idx').using('gin', table.level1),
    index('access_requests_level2_idx').using('gin', table.level2),
  ],
);

/** The audit log: one row per event, only ever added (a trigger refuses updates and deletes). */
export const accessEvents = pgTable(
  'access_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    requestId: text('request_id')
      .notNull()
      .references(() => accessRequests.id),
    at: timestamps('at').notNull(),
    actorId: text('actor_id').notNull(),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    reason: text('reason'),
    /** Lower-cased usernames and team names to notify. */
    audience: text('audience').array().notNull(),
  },
  (table) => [
    index('access_events_request_idx').on(table.requestId),
    index('access_events_audience_idx').using('gin', table.audience),
  ],
);

/** Which notifications (events) each person has read. */
export const notificationReads = pgTable(
  'notification_reads',
  {
    readerId: text('reader_id').notNull(),
    eventId: bigint('event_id', { mode: 'number' })
      .notNull()
      .references(() => accessEvents.id),
    readAt: timestamps('read_at').notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.readerId, table.eventId] })],
);

/** Facts about the database itself, such as whether the demo mesh was loaded once. */
export const meta = pgTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: timestamps('updated_at').notNull().defaultNow(),
});

/** Notices about the catalog (a breaking version was published), for the people they concern. */
export const notices = pgTable(
  'notices',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamps('at').notNull(),
    actorId: text('actor_id').notNull(),
    actorName: text('actor_name').notNull(),
    /** Lower-cased usernames and team names to notify. */
    audience: text('audience').array().notNull(),
    message: text('message').notNull(),
    link: text('link').notNull(),
  },
  (table) => [index('notices_audience_idx').using('gin', table.audience)],
);

/** Which notices each person has read. */
export const noticeReads = pgTable(
  'notice_reads',
  {
    readerId: text('reader_id').notNull(),
    noticeId: bigint('notice_id', { mode: 'number' })
      .notNull()
      .references(() => notices.id),
    readAt: timestamps('read_at').notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.readerId, table.noticeId] })],
);

/**
 * Unpublished edits: one per person and document, replaced on every save and deleted once
 * published or abandoned. Only ever read by their owner.
 */
export const drafts = pgTable(
  'drafts',
  {
    ownerId: text('owner_id').notNull(),
    kind: text('kind').notNull(),
    id: text('id').notNull(),
    text: text('text').notNull(),
    /** The stored version the edit started from; null for a document that does not exist yet. */
    baseVersion: text('base_version'),
    savedAt: timestamps('saved_at').notNull(),
    updatedAt: timestamps('updated_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.ownerId, table.kind, table.id] })],
);
