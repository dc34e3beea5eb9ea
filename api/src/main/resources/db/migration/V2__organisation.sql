-- Organisations (buyers, suppliers, VCFSEs) and their org-id identifiers.
-- An organisation owns its own record: owner_organisation_id = id.

CREATE TABLE org_organisation (
    id                    VARCHAR(36)  NOT NULL PRIMARY KEY,
    version               BIGINT       NOT NULL,
    owner_organisation_id VARCHAR(36),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    name                  VARCHAR(300) NOT NULL,
    name_key              VARCHAR(300) NOT NULL,
    identifier            VARCHAR(100) NOT NULL,
    CONSTRAINT org_organisation_identifier_uq UNIQUE (identifier)
);
CREATE INDEX org_organisation_name_idx ON org_organisation (name_key, id);

CREATE TABLE org_organisation_role (
    organisation_id VARCHAR(36) NOT NULL REFERENCES org_organisation (id) ON DELETE CASCADE,
    role            VARCHAR(32) NOT NULL,
    CONSTRAINT org_organisation_role_pk PRIMARY KEY (organisation_id, role)
);

CREATE TABLE org_other_identifier (
    organisation_id VARCHAR(36)  NOT NULL REFERENCES org_organisation (id) ON DELETE CASCADE,
    identifier      VARCHAR(100) NOT NULL,
    CONSTRAINT org_other_identifier_uq UNIQUE (identifier)
);
CREATE INDEX org_other_identifier_org_idx ON org_other_identifier (organisation_id);
