-- Retention: a conversation closed for longer than the retention period is anonymised. Its messages
-- and notifications are deleted; the row keeps only non-personal facts (audience, motif, team,
-- dates, status) so that statistics still count it, and loses its link to the citizen.
ALTER TABLE conversation ALTER COLUMN citizen_id DROP NOT NULL;
ALTER TABLE conversation ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;
-- When the citizen was warned that the content will be deleted: recorded so that a warning is never
-- sent twice, and so that nothing is deleted before the notice period has passed.
ALTER TABLE conversation ADD COLUMN retention_warned_at TIMESTAMP WITH TIME ZONE;
-- The retention job's reader walks closed conversations by id; the auto-close reader looks for
-- waiting ones by last activity.
CREATE INDEX conversation_status_closed_idx ON conversation (status, closed_at, id);
