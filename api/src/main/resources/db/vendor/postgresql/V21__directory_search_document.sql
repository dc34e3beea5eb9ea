-- PostgreSQL only: one search row per organisation, kept current by triggers, so that directory
-- searches intersect their filters in one GIN index instead of probing tables per result, order
-- by distance from a GiST index, and count facets from the hits' own arrays.
--
-- Text keeps its meaning (a term matches anywhere in the profile's or an open need's text, as
-- LIKE '%term%'): the document is the profile's search text and its open needs' texts, served by
-- trigrams. Expiry depends on the day of the search, so what a row keeps about needs is a
-- superset (needs with status OPEN, whatever their expiry) that queries re-check exactly: the
-- latest expiry per support type (support_until) and, for text, an EXISTS only on rows whose
-- need text matched. Distance stays the haversine of Distance.km; the cube point (earthdistance)
-- only prefilters (earth_box) and orders (<->, monotonic with great-circle distance).
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;

CREATE TABLE dir_profile_search (
    profile_id    VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES dir_profile (id) ON DELETE CASCADE,
    name_key      VARCHAR(300) NOT NULL,
    legal_form    TEXT         NOT NULL,
    latitude      DOUBLE PRECISION,
    longitude     DOUBLE PRECISION,
    earth         cube,
    -- Places served and the base place; themes; support types of needs with status OPEN.
    places        TEXT[]       NOT NULL,
    themes        TEXT[]       NOT NULL,
    open_support  TEXT[]       NOT NULL,
    -- {"FUNDING": "2027-03-01", ...}: the latest expiry of an OPEN need of each type (ISO dates
    -- compare as text).
    support_until JSONB        NOT NULL,
    profile_text  TEXT         NOT NULL,
    need_text     TEXT         NOT NULL,
    -- profile_text and need_text, one per line (terms never hold white space, so never span two).
    document      TEXT         NOT NULL
);

-- Every filter but distance in one index: PostgreSQL intersects the columns a search names.
CREATE INDEX dir_profile_search_gin_idx ON dir_profile_search
    USING gin (places, themes, open_support, legal_form, document gin_trgm_ops);
CREATE INDEX dir_profile_search_earth_idx ON dir_profile_search USING gist (earth);
CREATE INDEX dir_profile_search_name_idx ON dir_profile_search (name_key, profile_id);

