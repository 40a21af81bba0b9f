-- Conversations between a citizen and the institution, their messages, and the wizard's
-- online-service offers (kept even when no conversation follows, for the deflection statistics).

CREATE SEQUENCE conversation_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE message_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE online_service_offer_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE conversation (
    id                  BIGINT PRIMARY KEY,
    reference           VARCHAR(20)  NOT NULL UNIQUE,
    -- One token per wizard run: a second submit of the same run finds this row (idempotency).
    submission_token    VARCHAR(36)  NOT NULL UNIQUE,
    citizen_id          BIGINT       NOT NULL REFERENCES account (id),
    audience            VARCHAR(20)  NOT NULL,
    motif_id            BIGINT       NOT NULL REFERENCES motif (id),
    team_id             BIGINT       NOT NULL REFERENCES team (id),
    assignee_id         BIGINT       REFERENCES account (id),
    status              VARCHAR(20)  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    first_response_at   TIMESTAMP WITH TIME ZONE,
    closed_at           TIMESTAMP WITH TIME ZONE,
    hidden_by_citizen   BOOLEAN      NOT NULL DEFAULT FALSE,
    version             BIGINT       NOT NULL DEFAULT 0
);
-- The citizen's home list: their conversations, newest first.
CREATE INDEX conversation_citizen_idx ON conversation (citizen_id, created_at DESC);
-- Team inboxes by status and urgency.
CREATE INDEX conversation_team_status_due_idx ON conversation (team_id, status, due_at);

CREATE TABLE message (
    id                  BIGINT PRIMARY KEY,
    conversation_id     BIGINT       NOT NULL REFERENCES conversation (id),
    author_kind         VARCHAR(20)  NOT NULL,
    author_id           BIGINT       NOT NULL REFERENCES account (id),
    -- Citizens write 10 to 750 characters; agents' replies may be longer.
    body                VARCHAR(8000) NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at             TIMESTAMP WITH TIME ZONE
);
CREATE INDEX message_conversation_idx ON message (conversation_id, created_at);

CREATE TABLE online_service_offer (
    id                  BIGINT PRIMARY KEY,
    motif_id            BIGINT       NOT NULL REFERENCES motif (id),
    online_service_id   BIGINT       NOT NULL REFERENCES online_service (id),
    audience            VARCHAR(20)  NOT NULL,
    -- USED_SERVICE, WROTE_MESSAGE or CHANGED_SELECTION (the guide's three options).
    choice              VARCHAR(30)  NOT NULL,
    occurred_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX online_service_offer_time_idx ON online_service_offer (occurred_at);
