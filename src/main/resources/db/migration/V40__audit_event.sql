-- The security audit trail: who did what to which object, when (UTC). Append-only for the
-- application: the code has no update or delete path, and in production the application's database
-- user is granted INSERT and SELECT only (server-config/postgresql-audit-grants.sql), so even a
-- compromised application cannot rewrite history. The detail never holds a message body or
-- personal data beyond account ids and logins.

CREATE SEQUENCE audit_event_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE audit_event (
    id              BIGINT PRIMARY KEY,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Null when nobody is signed in, or when a failed sign-in named a login that does not exist
    -- (that text may be a mistyped password, so it is not kept).
    actor_id        BIGINT,
    actor_login     VARCHAR(100),
    action          VARCHAR(40)  NOT NULL,
    target_type     VARCHAR(40),
    target_id       VARCHAR(60),
    detail          VARCHAR(200)
);
-- Investigations ask "what did this account do" and "what happened in this period".
CREATE INDEX audit_event_actor_idx ON audit_event (actor_id, occurred_at);
CREATE INDEX audit_event_occurred_idx ON audit_event (occurred_at);
CREATE INDEX audit_event_target_idx ON audit_event (target_type, target_id);
