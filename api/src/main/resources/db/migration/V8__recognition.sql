-- Recognitions: programmes (charters, pledges, the anchor framework, award schemes), organisations'
-- signatures of them (withdrawal keeps the row), and award applications with their evidence per
-- theme and the assessors' decision. An awarded application is the award: it runs from the
-- decision date for the scheme's validity period. Seeds the four Cheshire & Merseyside programmes.

CREATE TABLE rec_programme (
    id                    VARCHAR(36)   NOT NULL PRIMARY KEY,
    version               BIGINT        NOT NULL,
    owner_organisation_id VARCHAR(36),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    code                  VARCHAR(40)   NOT NULL,
    kind                  VARCHAR(20)   NOT NULL,
    name                  VARCHAR(300)  NOT NULL,
    administered_by       VARCHAR(300)  NOT NULL,
    summary               VARCHAR(4000),
    text_url              VARCHAR(1000),
    programme_version     VARCHAR(40)   NOT NULL,
    launched_on           DATE,
    validity_months       INTEGER,
    CONSTRAINT rec_programme_code_uq UNIQUE (code)
);

-- Themes of an award scheme, pillars and principles of a framework.
CREATE TABLE rec_programme_element (
    programme_id VARCHAR(36)   NOT NULL REFERENCES rec_programme (id) ON DELETE CASCADE,
    code         VARCHAR(20)   NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    title        VARCHAR(300)  NOT NULL,
    guidance     VARCHAR(2000),
    position     INTEGER       NOT NULL,
    CONSTRAINT rec_programme_element_pk PRIMARY KEY (programme_id, code)
);

CREATE TABLE rec_programme_assessor (
    programme_id VARCHAR(36)  NOT NULL REFERENCES rec_programme (id) ON DELETE CASCADE,
    subject      VARCHAR(200) NOT NULL,
    CONSTRAINT rec_programme_assessor_pk PRIMARY KEY (programme_id, subject)
);

-- owner_organisation_id is the signing organisation.
CREATE TABLE rec_signature (
    id                    VARCHAR(36)   NOT NULL PRIMARY KEY,
    version               BIGINT        NOT NULL,
    owner_organisation_id VARCHAR(36)   NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    programme_id          VARCHAR(36)   NOT NULL REFERENCES rec_programme (id),
    programme_version     VARCHAR(40)   NOT NULL,
    signed_on             DATE          NOT NULL,
    signatory_name        VARCHAR(200)  NOT NULL,
    signatory_role        VARCHAR(200)  NOT NULL,
    statement             VARCHAR(4000),
    place_code            VARCHAR(9),
    sector                VARCHAR(30)   NOT NULL,
    recorded_by           VARCHAR(200)  NOT NULL,
    withdrawn_on          DATE,
    withdrawal_reason     VARCHAR(2000)
);
CREATE INDEX rec_signature_programme_idx ON rec_signature (programme_id, signed_on, id);
CREATE INDEX rec_signature_owner_idx ON rec_signature (owner_organisation_id, programme_id);

-- An anchor signatory's commitment per pillar, optionally linked to a KPI tracking indicator
-- (a framework measure code such as LM-SUP-01, local supply-chain spend).
CREATE TABLE rec_signature_commitment (
    signature_id   VARCHAR(36)   NOT NULL REFERENCES rec_signature (id) ON DELETE CASCADE,
    position       INTEGER       NOT NULL,
    element_code   VARCHAR(20)   NOT NULL,
    commitment     VARCHAR(2000) NOT NULL,
    indicator_code VARCHAR(40),
    CONSTRAINT rec_signature_commitment_pk PRIMARY KEY (signature_id, position)
);

-- owner_organisation_id is the applicant.
CREATE TABLE rec_award_application (
    id                    VARCHAR(36)   NOT NULL PRIMARY KEY,
    version               BIGINT        NOT NULL,
    owner_organisation_id VARCHAR(36)   NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    programme_id          VARCHAR(36)   NOT NULL REFERENCES rec_programme (id),
    programme_version     VARCHAR(40)   NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    place_code            VARCHAR(9),
    sector                VARCHAR(30)   NOT NULL,
    contact_name          VARCHAR(200)  NOT NULL,
    renewal_of            VARCHAR(36)   REFERENCES rec_award_application (id),
    submitted_by          VARCHAR(200)  NOT NULL,
    decided_on            DATE,
    decided_by            VARCHAR(200),
    reasons               VARCHAR(4000),
    expires_on            DATE
);
CREATE INDEX rec_award_programme_idx ON rec_award_application (programme_id, status, expires_on, id);
CREATE INDEX rec_award_owner_idx ON rec_award_application (owner_organisation_id, status);

CREATE TABLE rec_award_evidence (
    application_id VARCHAR(36)   NOT NULL REFERENCES rec_award_application (id) ON DELETE CASCADE,
    theme_code     VARCHAR(20)   NOT NULL,
    change_made    VARCHAR(4000) NOT NULL,
    stakeholders   INTEGER       NOT NULL,
    location       VARCHAR(300)  NOT NULL,
    evidence_period VARCHAR(100) NOT NULL,
    CONSTRAINT rec_award_evidence_pk PRIMARY KEY (application_id, theme_code)
);

