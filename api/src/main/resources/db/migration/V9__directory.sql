-- The VCFSE partner directory and noticeboard: a profile per VCFSE organisation (keyed by the
-- organisation's id; the organisation context owns the organisation itself), a managed theme
-- taxonomy, needs posted by VCFSEs and pledges by businesses to meet them.

CREATE TABLE dir_theme (
    code     VARCHAR(40)  NOT NULL PRIMARY KEY,
    label    VARCHAR(100) NOT NULL,
    position INTEGER      NOT NULL
);

INSERT INTO dir_theme (code, label, position) VALUES
    ('health-and-wellbeing', 'Health and wellbeing', 1),
    ('mental-health', 'Mental health', 2),
    ('education-and-skills', 'Education and skills', 3),
    ('employment', 'Employment', 4),
    ('children-and-young-people', 'Children and young people', 5),
    ('older-people', 'Older people', 6),
    ('disability', 'Disability', 7),
    ('poverty-and-cost-of-living', 'Poverty and cost of living', 8),
    ('housing-and-homelessness', 'Housing and homelessness', 9),
    ('environment', 'Environment', 10),
    ('arts-and-culture', 'Arts and culture', 11),
    ('community-cohesion', 'Community cohesion', 12),
    ('food-insecurity', 'Food insecurity', 13),
    ('sport-and-physical-activity', 'Sport and physical activity', 14),
    ('digital-inclusion', 'Digital inclusion', 15),
    ('crime-and-community-safety', 'Crime and community safety', 16);

-- name and identifier are copies of the organisation's, taken when the profile is written, so the
-- directory can search and sort without reading the organisation context's tables.
CREATE TABLE dir_profile (
    id                    VARCHAR(36)      NOT NULL PRIMARY KEY,
    version               BIGINT           NOT NULL,
    owner_organisation_id VARCHAR(36)      NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    name                  VARCHAR(300)     NOT NULL,
    name_key              VARCHAR(300)     NOT NULL,
    identifier            VARCHAR(100)     NOT NULL,
    legal_form            VARCHAR(40)      NOT NULL,
    description           VARCHAR(4000),
    website               VARCHAR(500),
    income_band           VARCHAR(32),
    base_postcode         VARCHAR(8),
    base_place_code       VARCHAR(9),
    latitude              DOUBLE PRECISION,
    longitude             DOUBLE PRECISION,
    search_text           VARCHAR(4400)    NOT NULL,
    verification_status   VARCHAR(16)      NOT NULL,
    verified_at           TIMESTAMP WITH TIME ZONE,
    verified_by           VARCHAR(200)
);
CREATE INDEX dir_profile_name_idx ON dir_profile (name_key, id);
CREATE INDEX dir_profile_geo_idx ON dir_profile (latitude, longitude);
CREATE INDEX dir_profile_legal_form_idx ON dir_profile (legal_form);

CREATE TABLE dir_profile_theme (
    profile_id VARCHAR(36) NOT NULL REFERENCES dir_profile (id) ON DELETE CASCADE,
    theme_code VARCHAR(40) NOT NULL REFERENCES dir_theme (code),
    CONSTRAINT dir_profile_theme_pk PRIMARY KEY (profile_id, theme_code)
);
CREATE INDEX dir_profile_theme_code_idx ON dir_profile_theme (theme_code, profile_id);

CREATE TABLE dir_profile_place (
    profile_id VARCHAR(36) NOT NULL REFERENCES dir_profile (id) ON DELETE CASCADE,
    place_code VARCHAR(9)  NOT NULL,
    CONSTRAINT dir_profile_place_pk PRIMARY KEY (profile_id, place_code)
);
CREATE INDEX dir_profile_place_code_idx ON dir_profile_place (place_code, profile_id);

CREATE TABLE dir_profile_beneficiary (
    profile_id VARCHAR(36)  NOT NULL REFERENCES dir_profile (id) ON DELETE CASCADE,
    label      VARCHAR(100) NOT NULL,
    CONSTRAINT dir_profile_beneficiary_pk PRIMARY KEY (profile_id, label)
);

-- Contacts are personal data: the API shows them to authenticated callers only.
CREATE TABLE dir_profile_contact (
    profile_id VARCHAR(36)  NOT NULL REFERENCES dir_profile (id) ON DELETE CASCADE,
    position   INTEGER      NOT NULL,
    name       VARCHAR(200) NOT NULL,
    job_role   VARCHAR(200),
    email      VARCHAR(320),
    phone      VARCHAR(40),
    CONSTRAINT dir_profile_contact_pk PRIMARY KEY (profile_id, position)
);

CREATE TABLE dir_need (
    id                    VARCHAR(36)    NOT NULL PRIMARY KEY,
    version               BIGINT         NOT NULL,
    owner_organisation_id VARCHAR(36)    NOT NULL REFERENCES dir_profile (id),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    support_type          VARCHAR(24)    NOT NULL,
    title                 VARCHAR(200)   NOT NULL,
    description           VARCHAR(4000),
    quantity              NUMERIC(19, 2),
    unit                  VARCHAR(40),
    place_code            VARCHAR(9),
    expires_on            DATE           NOT NULL,
    status                VARCHAR(16)    NOT NULL,
    pledged_quantity      NUMERIC(19, 2) NOT NULL,
    delivered_quantity    NUMERIC(19, 2) NOT NULL,
    search_text           VARCHAR(4300)  NOT NULL
);
CREATE INDEX dir_need_open_idx ON dir_need (status, expires_on, id);
CREATE INDEX dir_need_owner_idx ON dir_need (owner_organisation_id, status);
CREATE INDEX dir_need_support_idx ON dir_need (support_type, status, expires_on);

CREATE TABLE dir_pledge (
    id                         VARCHAR(36)    NOT NULL PRIMARY KEY,
    version                    BIGINT         NOT NULL,
    owner_organisation_id      VARCHAR(36)    NOT NULL,
    created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    need_id                    VARCHAR(36)    NOT NULL REFERENCES dir_need (id),
    need_owner_organisation_id VARCHAR(36)    NOT NULL,
    quantity                   NUMERIC(19, 2),
    note                       VARCHAR(2000),
    commitment_id              VARCHAR(36),
    status                     VARCHAR(16)    NOT NULL,
    delivered_quantity         NUMERIC(19, 2),
    delivery_note              VARCHAR(2000),
    delivered_at               TIMESTAMP WITH TIME ZONE
);
CREATE INDEX dir_pledge_need_idx ON dir_pledge (need_id, created_at, id);
CREATE INDEX dir_pledge_owner_idx ON dir_pledge (owner_organisation_id);
CREATE INDEX dir_pledge_commitment_idx ON dir_pledge (commitment_id);
