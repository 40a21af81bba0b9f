-- A motif's conversations by date: the inbox's motif filter, and the expected response time that
-- the wizard, the conversation page and the acknowledgement announce (the motif's answers of the
-- last 90 days). Without it both scanned the whole period, all motifs together.
CREATE INDEX conversation_motif_created_idx ON conversation (motif_id, created_at);
