CREATE TABLE "incidents" (
	"id" text PRIMARY KEY NOT NULL,
	"product_id" text NOT NULL,
	"port_name" text,
	"slo_id" text,
	"origin" text NOT NULL,
	"title" text NOT NULL,
	"status" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"detected_at" timestamp with time zone NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" jsonb,
	"resolved_at" timestamp with time zone,
	"resolved_by" jsonb,
	"notes" jsonb NOT NULL,
	"team" text
);
--> statement-breakpoint
CREATE TABLE "ingestion_tokens" (
	"id" text PRIMARY KEY NOT NULL,
	"team" text NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"secret_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" jsonb NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "ingestion_tokens_secret_hash_unique" UNIQUE("secret_hash")
);
--> statement-breakpoint
CREATE TABLE "observation_runs" (
	"run_id" text NOT NULL,
	"product_id" text NOT NULL,
	"port_name" text NOT NULL,
	"remembered_at" timestamp with time zone NOT NULL,
	CONSTRAINT "observation_runs_run_id_product_id_port_name_pk" PRIMARY KEY("run_id","product_id","port_name")
);
--> statement-breakpoint
CREATE TABLE "observations" (
	"key" text PRIMARY KEY NOT NULL,
	"product_id" text NOT NULL,
	"port_name" text NOT NULL,
	"contract_id" text,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"observed_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"source" text NOT NULL,
	"source_name" text NOT NULL,
	"run_id" text,
	"rule_id" text,
	"check_name" text,
	"dimension" text,
	"message" text,
	"value" double precision
);
--> statement-breakpoint
CREATE TABLE "observed_reads" (
	"reader_product_id" text NOT NULL,
	"source_product_id" text NOT NULL,
	"source_port_name" text NOT NULL,
	"source_contract_id" text,
	"dataset_namespace" text NOT NULL,
	"dataset_name" text NOT NULL,
	"job_name" text NOT NULL,
	"first_seen_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	CONSTRAINT "observed_reads_reader_product_id_source_product_id_source_port_name_pk" PRIMARY KEY("reader_product_id","source_product_id","source_port_name")
);
--> statement-breakpoint
CREATE TABLE "service_level_summaries" (
	"product_id" text PRIMARY KEY NOT NULL,
	"sort_name" text NOT NULL,
	"domain" text,
	"team" text,
	"status" text NOT NULL,
	"status_rank" smallint NOT NULL,
	"deadline" timestamp with time zone,
	"worst_budget" double precision,
	"open_incidents" integer NOT NULL,
	"evaluated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_level_summary_documents" (
	"product_id" text PRIMARY KEY NOT NULL,
	"summary" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "slo_rollups" (
	"product_id" text NOT NULL,
	"port_name" text NOT NULL,
	"slo_id" text NOT NULL,
	"day" date NOT NULL,
	"good" double precision NOT NULL,
	"bad" double precision NOT NULL,
	CONSTRAINT "slo_rollups_product_id_port_name_slo_id_day_pk" PRIMARY KEY("product_id","port_name","slo_id","day")
);
--> statement-breakpoint
CREATE TABLE "unmatched_observations" (
	"source" text NOT NULL,
	"reference" text NOT NULL,
	"reason" text NOT NULL,
	"source_name" text NOT NULL,
	"observed_at" timestamp with time zone NOT NULL,
	"count" integer NOT NULL,
	"first_received_at" timestamp with time zone NOT NULL,
	"last_received_at" timestamp with time zone NOT NULL,
	CONSTRAINT "unmatched_observations_source_reference_reason_pk" PRIMARY KEY("source","reference","reason")
);
--> statement-breakpoint
ALTER TABLE "service_level_summary_documents" ADD CONSTRAINT "service_level_summary_documents_product_id_service_level_summaries_product_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."service_level_summaries"("product_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "incidents_one_open_automatic_idx" ON "incidents" USING btree ("product_id","port_name","slo_id") WHERE origin = 'automatic' AND status <> 'resolved';--> statement-breakpoint
CREATE INDEX "incidents_product_idx" ON "incidents" USING btree ("product_id","started_at");--> statement-breakpoint
CREATE INDEX "incidents_started_idx" ON "incidents" USING btree ("started_at");--> statement-breakpoint
CREATE INDEX "ingestion_tokens_team_idx" ON "ingestion_tokens" USING btree (lower("team"));--> statement-breakpoint
CREATE INDEX "observation_runs_remembered_idx" ON "observation_runs" USING btree ("remembered_at");--> statement-breakpoint
CREATE INDEX "observations_port_idx" ON "observations" USING btree ("product_id","port_name","observed_at");--> statement-breakpoint
CREATE INDEX "observations_observed_idx" ON "observations" USING btree ("observed_at");--> statement-breakpoint
CREATE INDEX "observed_reads_source_idx" ON "observed_reads" USING btree ("source_product_id");--> statement-breakpoint
CREATE INDEX "service_level_summaries_domain_idx" ON "service_level_summaries" USING btree ("domain");--> statement-breakpoint
CREATE INDEX "service_level_summaries_team_idx" ON "service_level_summaries" USING btree ("team");--> statement-breakpoint
CREATE INDEX "service_level_summaries_name_idx" ON "service_level_summaries" USING btree ("sort_name" COLLATE "C","product_id" COLLATE "C");--> statement-breakpoint
CREATE INDEX "service_level_summaries_status_idx" ON "service_level_summaries" USING btree ("status_rank","sort_name" COLLATE "C","product_id" COLLATE "C");--> statement-breakpoint
CREATE INDEX "service_level_summaries_budget_idx" ON "service_level_summaries" USING btree ("worst_budget");--> statement-breakpoint
CREATE INDEX "service_level_summaries_deadline_idx" ON "service_level_summaries" USING btree ("deadline") WHERE deadline IS NOT NULL;--> statement-breakpoint
CREATE INDEX "unmatched_observations_received_idx" ON "unmatched_observations" USING btree ("last_received_at");