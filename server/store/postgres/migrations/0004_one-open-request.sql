-- At most one open (submitted or half-approved) request per product, port, role and grantee,
-- enforced by the database so that two submissions at once cannot both be stored.
ALTER TABLE "access_requests" ADD COLUMN "port_name" text;--> statement-breakpoint
ALTER TABLE "access_requests" ADD COLUMN "role" text;--> statement-breakpoint
ALTER TABLE "access_requests" ADD COLUMN "grantee_kind" text;--> statement-breakpoint
ALTER TABLE "access_requests" ADD COLUMN "grantee_id" text;--> statement-breakpoint
UPDATE "access_requests" SET
  "port_name" = "request"->>'portName',
  "role" = "request"->>'role',
  "grantee_kind" = "request"->'grantee'->>'kind',
  "grantee_id" = "request"->'grantee'->>'id';--> statement-breakpoint
-- Duplicates stored before this rule: the oldest stays open, later copies are cancelled by
-- Meshport, each with an entry in the audit log saying why.
CREATE TEMPORARY TABLE "duplicate_requests" ON COMMIT DROP AS
  SELECT "id", "status" AS "from_status", "level1", "level2", "first_id" FROM (
    SELECT "id", "status", "level1", "level2",
      first_value("id") OVER same AS "first_id",
      row_number() OVER same AS "position"
    FROM "access_requests"
    WHERE "status" IN ('submitted', 'approved-level-1')
    WINDOW same AS (PARTITION BY "product_id", "port_name", "role", "grantee_kind", "grantee_id"
                    ORDER BY "created_at", "id")
  ) AS "ranked" WHERE "position" > 1;--> statement-breakpoint
UPDATE "access_requests" AS r SET
  "status" = 'cancelled',
  "request" = r."request" || jsonb_build_object(
    'status', 'cancelled',
    'updatedAt', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'reason', 'A duplicate of request ' || d."first_id" || ', which stays open')
FROM "duplicate_requests" AS d WHERE r."id" = d."id";--> statement-breakpoint
INSERT INTO "access_events" ("request_id", "at", "actor_id", "actor_name", "action", "from_status", "to_status", "reason", "audience")
  SELECT "id", now(), 'meshport', 'Meshport', 'cancel', "from_status", 'cancelled',
    'A duplicate of request ' || "first_id" || ', which stays open',
    CASE WHEN "from_status" = 'approved-level-1' THEN "level2" ELSE "level1" END
  FROM "duplicate_requests";--> statement-breakpoint
ALTER TABLE "access_requests" ALTER COLUMN "port_name" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "access_requests" ALTER COLUMN "role" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "access_requests" ALTER COLUMN "grantee_kind" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "access_requests" ALTER COLUMN "grantee_id" SET NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "access_requests_one_open_idx" ON "access_requests" USING btree ("product_id","port_name","role","grantee_kind","grantee_id") WHERE status IN ('submitted', 'approved-level-1');
