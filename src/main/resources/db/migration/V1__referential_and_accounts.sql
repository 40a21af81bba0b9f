-- Referential (theme -> subject -> motif), teams and accounts.
-- Portable SQL: the same script runs on PostgreSQL (production) and H2 in PostgreSQL mode (embedded).
-- Ids come from native sequences with an increment of 50, matching the entities' allocationSize,
-- so inserts never queue on a shared id row.

CREATE SEQUENCE referential_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE account_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE team (
    id          BIGINT PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL UNIQUE,
    label_fr    VARCHAR(200) NOT NULL,
    label_en    VARCHAR(200) NOT NULL,
    email       VARCHAR(254),
    active      BOOLEAN      NOT NULL DEFAULT TRUE
);

CREATE TABLE online_service (
    id          BIGINT PRIMARY KEY,
    code        VARCHAR(60)  NOT NULL UNIQUE,
    label_fr    VARCHAR(200) NOT NULL,
    label_en    VARCHAR(200) NOT NULL,
    url         VARCHAR(500) NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE
);

CREATE TABLE theme (
    id          BIGINT PRIMARY KEY,
    code        VARCHAR(60)  NOT NULL UNIQUE,
    label_fr    VARCHAR(200) NOT NULL,
    label_en    VARCHAR(200) NOT NULL,
    sort_order  INTEGER      NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE
);

-- Audiences: PARTICULIER, EXPLOITANT, EMPLOYEUR. A theme is offered to one or more of them.
CREATE TABLE theme_audience (
    theme_id    BIGINT       NOT NULL REFERENCES theme (id),
    audience    VARCHAR(20)  NOT NULL,
    PRIMARY KEY (theme_id, audience)
);

CREATE TABLE subject (
    id          BIGINT PRIMARY KEY,
    code        VARCHAR(60)  NOT NULL UNIQUE,
    theme_id    BIGINT       NOT NULL REFERENCES theme (id),
    label_fr    VARCHAR(200) NOT NULL,
    label_en    VARCHAR(200) NOT NULL,
    sort_order  INTEGER      NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE
);
CREATE INDEX subject_theme_idx ON subject (theme_id, sort_order);

CREATE TABLE motif (
    id                 BIGINT PRIMARY KEY,
    code               VARCHAR(60)  NOT NULL UNIQUE,
    subject_id         BIGINT       NOT NULL REFERENCES subject (id),
    label_fr           VARCHAR(200) NOT NULL,
    label_en           VARCHAR(200) NOT NULL,
    sort_order         INTEGER      NOT NULL,
    active             BOOLEAN      NOT NULL DEFAULT TRUE,
    online_service_id  BIGINT       REFERENCES online_service (id),
    team_id            BIGINT       NOT NULL REFERENCES team (id),
    -- Target response time, in French working days.
    sla_working_days   INTEGER      NOT NULL
);
CREATE INDEX motif_subject_idx ON motif (subject_id, sort_order);

-- Everyone who signs in: citizens (with their audience and contact details), agents and admins.
CREATE TABLE account (
    id              BIGINT PRIMARY KEY,
    login           VARCHAR(100) NOT NULL UNIQUE,
    password_hash   VARCHAR(400),
    kind            VARCHAR(20)  NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    audience        VARCHAR(20),
    email           VARCHAR(254),
    mobile          VARCHAR(20),
    sms_opt_in      BOOLEAN      NOT NULL DEFAULT TRUE,
    locale          VARCHAR(5)   NOT NULL DEFAULT 'fr',
    active          BOOLEAN      NOT NULL DEFAULT TRUE
);

CREATE TABLE account_role (
    account_id  BIGINT       NOT NULL REFERENCES account (id),
    role        VARCHAR(30)  NOT NULL,
    PRIMARY KEY (account_id, role)
);

CREATE TABLE team_member (
    team_id     BIGINT       NOT NULL REFERENCES team (id),
    account_id  BIGINT       NOT NULL REFERENCES account (id),
    team_lead   BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (team_id, account_id)
);
CREATE INDEX team_member_account_idx ON team_member (account_id);
