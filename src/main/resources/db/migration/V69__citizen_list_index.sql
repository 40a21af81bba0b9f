-- The citizen's home list orders by (citizen, creation date desc, id desc). H2 keeps a page in index
-- order only when the index holds every ORDER BY column, the leading equal one included; with the
-- former (citizen, creation date) index it read and sorted the citizen's whole history for twenty
-- rows (0.8 ms at 2,000 conversations, 0.03 ms with this one). PostgreSQL uses it the same way.
DROP INDEX conversation_citizen_idx;
CREATE INDEX conversation_citizen_idx ON conversation (citizen_id, created_at DESC, id DESC);
-- The citizen's documents and appointment requests are listed the same way.
DROP INDEX document_batch_citizen_idx;
CREATE INDEX document_batch_citizen_idx ON document_batch (citizen_id, created_at DESC, id DESC);
DROP INDEX appointment_citizen_idx;
CREATE INDEX appointment_citizen_idx ON appointment (citizen_id, created_at DESC, id DESC);