INSERT INTO rec_programme (id, version, owner_organisation_id, created_at, updated_at, code, kind, name, administered_by, summary, text_url, programme_version, launched_on, validity_months) VALUES
    ('6b2d7c1e-0000-4000-8000-000000000001', 0, NULL, TIMESTAMP WITH TIME ZONE '2019-07-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2019-07-01 00:00:00+00',
     'CM-SV-CHARTER', 'CHARTER', 'Cheshire & Merseyside Social Value Charter', 'Cheshire & Merseyside Social Value Partnership',
     'A public commitment to social value: reducing inequalities in line with the Marmot Principles and public bodies acting as anchors. The full text is published by the partnership.',
     'https://www.cheshireandmerseysidepartnership.co.uk/', '2019', DATE '2019-07-01', NULL),
    ('6b2d7c1e-0000-4000-8000-000000000002', 0, NULL, TIMESTAMP WITH TIME ZONE '2019-07-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2019-07-01 00:00:00+00',
     'CM-SV-AWARD', 'AWARD_SCHEME', 'Cheshire & Merseyside Social Value Award', 'Cheshire & Merseyside Social Value Partnership',
     'Free; judged on four themes; valid five years, or until the organisation can no longer evidence all four. Evidence per theme: the change, how many stakeholders, where in Cheshire & Merseyside, and when.',
     'https://www.socialvaluebusiness.com/', '2019', DATE '2019-07-01', 60),
    ('6b2d7c1e-0000-4000-8000-000000000003', 0, NULL, TIMESTAMP WITH TIME ZONE '2022-07-12 00:00:00+00', TIMESTAMP WITH TIME ZONE '2022-07-12 00:00:00+00',
     'CM-ANCHOR', 'ANCHOR_FRAMEWORK', 'Cheshire & Merseyside Anchor Institution Charter and Framework', 'NHS Cheshire and Merseyside',
     'Anchor institutions commit publicly to five pillars. Launched by the ICB Chair and CEO on 12 July 2022.',
     NULL, '2022-07', DATE '2022-07-12', NULL),
    ('6b2d7c1e-0000-4000-8000-000000000004', 0, NULL, TIMESTAMP WITH TIME ZONE '2023-08-23 00:00:00+00', TIMESTAMP WITH TIME ZONE '2023-08-23 00:00:00+00',
     'CM-PREVENTION-PLEDGE', 'PLEDGE', 'Cheshire & Merseyside Prevention Pledge', 'NHS Cheshire and Merseyside',
     'Underpinned by the Anchor Institution Charter; adopted by all 17 trusts in Cheshire & Merseyside.',
     NULL, '2023', NULL, NULL);

INSERT INTO rec_programme_element (programme_id, code, kind, title, guidance, position) VALUES
    ('6b2d7c1e-0000-4000-8000-000000000002', 'SOC', 'THEME', 'Social', 'The change, the number of stakeholders, where in Cheshire & Merseyside, and when.', 0),
    ('6b2d7c1e-0000-4000-8000-000000000002', 'ECO', 'THEME', 'Economic', 'The change, the number of stakeholders, where in Cheshire & Merseyside, and when.', 1),
    ('6b2d7c1e-0000-4000-8000-000000000002', 'ENV', 'THEME', 'Environment', 'The change, the number of stakeholders, where in Cheshire & Merseyside, and when.', 2),
    ('6b2d7c1e-0000-4000-8000-000000000002', 'INN', 'THEME', 'Innovation', 'The change, the number of stakeholders, where in Cheshire & Merseyside, and when.', 3),
    ('6b2d7c1e-0000-4000-8000-000000000003', 'P1', 'PILLAR', 'Purchasing locally and for social benefit', NULL, 0),
    ('6b2d7c1e-0000-4000-8000-000000000003', 'P2', 'PILLAR', 'Using buildings and spaces to support communities', NULL, 1),
    ('6b2d7c1e-0000-4000-8000-000000000003', 'P3', 'PILLAR', 'Widening access to quality work', NULL, 2),
    ('6b2d7c1e-0000-4000-8000-000000000003', 'P4', 'PILLAR', 'Working more closely with local partners', NULL, 3),
    ('6b2d7c1e-0000-4000-8000-000000000003', 'P5', 'PILLAR', 'Reducing environmental impact', NULL, 4),
    ('6b2d7c1e-0000-4000-8000-000000000003', 'RLW', 'PRINCIPLE', 'Pay the real living wage', NULL, 5),
    ('6b2d7c1e-0000-4000-8000-000000000003', 'LOCAL-FIRST', 'PRINCIPLE', 'Local purchasing and local employment first', NULL, 6),
    ('6b2d7c1e-0000-4000-8000-000000000003', 'NET-ZERO', 'PRINCIPLE', 'A Net Zero plan by 2040', NULL, 7);
