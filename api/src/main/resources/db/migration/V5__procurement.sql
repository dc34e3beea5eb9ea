-- Procurement: question sets (versioned, immutable once published), tenders, sealed bids with
-- their revision history, and evaluators' and moderators' scores. Questions and answers are
-- stored as JSON documents: a published question-set version and a bid revision are snapshots
-- that are read and written whole, never queried by field.

CREATE TABLE prc_question_set (
    id                    VARCHAR(36)   NOT NULL PRIMARY KEY,
    version               BIGINT        NOT NULL,
    owner_organisation_id VARCHAR(36)   NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    series_id             VARCHAR(36)   NOT NULL,
    version_number        INTEGER       NOT NULL,
    status                VARCHAR(16)   NOT NULL,
    title                 VARCHAR(200)  NOT NULL,
    description           VARCHAR(4000),
    edition_id            VARCHAR(36)   NOT NULL REFERENCES fwk_edition (id),
    questions             VARCHAR(2000000) NOT NULL,
    published_at          TIMESTAMP WITH TIME ZONE,
    retired_at            TIMESTAMP WITH TIME ZONE,
    CONSTRAINT prc_question_set_series_uq UNIQUE (series_id, version_number)
);
CREATE INDEX prc_question_set_owner_idx ON prc_question_set (owner_organisation_id, title, id);

CREATE TABLE prc_question_set_share (
    question_set_id VARCHAR(36) NOT NULL REFERENCES prc_question_set (id) ON DELETE CASCADE,
    organisation_id VARCHAR(36) NOT NULL,
    CONSTRAINT prc_question_set_share_pk PRIMARY KEY (question_set_id, organisation_id)
);
CREATE INDEX prc_question_set_share_org_idx ON prc_question_set_share (organisation_id);

CREATE TABLE prc_tender (
    id                    VARCHAR(36)    NOT NULL PRIMARY KEY,
    version               BIGINT         NOT NULL,
    owner_organisation_id VARCHAR(36)    NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    buyer_tender_id       VARCHAR(100)   NOT NULL,
    ocid                  VARCHAR(100),
    title                 VARCHAR(300)   NOT NULL,
    question_set_id       VARCHAR(36)    NOT NULL REFERENCES prc_question_set (id),
    proxy_set_id          VARCHAR(36)    REFERENCES fwk_proxy_set (id),
    sv_weighting          NUMERIC(5, 2)  NOT NULL,
    contract_value        NUMERIC(19, 2) NOT NULL,
    currency              VARCHAR(3)     NOT NULL,
    deadline              TIMESTAMP WITH TIME ZONE NOT NULL,
    awarded_bid_id        VARCHAR(36),
    awarded_at            TIMESTAMP WITH TIME ZONE,
    CONSTRAINT prc_tender_buyer_id_uq UNIQUE (owner_organisation_id, buyer_tender_id)
);
CREATE INDEX prc_tender_deadline_idx ON prc_tender (deadline, id);

CREATE TABLE prc_tender_evaluator (
    tender_id VARCHAR(36)  NOT NULL REFERENCES prc_tender (id) ON DELETE CASCADE,
    subject   VARCHAR(200) NOT NULL,
    CONSTRAINT prc_tender_evaluator_pk PRIMARY KEY (tender_id, subject)
);
CREATE INDEX prc_tender_evaluator_subject_idx ON prc_tender_evaluator (subject);

CREATE TABLE prc_bid (
    id                    VARCHAR(36)    NOT NULL PRIMARY KEY,
    version               BIGINT         NOT NULL,
    owner_organisation_id VARCHAR(36)    NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    tender_id             VARCHAR(36)    NOT NULL REFERENCES prc_tender (id),
    revision              INTEGER        NOT NULL,
    price                 NUMERIC(19, 2) NOT NULL,
    answers               VARCHAR(4000000) NOT NULL,
    submitted_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT prc_bid_one_per_supplier_uq UNIQUE (tender_id, owner_organisation_id)
);
CREATE INDEX prc_bid_tender_idx ON prc_bid (tender_id, id);

-- Every submitted revision of a bid, the current one included; never updated or deleted.
CREATE TABLE prc_bid_revision (
    bid_id       VARCHAR(36)    NOT NULL REFERENCES prc_bid (id),
    revision     INTEGER        NOT NULL,
    submitted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_by VARCHAR(200)   NOT NULL,
    price        NUMERIC(19, 2) NOT NULL,
    answers      VARCHAR(4000000) NOT NULL,
    CONSTRAINT prc_bid_revision_pk PRIMARY KEY (bid_id, revision)
);

-- An evaluator's score of one answer (kind EVALUATION, slot = the evaluator's subject), or the
-- moderated final score (kind MODERATION, slot = 'final'). Owned by the buyer, audited.
CREATE TABLE prc_answer_score (
    id                    VARCHAR(36)   NOT NULL PRIMARY KEY,
    version               BIGINT        NOT NULL,
    owner_organisation_id VARCHAR(36)   NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    tender_id             VARCHAR(36)   NOT NULL REFERENCES prc_tender (id),
    bid_id                VARCHAR(36)   NOT NULL REFERENCES prc_bid (id),
    question_key          VARCHAR(20)   NOT NULL,
    kind                  VARCHAR(16)   NOT NULL,
    slot                  VARCHAR(200)  NOT NULL,
    scored_by             VARCHAR(200)  NOT NULL,
    score                 INTEGER       NOT NULL,
    comment               VARCHAR(4000),
    CONSTRAINT prc_answer_score_uq UNIQUE (bid_id, question_key, kind, slot)
);
CREATE INDEX prc_answer_score_tender_idx ON prc_answer_score (tender_id);
