-- The notification outbox: written in the transaction that stores the message, published to JMS
-- after commit, delivered by the message-driven dispatcher. The id is a UUID that travels to the
-- providers (mail Message-ID, SMS reference).

CREATE TABLE notification (
    id                  VARCHAR(36)  PRIMARY KEY,
    kind                VARCHAR(40)  NOT NULL,
    channel             VARCHAR(10)  NOT NULL,
    account_id          BIGINT       NOT NULL REFERENCES account (id),
    conversation_id     BIGINT       REFERENCES conversation (id),
    -- PENDING -> SENDING -> SENT; or FAILED after the last retry; or NOT_SENT (no address).
    status              VARCHAR(20)  NOT NULL,
    attempts            INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_until         TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at             TIMESTAMP WITH TIME ZONE,
    last_error          VARCHAR(500),
    version             BIGINT       NOT NULL DEFAULT 0
);
-- The sweeper's query: what is due and still waiting.
CREATE INDEX notification_status_due_idx ON notification (status, next_attempt_at);
CREATE INDEX notification_conversation_idx ON notification (conversation_id);
