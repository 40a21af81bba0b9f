-- The message rate limit counts a citizen's own messages of the last hour and day on every send:
-- this index keeps that count to a short range scan.
CREATE INDEX message_author_created_idx ON message (author_id, created_at);
