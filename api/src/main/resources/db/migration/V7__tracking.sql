-- Contract KPI tracking: contracts and their commitments (KPIs), periodic returns with evidence,
-- and incrementally maintained progress per commitment and reporting period, which dashboards
-- and ratings read instead of scanning returns.

CREATE TABLE trk_contract (
    id                       VARCHAR(36)    NOT NULL PRIMARY KEY,
    version                  BIGINT         NOT NULL,
    owner_organisation_id    VARCHAR(36)    NOT NULL,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    supplier_organisation_id VARCHAR(36)    NOT NULL,
    buyer_contract_id        VARCHAR(100)   NOT NULL,
    ocid                     VARCHAR(100),
    title                    VARCHAR(300)   NOT NULL,
    contract_value           NUMERIC(19, 2) NOT NULL,
    currency                 VARCHAR(3)     NOT NULL,
    start_date               DATE           NOT NULL,
    end_date                 DATE           NOT NULL,
    edition_id               VARCHAR(36)    NOT NULL REFERENCES fwk_edition (id),
    proxy_set_id             VARCHAR(36)    REFERENCES fwk_proxy_set (id),
    source_tender_id         VARCHAR(36),
    source_bid_id            VARCHAR(36),
    CONSTRAINT trk_contract_buyer_id_uq UNIQUE (owner_organisation_id, buyer_contract_id)
);
CREATE INDEX trk_contract_owner_idx ON trk_contract (owner_organisation_id, title, id);
CREATE INDEX trk_contract_supplier_idx ON trk_contract (supplier_organisation_id, title, id);

CREATE TABLE trk_contract_place (
    contract_id VARCHAR(36) NOT NULL REFERENCES trk_contract (id) ON DELETE CASCADE,
    place_code  VARCHAR(9)  NOT NULL,
    CONSTRAINT trk_contract_place_pk PRIMARY KEY (contract_id, place_code)
);

CREATE TABLE trk_commitment (
    id                  VARCHAR(36)    NOT NULL PRIMARY KEY,
    contract_id         VARCHAR(36)    NOT NULL REFERENCES trk_contract (id) ON DELETE CASCADE,
    position            INTEGER        NOT NULL,
    measure_code        VARCHAR(40)    NOT NULL,
    title               VARCHAR(300),
    target_quantity     NUMERIC(19, 4) NOT NULL,
    period              VARCHAR(16)    NOT NULL,
    reporting_frequency VARCHAR(16)    NOT NULL,
    place_code          VARCHAR(9),
    vcfse_partner_id    VARCHAR(36),
    proxy_set_id        VARCHAR(36)    REFERENCES fwk_proxy_set (id),
    deadweight          NUMERIC(7, 4),
    attribution         NUMERIC(7, 4),
    displacement        NUMERIC(7, 4),
    drop_off            NUMERIC(7, 4)
);
CREATE INDEX trk_commitment_contract_idx ON trk_commitment (contract_id, position);

-- Returns are written in batches (a supplier's quarter in one request) and never updated except
-- for their review status; a correction is a new row that supersedes the old one.
CREATE TABLE trk_return (
    id                   VARCHAR(36)    NOT NULL PRIMARY KEY,
    version              BIGINT         NOT NULL,
    contract_id          VARCHAR(36)    NOT NULL REFERENCES trk_contract (id),
    commitment_id        VARCHAR(36)    NOT NULL REFERENCES trk_commitment (id),
    buyer_organisation_id VARCHAR(36)   NOT NULL,
    period_start         DATE           NOT NULL,
    period_end           DATE           NOT NULL,
    quantity             NUMERIC(19, 4) NOT NULL,
    narrative            VARCHAR(4000),
    evidence             VARCHAR(60000),
    status               VARCHAR(16)    NOT NULL,
    rejection_reason     VARCHAR(2000),
    supersedes_id        VARCHAR(36),
    superseded_by_id     VARCHAR(36),
    submitted_by         VARCHAR(200)   NOT NULL,
    submitted_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    reviewed_by          VARCHAR(200),
    reviewed_at          TIMESTAMP WITH TIME ZONE
);
CREATE INDEX trk_return_contract_idx ON trk_return (contract_id, submitted_at, id);
CREATE INDEX trk_return_commitment_idx ON trk_return (commitment_id, period_start);

-- Claimed and validated quantities per commitment and reporting period, kept current in the
-- same transaction as every return write.
CREATE TABLE trk_progress (
    commitment_id        VARCHAR(36)    NOT NULL REFERENCES trk_commitment (id) ON DELETE CASCADE,
    period_start         DATE           NOT NULL,
    contract_id          VARCHAR(36)    NOT NULL,
    buyer_organisation_id VARCHAR(36)   NOT NULL,
    claimed_quantity     NUMERIC(19, 4) NOT NULL,
    validated_quantity   NUMERIC(19, 4) NOT NULL,
    returns              INTEGER        NOT NULL,
    CONSTRAINT trk_progress_pk PRIMARY KEY (commitment_id, period_start)
);
CREATE INDEX trk_progress_buyer_idx ON trk_progress (buyer_organisation_id);

-- Buyers that share their figures, anonymously, to be benchmarked against peers.
CREATE TABLE trk_benchmark_opt_in (
    organisation_id VARCHAR(36) NOT NULL PRIMARY KEY,
    opted_in_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
