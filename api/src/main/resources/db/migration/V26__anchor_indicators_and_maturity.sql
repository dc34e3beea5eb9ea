-- Anchor institutions (issue 19): institution-level indicators per anchor pillar, their periodic
-- returns and kept totals, the measure-to-pillar mapping that lets contract KPIs count towards a
-- pillar, and the commissioning-cycle maturity self-assessment. Every anc_ table belongs to the
-- anchor context; programmes and signatures stay recognition's (rec_).

-- The indicator catalogue: shipped rows (programme_id NULL) apply to every anchor framework;
-- a programme's administrators add their own (programme_id set).
CREATE TABLE anc_indicator (
    id                    VARCHAR(36)   NOT NULL PRIMARY KEY,
    version               BIGINT        NOT NULL,
    owner_organisation_id VARCHAR(36),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    programme_id          VARCHAR(36)   REFERENCES rec_programme (id),
    code                  VARCHAR(40)   NOT NULL,
    pillar_code           VARCHAR(20)   NOT NULL,
    title                 VARCHAR(300)  NOT NULL,
    unit                  VARCHAR(20)   NOT NULL,
    direction             VARCHAR(20)   NOT NULL,
    description           VARCHAR(2000)
);
CREATE INDEX anc_indicator_programme_idx ON anc_indicator (programme_id, code);

-- Which pillar a framework measure counts towards, so contract KPIs appear under a pillar.
CREATE TABLE anc_measure_pillar (
    id                    VARCHAR(36)   NOT NULL PRIMARY KEY,
    version               BIGINT        NOT NULL,
    owner_organisation_id VARCHAR(36),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    programme_id          VARCHAR(36)   REFERENCES rec_programme (id),
    measure_code          VARCHAR(40)   NOT NULL,
    pillar_code           VARCHAR(20)   NOT NULL
);
CREATE INDEX anc_measure_pillar_programme_idx ON anc_measure_pillar (programme_id, measure_code);

-- An anchor signatory's indicator: baseline, targets and how often it reports. owner is the
-- signatory; administering_organisation_id the programme's (NULL: platform admins validate).
CREATE TABLE anc_declaration (
    id                            VARCHAR(36)    NOT NULL PRIMARY KEY,
    version                       BIGINT         NOT NULL,
    owner_organisation_id         VARCHAR(36)    NOT NULL,
    created_at                    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                    TIMESTAMP WITH TIME ZONE NOT NULL,
    programme_id                  VARCHAR(36)    NOT NULL REFERENCES rec_programme (id),
    signature_id                  VARCHAR(36)    NOT NULL REFERENCES rec_signature (id),
    administering_organisation_id VARCHAR(36),
    indicator_code                VARCHAR(40)    NOT NULL,
    pillar_code                   VARCHAR(20)    NOT NULL,
    title                         VARCHAR(300)   NOT NULL,
    unit                          VARCHAR(20)    NOT NULL,
    direction                     VARCHAR(20)    NOT NULL,
    frequency                     VARCHAR(16)    NOT NULL,
    reporting_from                DATE           NOT NULL,
    baseline_value                NUMERIC(19, 4) NOT NULL,
    baseline_on                   DATE           NOT NULL,
    CONSTRAINT anc_declaration_uq UNIQUE (owner_organisation_id, programme_id, indicator_code)
);
CREATE INDEX anc_declaration_programme_idx ON anc_declaration (programme_id, indicator_code);

CREATE TABLE anc_declaration_target (
    declaration_id VARCHAR(36)    NOT NULL REFERENCES anc_declaration (id) ON DELETE CASCADE,
    due_on         DATE           NOT NULL,
    target_value   NUMERIC(19, 4) NOT NULL,
    CONSTRAINT anc_declaration_target_pk PRIMARY KEY (declaration_id, due_on)
);

