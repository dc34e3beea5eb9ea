-- Issue 13: a signature is the signing organisation's own statement. One a programme's
-- administrators record on an organisation's behalf (say, signed on paper) stays pending, shown
-- to nobody but that organisation and platform admins, until the organisation confirms it; one
-- the organisation makes itself is confirmed when made. Signatures recorded so far count as
-- confirmed when they were recorded.
ALTER TABLE rec_signature ADD COLUMN confirmed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE rec_signature ADD COLUMN confirmed_by VARCHAR(200);
UPDATE rec_signature SET confirmed_at = created_at, confirmed_by = recorded_by;
