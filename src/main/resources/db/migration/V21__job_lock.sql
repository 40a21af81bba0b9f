-- One row per scheduled batch job. An instance may start a job only after it moved locked_until
-- into the future with a conditional UPDATE (WHERE locked_until < now): the database lets exactly
-- one of several instances succeed, with no server-specific cluster service. The lock is released
-- when the job ends, and expires by itself if the instance died.
CREATE TABLE job_lock (
    code            VARCHAR(60)  PRIMARY KEY,
    locked_until    TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by       VARCHAR(100)
);
INSERT INTO job_lock (code, locked_until) VALUES
    ('conversation-retention', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00'),
    ('backoffice-sla-reminders', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00'),
    ('backoffice-statistics-export', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00'),
    ('referential-import', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');
