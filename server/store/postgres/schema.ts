/**
 * The PostgreSQL schema of the catalog. Migrations are generated from this file with drizzle-kit
 * (`npm run db:generate`) into ./migrations and applied, in order and forward only, at start.
 *
 * - `document_versions`: every version ever imported, exact text included; rows are only added.
 * - `documents`: which version of each document is current.
 * - `product_search`: one row per product with what search, facets and lineage need, derived
 *   from the current descriptor and its contracts, so searches never parse documents.
 * - `observations` … `ingestion_tokens`: what pipelines report and the service levels evaluated
 *   from it (see `../observation-store.ts`).
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  smallint,
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
  (table) => [
    primaryKey({ columns: [table.kind, table.id] }),
    // Reading a kind page by page goes in code point order, like every store: without this
    // each page sorted every document of the kind (a third of a second each at 50,000 products).
    index('documents_kind_id_order_idx').on(table.kind, sql`${table.id} COLLATE "C"`),
  ],
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

/**
 * Who follows what: a person (by principal id) and a product (by id) or a domain (by name), to
 * be told when its incidents open and are resolved. Read by subscriber, and by target when an
 * incident is announced.
 */
export const subscriptions = pgTable(
  'subscriptions',
  {
    subscriberId: text('subscriber_id').notNull(),
    /** `product` or `domain`. */
    kind: text('kind').notNull(),
    targetId: text('target_id').notNull(),
    createdAt: timestamps('created_at').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.subscriberId, table.kind, table.targetId] }),
    index('subscriptions_target_idx').on(table.kind, table.targetId),
  ],
);

/**
 * Raw observations, one per sender's key (so a redelivered event is kept once), read per port
 * over a time range and pruned after their retention.
 */
export const observations = pgTable(
  'observations',
  {
    key: text('key').primaryKey(),
    productId: text('product_id').notNull(),
    portName: text('port_name').notNull(),
    contractId: text('contract_id'),
    kind: text('kind').notNull(),
    status: text('status').notNull(),
    observedAt: timestamps('observed_at').notNull(),
    receivedAt: timestamps('received_at').notNull(),
    source: text('source').notNull(),
    sourceName: text('source_name').notNull(),
    runId: text('run_id'),
    ruleId: text('rule_id'),
    checkName: text('check_name'),
    dimension: text('dimension'),
    message: text('message'),
    value: doublePrecision('value'),
  },
  (table) => [
    index('observations_port_idx').on(table.productId, table.portName, table.observedAt),
    index('observations_observed_idx').on(table.observedAt),
  ],
);

/** The ports each run writes, remembered from its first events for its last, which may name none. */
export const observationRuns = pgTable(
  'observation_runs',
  {
    runId: text('run_id').notNull(),
    productId: text('product_id').notNull(),
    portName: text('port_name').notNull(),
    rememberedAt: timestamps('remembered_at').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.runId, table.productId, table.portName] }),
    index('observation_runs_remembered_idx').on(table.rememberedAt),
  ],
);

/** What matched no port, counted per source, reference and reason, so a misnaming shows once. */
export const unmatchedObservations = pgTable(
  'unmatched_observations',
  {
    source: text('source').notNull(),
    reference: text('reference').notNull(),
    reason: text('reason').notNull(),
    /** The most recently received one's. */
    sourceName: text('source_name').notNull(),
    observedAt: timestamps('observed_at').notNull(),
    count: integer('count').notNull(),
    firstReceivedAt: timestamps('first_received_at').notNull(),
    lastReceivedAt: timestamps('last_received_at').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.source, table.reference, table.reason] }),
    index('unmatched_observations_received_idx').on(table.lastReceivedAt),
  ],
);

/** Reads seen in lineage: one row per reading product and port read. */
export const observedReads = pgTable(
  'observed_reads',
  {
    readerProductId: text('reader_product_id').notNull(),
    sourceProductId: text('source_product_id').notNull(),
    sourcePortName: text('source_port_name').notNull(),
    /** The latest read's contract, dataset and job. */
    sourceContractId: text('source_contract_id'),
    datasetNamespace: text('dataset_namespace').notNull(),
    datasetName: text('dataset_name').notNull(),
    jobName: text('job_name').notNull(),
    firstSeenAt: timestamps('first_seen_at').notNull(),
    lastSeenAt: timestamps('last_seen_at').notNull(),
  },
  (table) => [
    primaryKey({
      columns: [table.readerProductId, table.sourceProductId, table.sourcePortName],
    }),
    index('observed_reads_source_idx').on(table.sourceProductId),
  ],
);

