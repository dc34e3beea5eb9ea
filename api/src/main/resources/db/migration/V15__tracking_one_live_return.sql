-- One live return per KPI (commitment) and reporting period. A return is live while it counts as
-- claimed delivery: status SUBMITTED or VALIDATED (ReturnStatus.isLive). SUPERSEDED and REJECTED
-- returns are history and may be many. V16 (per database, under db/vendor) adds the unique index
-- that enforces the rule; this migration first resolves the duplicates that earlier versions
-- accepted, so the index can be built.
--
-- Of the live returns of one KPI and period, the one kept live is the VALIDATED one if any (the
-- buyer has reviewed it), otherwise the earliest submitted (then the lowest id). Every other live
-- return of that KPI and period is marked REJECTED, with a rejection reason naming the kept one
-- and reviewed_by 'svkit-migration-V15'; its version goes up, so its ETag changes. Nothing is
-- deleted: they stay readable in the contract's returns, the CSV export and the audit of the
-- rows themselves. The kept totals (trk_progress) of the affected periods are then recomputed
-- from the live returns, so claimed and validated quantities count each period once.

-- The return kept live for each KPI and period that has more than one live return.
CREATE TABLE trk_v15_keeper (
    commitment_id VARCHAR(36) NOT NULL,
    period_start  DATE        NOT NULL,
    keeper_id     VARCHAR(36) NOT NULL,
    CONSTRAINT trk_v15_keeper_pk PRIMARY KEY (commitment_id, period_start)
);

-- r is kept if no other live return of its KPI and period comes before it in the order
-- (VALIDATED first, then submitted_at, then id), and it has at least one live sibling.
INSERT INTO trk_v15_keeper (commitment_id, period_start, keeper_id)
SELECT r.commitment_id, r.period_start, r.id
  FROM trk_return r
 WHERE r.status IN ('SUBMITTED', 'VALIDATED')
   AND EXISTS (SELECT 1 FROM trk_return o
                WHERE o.commitment_id = r.commitment_id AND o.period_start = r.period_start
                  AND o.status IN ('SUBMITTED', 'VALIDATED') AND o.id <> r.id)
   AND NOT EXISTS (SELECT 1 FROM trk_return k
                    WHERE k.commitment_id = r.commitment_id AND k.period_start = r.period_start
                      AND k.status IN ('SUBMITTED', 'VALIDATED') AND k.id <> r.id
                      AND ((k.status = 'VALIDATED' AND r.status = 'SUBMITTED')
                           OR (k.status = r.status
                               AND (k.submitted_at < r.submitted_at OR (k.submitted_at = r.submitted_at AND k.id < r.id)))));

UPDATE trk_return
   SET status = 'REJECTED',
       rejection_reason = 'Duplicate: return ' || (SELECT k.keeper_id FROM trk_v15_keeper k
                                                    WHERE k.commitment_id = trk_return.commitment_id
                                                      AND k.period_start = trk_return.period_start)
           || ' is the live return for this KPI and reporting period. Withdrawn by the upgrade that allows one live return per'
           || ' KPI and period; correct the live return if its figures are wrong.',
       reviewed_by = 'svkit-migration-V15',
       reviewed_at = CURRENT_TIMESTAMP,
       version = version + 1
 WHERE status IN ('SUBMITTED', 'VALIDATED')
   AND id NOT IN (SELECT keeper_id FROM trk_v15_keeper)
   AND EXISTS (SELECT 1 FROM trk_v15_keeper k
                WHERE k.commitment_id = trk_return.commitment_id AND k.period_start = trk_return.period_start);

-- The kept totals of those periods, from their now single live return.
UPDATE trk_progress
   SET claimed_quantity = COALESCE((SELECT SUM(r.quantity) FROM trk_return r
                                     WHERE r.commitment_id = trk_progress.commitment_id AND r.period_start = trk_progress.period_start
                                       AND r.status IN ('SUBMITTED', 'VALIDATED')), 0),
       validated_quantity = COALESCE((SELECT SUM(r.quantity) FROM trk_return r
                                       WHERE r.commitment_id = trk_progress.commitment_id AND r.period_start = trk_progress.period_start
                                         AND r.status = 'VALIDATED'), 0),
       returns = (SELECT COUNT(*) FROM trk_return r
                   WHERE r.commitment_id = trk_progress.commitment_id AND r.period_start = trk_progress.period_start
                     AND r.status IN ('SUBMITTED', 'VALIDATED'))
 WHERE EXISTS (SELECT 1 FROM trk_v15_keeper k
                WHERE k.commitment_id = trk_progress.commitment_id AND k.period_start = trk_progress.period_start);

DROP TABLE trk_v15_keeper;
