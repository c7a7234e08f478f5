CREATE TABLE "subscriptions" (
	"subscriber_id" text NOT NULL,
	"kind" text NOT NULL,
	"target_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "subscriptions_subscriber_id_kind_target_id_pk" PRIMARY KEY("subscriber_id","kind","target_id")
);
--> statement-breakpoint
CREATE INDEX "subscriptions_target_idx" ON "subscriptions" USING btree ("kind","target_id");