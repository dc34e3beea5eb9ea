-- Support delivered to VCFSEs through the directory's pledges, recorded against the contract
-- commitment the pledge names: evidence of a KPI that does not depend on the supplier's own return.
CREATE TABLE trk_pledge_evidence (
    pledge_id                VARCHAR(36)    NOT NULL PRIMARY KEY,
    commitment_id            VARCHAR(36)    NOT NULL REFERENCES trk_commitment (id) ON DELETE CASCADE,
    contract_id              VARCHAR(36)    NOT NULL,
    need_id                  VARCHAR(36)    NOT NULL,
    need_title               VARCHAR(300)   NOT NULL,
    support_type             VARCHAR(32)    NOT NULL,
    unit                     VARCHAR(100),
    vcfse_organisation_id    VARCHAR(36)    NOT NULL,
    business_organisation_id VARCHAR(36)    NOT NULL,
    delivered_quantity       NUMERIC(19, 4),
    note                     VARCHAR(4000),
    delivered_at             TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX trk_pledge_evidence_contract_idx ON trk_pledge_evidence (contract_id, delivered_at);
