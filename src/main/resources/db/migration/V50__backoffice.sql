-- Back office: internal notes, canned responses, the history of what agents did, and the indexes
-- the team inboxes query. Portable SQL (PostgreSQL 15 and H2 in PostgreSQL mode); the
-- PostgreSQL-only full-text index on message bodies is created by the Java migration V51.

CREATE SEQUENCE backoffice_seq START WITH 1000 INCREMENT BY 50;

-- Notes agents leave for each other. A table of their own, never the message table, so no
-- citizen-side query can ever show them.
CREATE TABLE conversation_note (
    id                  BIGINT PRIMARY KEY,
    conversation_id     BIGINT        NOT NULL REFERENCES conversation (id),
    author_id           BIGINT        NOT NULL REFERENCES account (id),
    body                VARCHAR(4000) NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX conversation_note_conversation_idx ON conversation_note (conversation_id, created_at);

-- What happened to a conversation in the back office (taken, assigned, re-routed, replied,
-- closed, reopened, noted), shown in the agent's view. Detail holds codes and ids, no free text.
CREATE TABLE conversation_event (
    id                  BIGINT PRIMARY KEY,
    conversation_id     BIGINT        NOT NULL REFERENCES conversation (id),
    actor_id            BIGINT        NOT NULL REFERENCES account (id),
    kind                VARCHAR(30)   NOT NULL,
    detail              VARCHAR(200),
    occurred_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX conversation_event_conversation_idx ON conversation_event (conversation_id, occurred_at);

-- Prepared answers, for one motif or for a whole team; {nom} and {reference} are filled in.
CREATE TABLE canned_response (
    id                  BIGINT PRIMARY KEY,
    title               VARCHAR(200)  NOT NULL,
    body                VARCHAR(4000) NOT NULL,
    motif_id            BIGINT        REFERENCES motif (id),
    team_id             BIGINT        REFERENCES team (id),
    sort_order          INTEGER       NOT NULL,
    active              BOOLEAN       NOT NULL DEFAULT TRUE
);
CREATE INDEX canned_response_motif_idx ON canned_response (motif_id);
CREATE INDEX canned_response_team_idx ON canned_response (team_id);

INSERT INTO canned_response (id, title, body, motif_id, team_id, sort_order, active) VALUES
    (1, 'Changement de situation pris en compte',
     'Bonjour {nom},

Nous avons bien pris en compte le changement de situation signalé dans votre demande {reference}. Vos droits seront recalculés dans les prochains jours ; vous n''avez rien d''autre à faire.

Cordialement,
L''équipe Famille, logement',
     (SELECT id FROM motif WHERE code = 'MOTIF_CHANGEMENT_SITUATION_FAMILLE'), NULL, 10, TRUE),
    (2, 'Pièce justificative demandée',
     'Bonjour {nom},

Pour traiter votre demande {reference}, merci de nous transmettre une pièce justificative depuis votre espace privé, rubrique « Envoyer un document ».

Cordialement',
     NULL, 3, 20, TRUE),
    (3, 'Demande transmise au service compétent',
     'Bonjour {nom},

Votre demande {reference} a été transmise au service compétent, qui vous répondra dans cette messagerie.

Cordialement',
     NULL, 5, 10, TRUE);

-- Inbox queries: "my requests" (assignee), unassigned per team, and the urgency order of the
-- admin's all-teams view. (team_id, status, due_at) already exists from V3.
CREATE INDEX conversation_assignee_status_due_idx ON conversation (assignee_id, status, due_at);
CREATE INDEX conversation_status_due_idx ON conversation (status, due_at);
-- Statistics over a period.
CREATE INDEX conversation_created_idx ON conversation (created_at);
