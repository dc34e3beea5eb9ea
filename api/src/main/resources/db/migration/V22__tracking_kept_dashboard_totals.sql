-- Totals kept for the buyer dashboard and the peer benchmark, so that their cost follows a buyer's
-- KPIs and quarters, not the number of returns (trk_progress has one row per KPI and reporting
-- period, so as many rows as returns when every period has one). Both tables change only with the
-- returns they count, in the same transaction (PeriodTotalsRepository.apply).

-- Claimed and validated quantity of each KPI over all its periods: the sum of its trk_progress rows.
CREATE TABLE trk_commitment_totals (
    commitment_id         VARCHAR(36)    NOT NULL PRIMARY KEY REFERENCES trk_commitment (id) ON DELETE CASCADE,
    contract_id           VARCHAR(36)    NOT NULL,
    buyer_organisation_id VARCHAR(36)    NOT NULL,
    claimed_quantity      NUMERIC(19, 4) NOT NULL,
    validated_quantity    NUMERIC(19, 4) NOT NULL
);
CREATE INDEX trk_commitment_totals_buyer_idx ON trk_commitment_totals (buyer_organisation_id);

INSERT INTO trk_commitment_totals (commitment_id, contract_id, buyer_organisation_id, claimed_quantity, validated_quantity)
SELECT commitment_id, MIN(contract_id), MIN(buyer_organisation_id), SUM(claimed_quantity), SUM(validated_quantity)
  FROM trk_progress
 GROUP BY commitment_id;

-- Claimed and validated pounds of a buyer per calendar quarter of the reporting period's start
-- ('2026-Q1'): the sum over the buyer's KPIs of (the KPI's quantity in the quarter x its unit value,
-- rounded to pence), as the dashboard shows it. A writer adds the change of its KPI's rounded
-- figure. Rows are split into stripes (by contract) so that concurrent ingest of different
-- contracts of one buyer does not queue on one row per quarter; readers sum the stripes.
CREATE TABLE trk_buyer_quarter_value (
    buyer_organisation_id VARCHAR(36)    NOT NULL,
    quarter               VARCHAR(7)     NOT NULL,
    stripe                INTEGER        NOT NULL,
    claimed_value         NUMERIC(19, 2) NOT NULL,
    validated_value       NUMERIC(19, 2) NOT NULL,
    CONSTRAINT trk_buyer_quarter_value_pk PRIMARY KEY (buyer_organisation_id, quarter, stripe)
);

-- Buyers with returns from before this version. Unit values come from the framework's valuation
-- engine (Java), so their pounds per quarter cannot be computed here: the first dashboard read of
-- such a buyer computes them once from trk_progress and deletes the row; until then writers leave
-- the buyer's pounds alone (they are computed from trk_progress, which includes their change).
CREATE TABLE trk_buyer_value_pending (
    buyer_organisation_id VARCHAR(36) NOT NULL PRIMARY KEY
);
INSERT INTO trk_buyer_value_pending (buyer_organisation_id)
SELECT DISTINCT buyer_organisation_id FROM trk_progress;
