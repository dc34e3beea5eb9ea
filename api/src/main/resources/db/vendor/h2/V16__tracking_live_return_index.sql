-- One live return (SUBMITTED or VALIDATED) per KPI and reporting period, enforced by the database
-- so that concurrent submissions cannot both succeed. H2 has no partial indexes, so a generated
-- column holds the period start while the return is live and NULL otherwise; a unique index lets
-- any number of rows with NULL through. The PostgreSQL migration of the same version uses a
-- partial index of the same name; ReturnStore recognises a violation of it by that name.
ALTER TABLE trk_return ADD COLUMN live_period_start DATE
    GENERATED ALWAYS AS (CASE WHEN status IN ('SUBMITTED', 'VALIDATED') THEN period_start END);
CREATE UNIQUE INDEX trk_return_live_uq ON trk_return (commitment_id, live_period_start);
