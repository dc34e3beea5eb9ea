-- Issue 15 (speed): a subscription reads its events from the feed in order, from a position of its
-- own, instead of every event becoming a queued delivery row first. A delivery row is written once,
-- when an attempt has been made: delivered, or pending a retry (with the events about the same
-- subject behind it). The queue of pending rows is now for retries and redeliveries only.
--   stream_position: every event numbered up to here has been delivered or queued for this
--     subscription;
--   stream_matched: the highest event number the sequencer saw this subscription match; the stream
--     has work while it is ahead of the position;
--   stream_lease, stream_leased_until: the instance reading the stream, as for a delivery's lease.
ALTER TABLE plt_webhook_subscription ADD COLUMN stream_position BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE plt_webhook_subscription ADD COLUMN stream_matched BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE plt_webhook_subscription ADD COLUMN stream_lease VARCHAR(36);
ALTER TABLE plt_webhook_subscription ADD COLUMN stream_leased_until TIMESTAMP WITH TIME ZONE;
-- Every event numbered so far was fanned out to delivery rows already: streams start after them.
UPDATE plt_webhook_subscription
   SET stream_position = (SELECT last_value FROM plt_event_counter WHERE name = 'feed'),
       stream_matched = (SELECT last_value FROM plt_event_counter WHERE name = 'feed');