-- Rewrites the rows of these profiles (ids are joined as a set: a bulk load passes thousands) from the tables (and drops those of deleted profiles). The
-- rows are locked first and then computed in a later statement, whose snapshot sees whatever a
-- concurrent writer of the same profile committed while this one waited.
CREATE FUNCTION dir_profile_search_refresh(ids VARCHAR[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM dir_profile_search s WHERE s.profile_id IN (SELECT unnest(ids))
      ORDER BY s.profile_id FOR UPDATE;
    DELETE FROM dir_profile_search s
     WHERE s.profile_id IN (SELECT unnest(ids)) AND NOT EXISTS (SELECT 1 FROM dir_profile p WHERE p.id = s.profile_id);
    INSERT INTO dir_profile_search AS s (profile_id, name_key, legal_form, latitude, longitude, earth, places,
                                         themes, open_support, support_until, profile_text, need_text, document)
    SELECT p.id, p.name_key, p.legal_form, p.latitude, p.longitude,
           CASE WHEN p.latitude IS NOT NULL AND p.longitude IS NOT NULL
                THEN ll_to_earth(p.latitude, p.longitude) END,
           ARRAY(SELECT pp.place_code::text FROM dir_profile_place pp WHERE pp.profile_id = p.id
                 UNION SELECT p.base_place_code::text WHERE p.base_place_code IS NOT NULL),
           ARRAY(SELECT pt.theme_code::text FROM dir_profile_theme pt WHERE pt.profile_id = p.id),
           ARRAY(SELECT DISTINCT n.support_type::text FROM dir_need n
                  WHERE n.owner_organisation_id = p.id AND n.status = 'OPEN'),
           COALESCE((SELECT jsonb_object_agg(u.support_type, u.until)
                       FROM (SELECT n.support_type, MAX(n.expires_on)::text AS until FROM dir_need n
                              WHERE n.owner_organisation_id = p.id AND n.status = 'OPEN'
                              GROUP BY n.support_type) u), '{}'::jsonb),
           p.search_text,
           COALESCE((SELECT string_agg(n.search_text, chr(10)) FROM dir_need n
                      WHERE n.owner_organisation_id = p.id AND n.status = 'OPEN'), ''),
           p.search_text || COALESCE(chr(10) || (SELECT string_agg(n.search_text, chr(10)) FROM dir_need n
                      WHERE n.owner_organisation_id = p.id AND n.status = 'OPEN'), '')
      FROM dir_profile p
     WHERE p.id IN (SELECT unnest(ids))
    ON CONFLICT (profile_id) DO UPDATE
       SET name_key = EXCLUDED.name_key, legal_form = EXCLUDED.legal_form, latitude = EXCLUDED.latitude,
           longitude = EXCLUDED.longitude, earth = EXCLUDED.earth, places = EXCLUDED.places,
           themes = EXCLUDED.themes, open_support = EXCLUDED.open_support,
           support_until = EXCLUDED.support_until, profile_text = EXCLUDED.profile_text,
           need_text = EXCLUDED.need_text, document = EXCLUDED.document;
END
$$;

-- One trigger per table and event (a transition table serves one event), each refreshing the
-- profiles its statement touched, once per statement: bulk writes refresh in one set.
CREATE FUNCTION dir_profile_search_by_profile() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM dir_profile_search_refresh(ARRAY(SELECT DISTINCT c.id FROM changed c));
    RETURN NULL;
END
$$;
CREATE FUNCTION dir_profile_search_by_child() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM dir_profile_search_refresh(ARRAY(SELECT DISTINCT c.profile_id FROM changed c));
    RETURN NULL;
END
$$;
CREATE FUNCTION dir_profile_search_by_need() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM dir_profile_search_refresh(ARRAY(SELECT DISTINCT c.owner_organisation_id FROM changed c));
    RETURN NULL;
END
$$;

CREATE TRIGGER dir_profile_search_profile_insert AFTER INSERT ON dir_profile
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION dir_profile_search_by_profile();
CREATE TRIGGER dir_profile_search_profile_update AFTER UPDATE ON dir_profile
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION dir_profile_search_by_profile();

CREATE TRIGGER dir_profile_search_place_insert AFTER INSERT ON dir_profile_place
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION dir_profile_search_by_child();
CREATE TRIGGER dir_profile_search_place_update AFTER UPDATE ON dir_profile_place
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION dir_profile_search_by_child();
CREATE TRIGGER dir_profile_search_place_delete AFTER DELETE ON dir_profile_place
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION dir_profile_search_by_child();

CREATE TRIGGER dir_profile_search_theme_insert AFTER INSERT ON dir_profile_theme
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION dir_profile_search_by_child();
CREATE TRIGGER dir_profile_search_theme_update AFTER UPDATE ON dir_profile_theme
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION dir_profile_search_by_child();
CREATE TRIGGER dir_profile_search_theme_delete AFTER DELETE ON dir_profile_theme
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION dir_profile_search_by_child();

CREATE TRIGGER dir_profile_search_need_insert AFTER INSERT ON dir_need
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION dir_profile_search_by_need();
CREATE TRIGGER dir_profile_search_need_update AFTER UPDATE ON dir_need
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION dir_profile_search_by_need();
CREATE TRIGGER dir_profile_search_need_delete AFTER DELETE ON dir_need
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION dir_profile_search_by_need();

-- The organisations already there.
SELECT dir_profile_search_refresh(ARRAY(SELECT id FROM dir_profile));
