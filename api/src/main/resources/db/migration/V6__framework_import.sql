-- Buyers import their own framework editions. An imported framework belongs to the organisation
-- that imported it (owner_organisation_id) and is visible to it and to platform admins only;
-- shipped frameworks have no owner and are visible to everyone. Framework codes stay unique across
-- the whole library, so a code names one framework wherever it is used.
--
-- An edition becomes an aggregate of its own (version, owner, timestamps) so its import is
-- audited like every other write. Editions never change after import: there is no update.

ALTER TABLE fwk_framework ADD COLUMN owner_organisation_id VARCHAR(36);

ALTER TABLE fwk_edition ADD COLUMN owner_organisation_id VARCHAR(36);
ALTER TABLE fwk_edition ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE fwk_edition ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE fwk_edition ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;

UPDATE fwk_edition
   SET created_at = TIMESTAMP WITH TIME ZONE '2026-11-22 00:00:00+00',
       updated_at = TIMESTAMP WITH TIME ZONE '2026-11-22 00:00:00+00';

ALTER TABLE fwk_edition ALTER COLUMN created_at SET NOT NULL;
ALTER TABLE fwk_edition ALTER COLUMN updated_at SET NOT NULL;

CREATE INDEX fwk_framework_owner_idx ON fwk_framework (owner_organisation_id, code);
CREATE INDEX fwk_edition_owner_idx ON fwk_edition (owner_organisation_id);
