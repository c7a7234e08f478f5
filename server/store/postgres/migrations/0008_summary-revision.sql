CREATE SEQUENCE "public"."service_level_summary_revision" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
ALTER TABLE "service_level_summaries" ADD COLUMN "revision" bigint DEFAULT nextval('service_level_summary_revision') NOT NULL;--> statement-breakpoint
CREATE INDEX "service_level_summaries_revision_idx" ON "service_level_summaries" USING btree ("revision");--> statement-breakpoint
CREATE INDEX "service_level_summaries_due_idx" ON "service_level_summaries" USING btree ("deadline") WHERE evaluated_at < deadline;