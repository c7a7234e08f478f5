-- The audit log of access requests is append-only: no role of the application may change or
-- remove an entry once written.
CREATE FUNCTION meshport_refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'access_events is append-only: % is not allowed', TG_OP;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER access_events_append_only
  BEFORE UPDATE OR DELETE ON access_events
  FOR EACH ROW EXECUTE FUNCTION meshport_refuse_audit_change();
