-- Issue 15 (speed): deliveries are claimed in (next_attempt_at, sequence) order, a few hundred at a
-- time out of a backlog of tens of thousands; with sequence in the index the claim reads the first
-- rows in order instead of sorting every due delivery on each claim.
DROP INDEX plt_webhook_delivery_due_idx;
CREATE INDEX plt_webhook_delivery_due_idx ON plt_webhook_delivery (status, next_attempt_at, sequence);
