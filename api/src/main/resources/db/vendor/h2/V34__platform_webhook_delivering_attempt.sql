-- Issue 15 (speed): the attempt that delivers is kept on its delivery's row instead of a log row of
-- its own (failed attempts keep theirs). The PostgreSQL migration of the same version adds the same
-- columns and also makes the queue's indexes partial, which H2 cannot.
ALTER TABLE plt_webhook_delivery ADD COLUMN last_attempted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE plt_webhook_delivery ADD COLUMN last_latency_ms BIGINT;
ALTER TABLE plt_webhook_delivery ADD COLUMN last_response_excerpt VARCHAR(500);
