-- Makes the audit trail append-only for the application in production (PostgreSQL).
--
-- Run once as the schema owner (the role Flyway migrates with), after the V40 migration, with
-- psql -v app_user=messagerie_app -f postgresql-audit-grants.sql
-- The application must connect as a role that does NOT own the tables (an owner can always grant
-- itself rights back): migrations as "messagerie_owner", the running WAR as "messagerie_app".

REVOKE ALL ON audit_event FROM :"app_user";
GRANT SELECT, INSERT ON audit_event TO :"app_user";
GRANT USAGE, SELECT ON SEQUENCE audit_event_seq TO :"app_user";

-- Second lock, for mistakes by humans with broader rights: a row once written never changes.
-- (Only the table owner or a superuser can drop this trigger, and doing so is itself visible in
-- the PostgreSQL logs.)
CREATE OR REPLACE FUNCTION audit_event_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS audit_event_no_update ON audit_event;
CREATE TRIGGER audit_event_no_update
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();

-- Retention: audit rows are kept by an archival job run by the owner role, never by the app.
