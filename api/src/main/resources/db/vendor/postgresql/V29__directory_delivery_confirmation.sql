-- Deliveries the receiving VCFSE confirms (issue 19): one row per delivery a business recorded on a
-- pledge or an offer claim, keyed by the pledge's or claim's id, owned by the VCFSE that received
-- the support (who answers it) and read by the business that delivered it. Only a confirmed (or
-- adjusted: the accepted quantity) delivery counts; one naming a contract KPI becomes a return of
-- that KPI (trk_return.delivery_id below), which the buyer validates like any other.
CREATE TABLE dir_delivery (
    id                       VARCHAR(36)    NOT NULL PRIMARY KEY,
    version                  BIGINT         NOT NULL,
    owner_organisation_id    VARCHAR(36)    NOT NULL,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    through                  VARCHAR(16)    NOT NULL,
    listing_id               VARCHAR(36)    NOT NULL,
    listing_title            VARCHAR(200)   NOT NULL,
    support_type             VARCHAR(24)    NOT NULL,
    unit                     VARCHAR(40),
    business_organisation_id VARCHAR(36)    NOT NULL,
    commitment_id            VARCHAR(36),
    delivered_quantity       NUMERIC(19, 2),
    delivery_note            VARCHAR(2000),
    delivered_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    status                   VARCHAR(24)    NOT NULL,
    accepted_quantity        NUMERIC(19, 2),
    reason                   VARCHAR(2000),
    answered_by              VARCHAR(200),
    answered_at              TIMESTAMP WITH TIME ZONE
);
CREATE INDEX dir_delivery_vcfse_idx ON dir_delivery (owner_organisation_id, status, delivered_at, id);
CREATE INDEX dir_delivery_business_idx ON dir_delivery (business_organisation_id, status, delivered_at, id);

-- Deliveries recorded before this version await their VCFSE's answer like new ones.
INSERT INTO dir_delivery (id, version, owner_organisation_id, created_at, updated_at, through, listing_id, listing_title,
                          support_type, unit, business_organisation_id, commitment_id, delivered_quantity, delivery_note,
                          delivered_at, status)
SELECT p.id, 0, p.need_owner_organisation_id, p.delivered_at, p.delivered_at, 'PLEDGE', n.id, n.title, n.support_type, n.unit,
       p.owner_organisation_id, p.commitment_id, p.delivered_quantity, p.delivery_note, p.delivered_at, 'AWAITING_CONFIRMATION'
  FROM dir_pledge p JOIN dir_need n ON n.id = p.need_id
 WHERE p.status = 'DELIVERED';
INSERT INTO dir_delivery (id, version, owner_organisation_id, created_at, updated_at, through, listing_id, listing_title,
                          support_type, unit, business_organisation_id, commitment_id, delivered_quantity, delivery_note,
                          delivered_at, status)
SELECT c.id, 0, c.owner_organisation_id, c.delivered_at, c.delivered_at, 'OFFER_CLAIM', o.id, o.title, o.support_type, o.unit,
       c.offer_owner_organisation_id, c.commitment_id, c.delivered_quantity, c.delivery_note, c.delivered_at, 'AWAITING_CONFIRMATION'
  FROM dir_offer_claim c JOIN dir_offer o ON o.id = c.offer_id
 WHERE c.status = 'DELIVERED';

-- A return that counts a VCFSE-confirmed delivery: the delivery's id and the confirmation as
-- shown to the buyer (JSON). Such returns sit beside the supplier's own return of the period, so
-- the one-live-return rule below covers only returns without a delivery.
ALTER TABLE trk_return ADD COLUMN delivery_id VARCHAR(36);
ALTER TABLE trk_return ADD COLUMN delivery_confirmation VARCHAR(4000);
CREATE INDEX trk_return_delivery_idx ON trk_return (delivery_id);
DROP INDEX trk_return_live_uq;
CREATE UNIQUE INDEX trk_return_live_uq ON trk_return (commitment_id, period_start)
    WHERE status IN ('SUBMITTED', 'VALIDATED') AND delivery_id IS NULL;
