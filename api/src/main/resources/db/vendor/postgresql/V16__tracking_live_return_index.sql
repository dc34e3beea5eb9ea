-- One live return (SUBMITTED or VALIDATED) per KPI and reporting period, enforced by the database
-- so that concurrent submissions cannot both succeed. The H2 migration of the same version builds
-- an index of the same name; ReturnStore recognises a violation of it by that name.
CREATE UNIQUE INDEX trk_return_live_uq ON trk_return (commitment_id, period_start) WHERE status IN ('SUBMITTED', 'VALIDATED');
