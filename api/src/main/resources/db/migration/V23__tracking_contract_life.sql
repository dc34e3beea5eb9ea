-- Procurement Act 2023 contract life: variations and termination (versioned modifications), KPI
-- definitions in force per period, the most material KPIs, performance failures and Contract
-- Performance Notice assessments.

ALTER TABLE trk_contract ADD COLUMN status VARCHAR(16) DEFAULT 'ACTIVE' NOT NULL;
ALTER TABLE trk_contract ADD COLUMN terminated_on DATE;
ALTER TABLE trk_contract ADD COLUMN termination_reason VARCHAR(2000);

ALTER TABLE trk_commitment ADD COLUMN most_material BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE trk_commitment ADD COLUMN effective_from DATE;
ALTER TABLE trk_commitment ADD COLUMN retired_on DATE;
-- True once the KPI has been added, re-targeted or retired after award: only then are its
-- definitions read from trk_commitment_target (unvaried KPIs cost no extra query).
ALTER TABLE trk_commitment ADD COLUMN varied BOOLEAN DEFAULT FALSE NOT NULL;

-- Each definition of a varied KPI's target, in force from effective_from until the next one.
CREATE TABLE trk_commitment_target (
    commitment_id   VARCHAR(36)    NOT NULL REFERENCES trk_commitment (id) ON DELETE CASCADE,
    effective_from  DATE           NOT NULL,
    target_quantity NUMERIC(19, 4) NOT NULL,
    period          VARCHAR(16)    NOT NULL,
    CONSTRAINT trk_commitment_target_pk PRIMARY KEY (commitment_id, effective_from)
);

CREATE TABLE trk_contract_modification (
    id                    VARCHAR(36)   NOT NULL PRIMARY KEY,
    version               BIGINT        NOT NULL,
    owner_organisation_id VARCHAR(36)   NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    contract_id           VARCHAR(36)   NOT NULL REFERENCES trk_contract (id),
    sequence_number       INTEGER       NOT NULL,
    kind                  VARCHAR(16)   NOT NULL,
    reason                VARCHAR(2000) NOT NULL,
    effective_on          DATE          NOT NULL,
    made_by               VARCHAR(200)  NOT NULL,
    CONSTRAINT trk_contract_modification_seq_uq UNIQUE (contract_id, sequence_number)
);

CREATE TABLE trk_contract_modification_change (
    modification_id VARCHAR(36)  NOT NULL REFERENCES trk_contract_modification (id) ON DELETE CASCADE,
    position        INTEGER      NOT NULL,
    change_type     VARCHAR(24)  NOT NULL,
    commitment_id   VARCHAR(36),
    from_value      VARCHAR(300),
    to_value        VARCHAR(300),
    CONSTRAINT trk_contract_modification_change_pk PRIMARY KEY (modification_id, position)
);

CREATE TABLE trk_performance_failure (
    id                    VARCHAR(36)   NOT NULL PRIMARY KEY,
    version               BIGINT        NOT NULL,
    owner_organisation_id VARCHAR(36)   NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    contract_id           VARCHAR(36)   NOT NULL REFERENCES trk_contract (id),
    commitment_id         VARCHAR(36),
    occurred_on           DATE          NOT NULL,
    description           VARCHAR(4000) NOT NULL,
    remedy                VARCHAR(4000),
    status                VARCHAR(16)   NOT NULL,
    recorded_by           VARCHAR(200)  NOT NULL
);
CREATE INDEX trk_performance_failure_contract_idx ON trk_performance_failure (contract_id, occurred_on, id);

CREATE TABLE trk_assessment (
    id                    VARCHAR(36)   NOT NULL PRIMARY KEY,
    version               BIGINT        NOT NULL,
    owner_organisation_id VARCHAR(36)   NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    contract_id           VARCHAR(36)   NOT NULL REFERENCES trk_contract (id),
    period_start          DATE          NOT NULL,
    period_end            DATE          NOT NULL,
    kind                  VARCHAR(16)   NOT NULL,
    status                VARCHAR(16)   NOT NULL,
    narrative             VARCHAR(10000),
    supersedes_id         VARCHAR(36),
    superseded_by_id      VARCHAR(36),
    created_by            VARCHAR(200)  NOT NULL,
    published_by          VARCHAR(200),
    published_at          TIMESTAMP WITH TIME ZONE
);
CREATE INDEX trk_assessment_contract_idx ON trk_assessment (contract_id, period_end, id);
CREATE INDEX trk_assessment_owner_idx ON trk_assessment (owner_organisation_id, status);

-- Each KPI as assessed: the figures the proposal came from, the proposed and the final rating.
CREATE TABLE trk_assessment_kpi (
    assessment_id   VARCHAR(36)    NOT NULL REFERENCES trk_assessment (id) ON DELETE CASCADE,
    position        INTEGER        NOT NULL,
    commitment_id   VARCHAR(36)    NOT NULL,
    measure_code    VARCHAR(40)    NOT NULL,
    title           VARCHAR(300)   NOT NULL,
    unit            VARCHAR(100),
    most_material   BOOLEAN        NOT NULL,
    expected        NUMERIC(19, 4) NOT NULL,
    delivered       NUMERIC(19, 4) NOT NULL,
    delivered_share NUMERIC(19, 4),
    proposed_rating VARCHAR(24)    NOT NULL,
    rating          VARCHAR(24)    NOT NULL,
    override_reason VARCHAR(2000),
    CONSTRAINT trk_assessment_kpi_pk PRIMARY KEY (assessment_id, position)
);

-- The performance failures a published assessment reports, frozen when it was published.
CREATE TABLE trk_assessment_failure (
    assessment_id VARCHAR(36)   NOT NULL REFERENCES trk_assessment (id) ON DELETE CASCADE,
    position      INTEGER       NOT NULL,
    failure_id    VARCHAR(36)   NOT NULL,
    commitment_id VARCHAR(36),
    occurred_on   DATE          NOT NULL,
    description   VARCHAR(4000) NOT NULL,
    remedy        VARCHAR(4000),
    status        VARCHAR(16)   NOT NULL,
    CONSTRAINT trk_assessment_failure_pk PRIMARY KEY (assessment_id, position)
);
