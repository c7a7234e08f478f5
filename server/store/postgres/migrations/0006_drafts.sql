CREATE TABLE "drafts" (
	"owner_id" text NOT NULL,
	"kind" text NOT NULL,
	"id" text NOT NULL,
	"text" text NOT NULL,
	"base_version" text,
	"saved_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "drafts_owner_id_kind_id_pk" PRIMARY KEY("owner_id","kind","id")
);
