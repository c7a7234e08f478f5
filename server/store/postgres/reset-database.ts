import { sql } from 'drizzle-orm';
import type { Database } from './database';

/** Empties every table, for tests that share one database between cases. */
export async function resetDatabase(database: Database): Promise<void> {
  await database.db.execute(
    sql`TRUNCATE document_versions, documents, product_search, meta, notification_reads, access_events, access_requests, notice_reads, notices, drafts, observations, observation_runs, unmatched_observations, observed_reads, slo_rollups, service_level_summaries, service_level_summary_documents, incidents, ingestion_tokens, subscriptions`,
  );
}
