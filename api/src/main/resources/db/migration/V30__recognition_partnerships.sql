-- Partnerships outside contracts (issue 19): a business and a VCFSE record a partnership with
-- quantified commitments (measures of a framework edition), deliveries the VCFSE confirms, adjusts
-- or disputes, and each side's consent to show it on their public recognitions. owner is the
-- business; the VCFSE reads the partnership as the other party.
CREATE TABLE rec_partnership (
    id                    VARCHAR(36)   NOT NULL PRIMARY KEY,
    version               BIGINT        NOT NULL,
    owner_organisation_id VARCHAR(36)   NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    vcfse_organisation_id VARCHAR(36)   NOT NULL,
    title                 VARCHAR(300)  NOT NULL,
    description           VARCHAR(4000),
    started_on            DATE          NOT NULL,
    ends_on               DATE,
    edition_id            VARCHAR(36)   NOT NULL,
    proxy_set_id          VARCHAR(36),
    business_shows        BOOLEAN       NOT NULL,
    vcfse_shows           BOOLEAN       NOT NULL
);
CREATE INDEX rec_partnership_business_idx ON rec_partnership (owner_organisation_id, started_on, id);
CREATE INDEX rec_partnership_vcfse_idx ON rec_partnership (vcfse_organisation_id, started_on, id);

-- What the business commits to, with the kept total of quantities the VCFSE confirmed.
CREATE TABLE rec_partnership_commitment (
    partnership_id        VARCHAR(36)   NOT NULL REFERENCES rec_partnership (id),
    position              INTEGER       NOT NULL,
    measure_code          VARCHAR(40)   NOT NULL,
    target_quantity       DECIMAL(19,4) NOT NULL,
    confirmed_quantity    DECIMAL(19,4) NOT NULL,
    PRIMARY KEY (partnership_id, position)
);

-- A delivery the business records and the VCFSE decides on (PENDING until it does).
CREATE TABLE rec_partnership_delivery (
    id                    VARCHAR(36)   NOT NULL PRIMARY KEY,
    version               BIGINT        NOT NULL,
    owner_organisation_id VARCHAR(36)   NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    partnership_id        VARCHAR(36)   NOT NULL REFERENCES rec_partnership (id),
    vcfse_organisation_id VARCHAR(36)   NOT NULL,
    measure_code          VARCHAR(40)   NOT NULL,
    quantity              DECIMAL(19,4) NOT NULL,
    delivered_on          DATE          NOT NULL,
    note                  VARCHAR(2000),
    status                VARCHAR(16)   NOT NULL,
    confirmed_quantity    DECIMAL(19,4),
    reason                VARCHAR(2000),
    decided_at            TIMESTAMP WITH TIME ZONE
);
CREATE INDEX rec_partnership_delivery_idx ON rec_partnership_delivery (partnership_id, delivered_on, id);
