-- Issue 15 (speed): the outbox and the delivery queue are read by their unfinished rows only (events
-- not yet numbered, deliveries pending), a few hundred at a time, while the finished rows pile up for
-- the retention period. Partial indexes hold just the unfinished rows, so the sequencer's and the
-- claim's ordered reads stay short, and finishing a row (numbering an event, recording a delivery)
-- adds no entry to them. H2 has no partial indexes: its indexes of V19 and V32 stay as they are.
-- Also (on H2 too): the attempt that delivers is kept on its delivery's row instead of a log row of
-- its own (failed attempts keep theirs), one write fewer per delivery.
ALTER TABLE plt_webhook_delivery ADD COLUMN last_attempted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE plt_webhook_delivery ADD COLUMN last_latency_ms BIGINT;
ALTER TABLE plt_webhook_delivery ADD COLUMN last_response_excerpt VARCHAR(500);

DROP INDEX plt_event_unsequenced_idx;
CREATE INDEX plt_event_unsequenced_idx ON plt_event (occurred_at, id) WHERE sequence IS NULL;

DROP INDEX plt_webhook_delivery_due_idx;
CREATE INDEX plt_webhook_delivery_due_idx ON plt_webhook_delivery (next_attempt_at, sequence)
    WHERE status = 'PENDING';
DROP INDEX plt_webhook_delivery_order_idx;
CREATE INDEX plt_webhook_delivery_order_idx ON plt_webhook_delivery (subscription_id, subject, sequence)
    WHERE status = 'PENDING';

-- Both tables churn like queues (insert, update once or twice, then keep): vacuum and analyse them
-- after 2 % of their rows changed rather than 20 %, so dead index entries and the planner's row
-- counts keep up with them.
ALTER TABLE plt_event SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);
-- A claim's lease changes no indexed column: with room left on the page (fillfactor) its new row
-- version stays there with no new index entries (a HOT update).
ALTER TABLE plt_webhook_delivery SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02,
    fillfactor = 75);
