CREATE SEQUENCE "public"."service_level_change" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
ALTER TABLE "service_level_summaries" ADD COLUMN "kinds" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
-- Summaries saved before the column existed take their kinds from the summary they show.
UPDATE "service_level_summaries" s SET "kinds" = ARRAY(
  SELECT DISTINCT slo->>'kind' FROM jsonb_array_elements(d.summary->'slos') slo
  WHERE slo->>'kind' IS NOT NULL ORDER BY 1)
FROM "service_level_summary_documents" d WHERE d.product_id = s.product_id;
