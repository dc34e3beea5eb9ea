-- Offers posted by businesses on the noticeboard (the mirror of dir_need) and VCFSEs' claims on
-- them (the mirror of dir_pledge). business_name is a copy of the organisation's name, taken when
-- the offer is posted, so searches need not read the organisation context's tables. latitude and
-- longitude come from the offer's postcode, for radius searches.

CREATE TABLE dir_offer (
    id                    VARCHAR(36)      NOT NULL PRIMARY KEY,
    version               BIGINT           NOT NULL,
    owner_organisation_id VARCHAR(36)      NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    business_name         VARCHAR(300)     NOT NULL,
    support_type          VARCHAR(24)      NOT NULL,
    title                 VARCHAR(200)     NOT NULL,
    description           VARCHAR(4000),
    quantity              NUMERIC(19, 2),
    unit                  VARCHAR(40),
    place_code            VARCHAR(9),
    postcode              VARCHAR(8),
    latitude              DOUBLE PRECISION,
    longitude             DOUBLE PRECISION,
    expires_on            DATE             NOT NULL,
    status                VARCHAR(16)      NOT NULL,
    claimed_quantity      NUMERIC(19, 2)   NOT NULL,
    delivered_quantity    NUMERIC(19, 2)   NOT NULL,
    claim_count           INTEGER          NOT NULL,
    search_text           VARCHAR(4300)    NOT NULL
);
CREATE INDEX dir_offer_listed_idx ON dir_offer (status, expires_on, id);
CREATE INDEX dir_offer_owner_idx ON dir_offer (owner_organisation_id, status);
CREATE INDEX dir_offer_support_idx ON dir_offer (support_type, status, expires_on);
CREATE INDEX dir_offer_geo_idx ON dir_offer (latitude, longitude);

CREATE TABLE dir_offer_claim (
    id                          VARCHAR(36)    NOT NULL PRIMARY KEY,
    version                     BIGINT         NOT NULL,
    owner_organisation_id       VARCHAR(36)    NOT NULL,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    offer_id                    VARCHAR(36)    NOT NULL REFERENCES dir_offer (id),
    offer_owner_organisation_id VARCHAR(36)    NOT NULL,
    quantity                    NUMERIC(19, 2),
    note                        VARCHAR(2000),
    commitment_id               VARCHAR(36),
    status                      VARCHAR(16)    NOT NULL,
    delivered_quantity          NUMERIC(19, 2),
    delivery_note               VARCHAR(2000),
    delivered_at                TIMESTAMP WITH TIME ZONE
);
CREATE INDEX dir_offer_claim_offer_idx ON dir_offer_claim (offer_id, created_at, id);
CREATE INDEX dir_offer_claim_owner_idx ON dir_offer_claim (owner_organisation_id);
CREATE INDEX dir_offer_claim_commitment_idx ON dir_offer_claim (commitment_id);
