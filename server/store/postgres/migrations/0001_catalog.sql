CREATE TABLE "document_versions" (
	"kind" text NOT NULL,
	"id" text NOT NULL,
	"version" text NOT NULL,
	"text" text NOT NULL,
	"document" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	CONSTRAINT "document_versions_kind_id_version_pk" PRIMARY KEY("kind","id","version")
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"kind" text NOT NULL,
	"id" text NOT NULL,
	"current_version" text NOT NULL,
	CONSTRAINT "documents_kind_id_pk" PRIMARY KEY("kind","id")
);
--> statement-breakpoint
CREATE TABLE "meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "product_search" (
	"id" text PRIMARY KEY NOT NULL,
	"summary" jsonb NOT NULL,
	"name" text NOT NULL,
	"sort_name" text NOT NULL,
	"status" text NOT NULL,
	"domain" text,
	"owner" text,
	"tags" text[] NOT NULL,
	"port_types" text[] NOT NULL,
	"classifications" text[] NOT NULL,
	"has_personal_data" boolean NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"input_contract_ids" text[] NOT NULL,
	"output_contract_ids" text[] NOT NULL,
	"name_text" text NOT NULL,
	"search_vector" "tsvector" NOT NULL,
	"rank_vector" "tsvector" NOT NULL
);
--> statement-breakpoint
CREATE INDEX "product_search_vector_idx" ON "product_search" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "product_search_name_trgm_idx" ON "product_search" USING gin ("name_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "product_search_sort_idx" ON "product_search" USING btree ("sort_name" COLLATE "C","id" COLLATE "C");--> statement-breakpoint
CREATE INDEX "product_search_updated_idx" ON "product_search" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "product_search_domain_idx" ON "product_search" USING btree ("domain");--> statement-breakpoint
CREATE INDEX "product_search_status_idx" ON "product_search" USING btree ("status");--> statement-breakpoint
CREATE INDEX "product_search_owner_idx" ON "product_search" USING btree ("owner");--> statement-breakpoint
CREATE INDEX "product_search_tags_idx" ON "product_search" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "product_search_port_types_idx" ON "product_search" USING gin ("port_types");--> statement-breakpoint
CREATE INDEX "product_search_classifications_idx" ON "product_search" USING gin ("classifications");--> statement-breakpoint
CREATE INDEX "product_search_inputs_idx" ON "product_search" USING gin ("input_contract_ids");--> statement-breakpoint
CREATE INDEX "product_search_outputs_idx" ON "product_search" USING gin ("output_contract_ids");