-- The buyer dashboard's and the peer benchmark's figures, kept per contract and summed per buyer, so
-- that a dashboard reads a few rows per theme, place and currency and ten contracts, whatever the
-- number of the buyer's contracts. Before, it read and rated every KPI of every contract on each
-- call: about 20 microseconds a contract, 300 ms for a buyer with 15,000 contracts.
--
-- Only KeptDashboardFigures writes these tables, under the buyer's row in trk_dashboard_buyer, so
-- the sums never race. A contract's rows are recomputed from its flat rows (contract, KPIs, kept
-- totals, target history) when it has changed: on PostgreSQL, triggers (V38) mark a changed
-- contract in trk_dashboard_dirty in the transaction of the change; elsewhere (H2) every read
-- recomputes all of the buyer's contracts, which is correct, only slower.

-- One row per buyer that has had its figures kept: the lock that serialises their upkeep, and the
-- rating thresholds the kept dates were computed with (other thresholds recompute everything).
CREATE TABLE trk_dashboard_buyer (
    buyer_organisation_id VARCHAR(36)  NOT NULL PRIMARY KEY,
    basis                 VARCHAR(200)
);

-- A contract's validated value and the first day each rating applies to its worst KPI (null:
-- never, as things stand). Ratings compare validated delivery with a target pro-rated to the day,
-- so they change with the date alone; kept as dates, "at risk today" is a comparison with today.
CREATE TABLE trk_dashboard_contract (
    contract_id               VARCHAR(36)    NOT NULL PRIMARY KEY,
    buyer_organisation_id     VARCHAR(36)    NOT NULL,
    title                     VARCHAR(300)   NOT NULL,
    currency                  VARCHAR(3)     NOT NULL,
    validated_value           NUMERIC(19, 2) NOT NULL,
    rated_from                DATE,
    approaching_from          DATE,
    requires_improvement_from DATE,
    inadequate_from           DATE
);
CREATE INDEX trk_dashboard_contract_top_idx
    ON trk_dashboard_contract (buyer_organisation_id, validated_value DESC, title, contract_id);
CREATE INDEX trk_dashboard_contract_title_idx
    ON trk_dashboard_contract (buyer_organisation_id, title, contract_id);
CREATE INDEX trk_dashboard_contract_inadequate_idx
    ON trk_dashboard_contract (buyer_organisation_id, inadequate_from);
CREATE INDEX trk_dashboard_contract_requires_improvement_idx
    ON trk_dashboard_contract (buyer_organisation_id, requires_improvement_from);

-- A contract's share of its buyer's groups: dimension C (its currency: the contract itself, its
-- value, the benchmark's counts), T (a theme) and P (a place). trk_dashboard_group holds their sums
-- per buyer; the upkeep subtracts a contract's old parts and adds its new ones.
CREATE TABLE trk_dashboard_part (
    contract_id         VARCHAR(36)    NOT NULL,
    dimension           CHAR(1)        NOT NULL,
    group_key           VARCHAR(500)   NOT NULL,
    currency            VARCHAR(3)     NOT NULL,
    contracts           INTEGER        NOT NULL,
    kpis                INTEGER        NOT NULL,
    vcfse_kpis          INTEGER        NOT NULL,
    delivered_shares    INTEGER        NOT NULL,
    delivered_share_sum NUMERIC(24, 6) NOT NULL,
    contract_value      NUMERIC(19, 2) NOT NULL,
    committed_value     NUMERIC(19, 2) NOT NULL,
    claimed_value       NUMERIC(19, 2) NOT NULL,
    validated_value     NUMERIC(19, 2) NOT NULL,
    CONSTRAINT trk_dashboard_part_pk PRIMARY KEY (contract_id, dimension, group_key)
);

CREATE TABLE trk_dashboard_group (
    buyer_organisation_id VARCHAR(36)    NOT NULL,
    dimension             CHAR(1)        NOT NULL,
    group_key             VARCHAR(500)   NOT NULL,
    currency              VARCHAR(3)     NOT NULL,
    contracts             INTEGER        NOT NULL,
    kpis                  INTEGER        NOT NULL,
    vcfse_kpis            INTEGER        NOT NULL,
    delivered_shares      INTEGER        NOT NULL,
    delivered_share_sum   NUMERIC(24, 6) NOT NULL,
    contract_value        NUMERIC(19, 2) NOT NULL,
    committed_value       NUMERIC(19, 2) NOT NULL,
    claimed_value         NUMERIC(19, 2) NOT NULL,
    validated_value       NUMERIC(19, 2) NOT NULL,
    CONSTRAINT trk_dashboard_group_pk
        PRIMARY KEY (buyer_organisation_id, dimension, group_key, currency)
);

-- Contracts changed since their rows were last kept (written by V38's triggers on PostgreSQL).
CREATE TABLE trk_dashboard_dirty (
    contract_id           VARCHAR(36) NOT NULL PRIMARY KEY,
    buyer_organisation_id VARCHAR(36) NOT NULL
);
CREATE INDEX trk_dashboard_dirty_buyer_idx ON trk_dashboard_dirty (buyer_organisation_id, contract_id);
