CREATE TABLE "access_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"request_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" text NOT NULL,
	"actor_name" text NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text,
	"audience" text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "access_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"product_id" text NOT NULL,
	"requester_id" text NOT NULL,
	"status" text NOT NULL,
	"level1" text[] NOT NULL,
	"level2" text[] NOT NULL,
	"expires_at" timestamp with time zone,
	"request" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notification_reads" (
	"reader_id" text NOT NULL,
	"event_id" bigint NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_reads_reader_id_event_id_pk" PRIMARY KEY("reader_id","event_id")
);
--> statement-breakpoint
ALTER TABLE "access_events" ADD CONSTRAINT "access_events_request_id_access_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."access_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_reads" ADD CONSTRAINT "notification_reads_event_id_access_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."access_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "access_events_request_idx" ON "access_events" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "access_events_audience_idx" ON "access_events" USING gin ("audience");--> statement-breakpoint
CREATE INDEX "access_requests_product_idx" ON "access_requests" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "access_requests_requester_idx" ON "access_requests" USING btree ("requester_id");--> statement-breakpoint
CREATE INDEX "access_requests_status_idx" ON "access_requests" USING btree ("status","expires_at");--> statement-breakpoint
CREATE INDEX "access_requests_level1_idx" ON "access_requests" USING gin ("level1");--> statement-breakpoint
CREATE INDEX "access_requests_level2_idx" ON "access_requests" USING gin ("level2");