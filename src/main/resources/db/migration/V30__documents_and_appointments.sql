-- Documents a citizen sends (one receipt per upload batch, each file with its checksum and its
-- antivirus status) and appointment requests with their workflow.
-- Portable SQL: PostgreSQL 15 and H2 2.2 in PostgreSQL mode.

-- A notification may be about something else than a conversation (a document receipt, an
-- appointment): its reference says which, the renderer asks the owning feature for the details.
ALTER TABLE notification ADD COLUMN subject_ref VARCHAR(40);

CREATE SEQUENCE document_batch_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE document_file_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE appointment_seq START WITH 1000 INCREMENT BY 50;

-- One upload: what the receipt lists. Team copied at upload from the motif or the conversation,
-- so that the agents who may open the files do not change when the referential does.
CREATE TABLE document_batch (
    id                  BIGINT PRIMARY KEY,
    reference           VARCHAR(20)  NOT NULL UNIQUE,
    citizen_id          BIGINT       NOT NULL REFERENCES account (id),
    motif_id            BIGINT       REFERENCES motif (id),
    conversation_id     BIGINT       REFERENCES conversation (id),
    team_id             BIGINT       REFERENCES team (id),
    comment_text        VARCHAR(500),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX document_batch_citizen_idx ON document_batch (citizen_id, created_at DESC);
CREATE INDEX document_batch_team_idx ON document_batch (team_id, created_at DESC);

CREATE TABLE document_file (
    id                  BIGINT PRIMARY KEY,
    batch_id            BIGINT       NOT NULL REFERENCES document_batch (id),
    file_name           VARCHAR(255) NOT NULL,
    media_type          VARCHAR(50)  NOT NULL,
    size_bytes          BIGINT       NOT NULL,
    sha256              VARCHAR(64)  NOT NULL,
    -- CLEAN, NOT_SCANNED or INFECTED; agents never open an INFECTED file.
    scan_status         VARCHAR(20)  NOT NULL,
    position_in_batch   INTEGER      NOT NULL
);
CREATE INDEX document_file_batch_idx ON document_file (batch_id, position_in_batch);

-- The bytes apart from their description, so that listing files never loads them.
CREATE TABLE document_content (
    file_id             BIGINT PRIMARY KEY REFERENCES document_file (id),
    content             BYTEA        NOT NULL
);

CREATE TABLE appointment (
    id                  BIGINT PRIMARY KEY,
    reference           VARCHAR(20)  NOT NULL UNIQUE,
    citizen_id          BIGINT       NOT NULL REFERENCES account (id),
    motif_id            BIGINT       NOT NULL REFERENCES motif (id),
    team_id             BIGINT       NOT NULL REFERENCES team (id),
    -- PHONE, RECEPTION or VIDEO.
    channel             VARCHAR(20)  NOT NULL,
    phone               VARCHAR(20)  NOT NULL,
    -- The half-days the citizen can make, e.g. "2026-12-01:AM,2026-12-01:PM".
    preferred_slots     VARCHAR(1000) NOT NULL,
    -- REQUESTED -> CONFIRMED | DECLINED | CANCELLED; CONFIRMED -> CANCELLED.
    status              VARCHAR(20)  NOT NULL,
    slot_start          TIMESTAMP WITH TIME ZONE,
    slot_details        VARCHAR(200),
    decline_reason      VARCHAR(500),
    handled_by          BIGINT       REFERENCES account (id),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX appointment_citizen_idx ON appointment (citizen_id, created_at DESC);
CREATE INDEX appointment_team_status_idx ON appointment (team_id, status, created_at);
