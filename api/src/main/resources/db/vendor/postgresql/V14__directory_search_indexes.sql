-- PostgreSQL only: indexes that let directory searches scale to a national directory (200,000
-- organisations, 500,000 needs). The searches' SQL is the same on every database; these make it fast.
--
-- Free text is matched as LIKE '%term%' over lower-cased search_text, which trigram GIN indexes
-- serve. pg_trgm ships with PostgreSQL and is a trusted extension (PostgreSQL 13+), so the
-- database owner may create it; where policy forbids that, a DBA runs this statement first.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX dir_profile_search_trgm_idx ON dir_profile USING gin (search_text gin_trgm_ops);
-- Searches only ever look at open needs (status = 'OPEN' is written as a literal for this).
CREATE INDEX dir_need_open_search_trgm_idx ON dir_need USING gin (search_text gin_trgm_ops) WHERE status = 'OPEN';

-- "Organisations in a place" is the union of places served and the base place.
CREATE INDEX dir_profile_base_place_idx ON dir_profile (base_place_code);
-- Per-organisation checks for an open need (of a support type), and needs by place.
CREATE INDEX dir_need_open_owner_idx ON dir_need (owner_organisation_id, support_type, expires_on) WHERE status = 'OPEN';
CREATE INDEX dir_need_place_idx ON dir_need (place_code) WHERE status = 'OPEN';