-- Returns keep the contract returns' life cycle (submitted, validated or rejected, superseded by a
-- correction). live_period_start holds the period start while the return is live and NULL
-- otherwise, so the unique index allows one live return per declaration and period on every
-- database (NULLs never collide) without a partial index.
CREATE TABLE anc_indicator_return (
    id                            VARCHAR(36)    NOT NULL PRIMARY KEY,
    version                       BIGINT         NOT NULL,
    owner_organisation_id         VARCHAR(36)    NOT NULL,
    created_at                    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                    TIMESTAMP WITH TIME ZONE NOT NULL,
    declaration_id                VARCHAR(36)    NOT NULL REFERENCES anc_declaration (id),
    administering_organisation_id VARCHAR(36),
    period_start                  DATE           NOT NULL,
    period_end                    DATE           NOT NULL,
    live_period_start             DATE,
    reported_value                NUMERIC(19, 4) NOT NULL,
    narrative                     VARCHAR(4000),
    status                        VARCHAR(16)    NOT NULL,
    rejection_reason              VARCHAR(2000),
    supersedes_id                 VARCHAR(36),
    superseded_by_id              VARCHAR(36),
    submitted_by                  VARCHAR(200)   NOT NULL,
    submitted_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    reviewed_by                   VARCHAR(200),
    reviewed_at                   TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX anc_indicator_return_live_uq ON anc_indicator_return (declaration_id, live_period_start);
CREATE INDEX anc_indicator_return_declaration_idx ON anc_indicator_return (declaration_id, period_start, id);

CREATE TABLE anc_indicator_return_evidence (
    return_id   VARCHAR(36)   NOT NULL REFERENCES anc_indicator_return (id) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    kind        VARCHAR(16)   NOT NULL,
    reference   VARCHAR(2000) NOT NULL,
    sha256      VARCHAR(64),
    description VARCHAR(500),
    CONSTRAINT anc_indicator_return_evidence_pk PRIMARY KEY (return_id, position)
);

-- Kept totals, written in the same transaction as every return write: per declaration and
-- period, the live return's value as claimed and (once validated) as validated. Dashboards read
-- only these.
CREATE TABLE anc_indicator_total (
    declaration_id    VARCHAR(36)    NOT NULL REFERENCES anc_declaration (id),
    period_start      DATE           NOT NULL,
    claimed_value     NUMERIC(19, 4) NOT NULL,
    validated_value   NUMERIC(19, 4) NOT NULL,
    live_returns      INTEGER        NOT NULL,
    validated_returns INTEGER        NOT NULL,
    CONSTRAINT anc_indicator_total_pk PRIMARY KEY (declaration_id, period_start)
);

-- Each declaration's latest validated figure, kept with the totals: benchmarks and the
-- collective view read one row per signatory and indicator.
CREATE TABLE anc_indicator_latest (
    declaration_id  VARCHAR(36)    NOT NULL PRIMARY KEY REFERENCES anc_declaration (id),
    programme_id    VARCHAR(36)    NOT NULL,
    indicator_code  VARCHAR(40)    NOT NULL,
    organisation_id VARCHAR(36)    NOT NULL,
    period_start    DATE           NOT NULL,
    validated_value NUMERIC(19, 4) NOT NULL
);
CREATE INDEX anc_indicator_latest_peer_idx ON anc_indicator_latest (programme_id, indicator_code);

-- Commissioning-cycle maturity models: versioned; the shipped one (programme_id NULL) is svkit's
-- own, a programme's administrators publish further versions for their programme.
CREATE TABLE anc_maturity_model (
    id                    VARCHAR(36)   NOT NULL PRIMARY KEY,
    version               BIGINT        NOT NULL,
    owner_organisation_id VARCHAR(36),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    programme_id          VARCHAR(36)   REFERENCES rec_programme (id),
    code                  VARCHAR(40)   NOT NULL,
    model_version         INTEGER       NOT NULL,
    title                 VARCHAR(300)  NOT NULL,
    source                VARCHAR(2000) NOT NULL,
    CONSTRAINT anc_maturity_model_uq UNIQUE (code, model_version)
);

CREATE TABLE anc_maturity_level (
    model_id    VARCHAR(36)   NOT NULL REFERENCES anc_maturity_model (id) ON DELETE CASCADE,
    level_value INTEGER       NOT NULL,
    label       VARCHAR(100)  NOT NULL,
    description VARCHAR(1000),
    CONSTRAINT anc_maturity_level_pk PRIMARY KEY (model_id, level_value)
);

CREATE TABLE anc_maturity_statement (
    model_id  VARCHAR(36)   NOT NULL REFERENCES anc_maturity_model (id) ON DELETE CASCADE,
    code      VARCHAR(20)   NOT NULL,
    stage     VARCHAR(16)   NOT NULL,
    text      VARCHAR(1000) NOT NULL,
    position  INTEGER       NOT NULL,
    CONSTRAINT anc_maturity_statement_pk PRIMARY KEY (model_id, code)
);

-- An organisation's self-assessment against one model version; stage scores (mean level of the
-- stage's statements) are kept on the row, and is_latest marks the organisation's most recent
-- assessment of the model, which the place benchmark reads.
CREATE TABLE anc_self_assessment (
    id                    VARCHAR(36)   NOT NULL PRIMARY KEY,
    version               BIGINT        NOT NULL,
    owner_organisation_id VARCHAR(36)   NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    model_id              VARCHAR(36)   NOT NULL REFERENCES anc_maturity_model (id),
    assessed_on           DATE          NOT NULL,
    place_code            VARCHAR(9)    NOT NULL,
    plan_score            NUMERIC(6, 2) NOT NULL,
    procure_score         NUMERIC(6, 2) NOT NULL,
    manage_score          NUMERIC(6, 2) NOT NULL,
    review_score          NUMERIC(6, 2) NOT NULL,
    overall_score         NUMERIC(6, 2) NOT NULL,
    is_latest             BOOLEAN       NOT NULL,
    recorded_by           VARCHAR(200)  NOT NULL
);
CREATE INDEX anc_self_assessment_owner_idx ON anc_self_assessment (owner_organisation_id, model_id, assessed_on, id);
CREATE INDEX anc_self_assessment_place_idx ON anc_self_assessment (model_id, place_code, is_latest);

CREATE TABLE anc_self_assessment_score (
    assessment_id  VARCHAR(36)   NOT NULL REFERENCES anc_self_assessment (id) ON DELETE CASCADE,
    statement_code VARCHAR(20)   NOT NULL,
    level_value    INTEGER       NOT NULL,
    evidence_note  VARCHAR(2000),
    CONSTRAINT anc_self_assessment_score_pk PRIMARY KEY (assessment_id, statement_code)
);