/** Good and bad per port, SLO and UTC day: what an SLO's window sums. */
export const sloRollups = pgTable(
  'slo_rollups',
  {
    productId: text('product_id').notNull(),
    portName: text('port_name').notNull(),
    sloId: text('slo_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    /** Minutes, events or days: minutes of good time may be fractional. */
    good: doublePrecision('good').notNull(),
    bad: doublePrecision('bad').notNull(),
  },
  (table) => [primaryKey({ columns: [table.productId, table.portName, table.sloId, table.day] })],
);

/**
 * What the portfolio filters, sorts and counts on, one narrow row per product: a scan of every
 * product reads a few megabytes. The summaries themselves are in `service_level_summary_documents`,
 * read for the page only.
 */
export const serviceLevelSummaryRevision = pgSequence('service_level_summary_revision');

export const serviceLevelSummaries = pgTable(
  'service_level_summaries',
  {
    productId: text('product_id').primaryKey(),
    /** The name lower-cased, compared by code point: the `name` and `status` sorts. */
    sortName: text('sort_name').notNull(),
    domain: text('domain'),
    team: text('team'),
    /** As evaluated; past `deadline` it counts as breached. */
    status: text('status').notNull(),
    /**
     * The status's place in the `status` sort (`portfolioStatusOrder`, 0 = breached), so each
     * status's products are read in name order from an index rather than sorted.
     */
    statusRank: smallint('status_rank').notNull(),
    deadline: timestamps('deadline'),
    worstBudget: doublePrecision('worst_budget'),
    openIncidents: integer('open_incidents').notNull(),
    /** The kinds of its SLOs (`freshness`, `quality`, …), for the portfolio's kind filter. */
    kinds: text('kinds')
      .array()
      .notNull()
      .default(sql`'{}'`),
    evaluatedAt: timestamps('evaluated_at').notNull(),
    /**
     * Every save takes the next number of `service_level_summary_revision`: the highest is the
     * listing's revision, which cached portfolio pages are kept by (as searches by the catalog's).
     */
    revision: bigint('revision', { mode: 'number' })
      .notNull()
      .default(sql`nextval('service_level_summary_revision')`),
  },
  (table) => [
    index('service_level_summaries_revision_idx').on(table.revision),
    /** Deadlines not yet evaluated past: the due products, and the next time a status changes. */
    index('service_level_summaries_due_idx')
      .on(table.deadline)
      .where(sql`evaluated_at < deadline`),
    index('service_level_summaries_domain_idx').on(table.domain),
    index('service_level_summaries_team_idx').on(table.team),
    index('service_level_summaries_name_idx').on(
      sql`${table.sortName} COLLATE "C"`,
      sql`${table.productId} COLLATE "C"`,
    ),
    index('service_level_summaries_status_idx').on(
      table.statusRank,
      sql`${table.sortName} COLLATE "C"`,
      sql`${table.productId} COLLATE "C"`,
    ),
    index('service_level_summaries_budget_idx').on(table.worstBudget),
    index('service_level_summaries_deadline_idx')
      .on(table.deadline)
      .where(sql`deadline IS NOT NULL`),
  ],
);

/**
 * Taken by every write of rollups or incidents that changes something: with the summaries'
 * revision, what tells the overviews the store keeps (`postgres-observation-store.ts`) that the
 * data they were read from changed.
 */
export const serviceLevelChange = pgSequence('service_level_change');

/** A product's service levels in brief, as the API shows them. */
export const serviceLevelSummaryDocuments = pgTable('service_level_summary_documents', {
  productId: text('product_id')
    .primaryKey()
    .references(() => serviceLevelSummaries.productId, { onDelete: 'cascade' }),
  summary: jsonb('summary').notNull(),
});

/** Incidents, opened by an evaluation (automatic) or by an owner (manual). */
export const incidents = pgTable(
  'incidents',
  {
    id: text('id').primaryKey(),
    productId: text('product_id').notNull(),
    portName: text('port_name'),
    sloId: text('slo_id'),
    origin: text('origin').notNull(),
    title: text('title').notNull(),
    status: text('status').notNull(),
    startedAt: timestamps('started_at').notNull(),
    detectedAt: timestamps('detected_at').notNull(),
    acknowledgedAt: timestamps('acknowledged_at'),
    acknowledgedBy: jsonb('acknowledged_by'),
    resolvedAt: timestamps('resolved_at'),
    resolvedBy: jsonb('resolved_by'),
    notes: jsonb('notes').notNull(),
    team: text('team'),
  },
  (table) => [
    // Two evaluations racing cannot both open an incident for the same port and SLO.
    uniqueIndex('incidents_one_open_automatic_idx')
      .on(table.productId, table.portName, table.sloId)
      .where(sql`origin = 'automatic' AND status <> 'resolved'`),
    index('incidents_product_idx').on(table.productId, table.startedAt),
    index('incidents_started_idx').on(table.startedAt),
  ],
);

/** Tokens pipelines send observations with: only the secret's SHA-256 is kept. */
export const ingestionTokens = pgTable(
  'ingestion_tokens',
  {
    id: text('id').primaryKey(),
    team: text('team').notNull(),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    secretHash: text('secret_hash').notNull().unique(),
    createdAt: timestamps('created_at').notNull(),
    createdBy: jsonb('created_by').notNull(),
    lastUsedAt: timestamps('last_used_at'),
    revokedAt: timestamps('revoked_at'),
  },
  (table) => [index('ingestion_tokens_team_idx').on(sql`lower(${table.team})`)],
);
