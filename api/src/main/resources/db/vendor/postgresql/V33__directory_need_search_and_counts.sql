-- PostgreSQL only: need searches over one kept row per OPEN need, and need facet counts kept per
-- facet value and expiry day, so that a national noticeboard (500,000 needs) answers a page or a
-- browse without joining needs to profiles, themes and places per row.
--
-- dir_need_search holds what a need search filters on, copied from the need and from its
-- organisation's kept row (dir_profile_search, V21): its places (the need's own place, or else every
-- place its organisation works in), its organisation's themes, legal form and location, and one
-- text (the need's search text, a line break, the organisation's: a term never holds white space,
-- so it matches exactly where "the need's text or its organisation's" does). Expiry depends on the
-- day of the search, so rows keep needs with status OPEN whatever their expiry, and queries check
-- expires_on. One GIN index intersects every filter but distance, as V21 does for organisations.
CREATE TABLE dir_need_search (
    need_id      VARCHAR(36) NOT NULL PRIMARY KEY,
    owner_id     VARCHAR(36) NOT NULL,
    expires_on   DATE        NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    support_type TEXT        NOT NULL,
    legal_form   TEXT        NOT NULL,
    latitude     DOUBLE PRECISION,
    longitude    DOUBLE PRECISION,
    earth        cube,
    places       TEXT[]      NOT NULL,
    themes       TEXT[]      NOT NULL,
    document     TEXT        NOT NULL
);
CREATE INDEX dir_need_search_gin_idx ON dir_need_search
    USING gin (places, themes, support_type, legal_form, document gin_trgm_ops);
CREATE INDEX dir_need_search_earth_idx ON dir_need_search USING gist (earth);
CREATE INDEX dir_need_search_expiry_idx ON dir_need_search (expires_on, need_id);
CREATE INDEX dir_need_search_owner_idx ON dir_need_search (owner_id);

-- The facet counts of a search with no filter (the noticeboard's first page), kept per value and
-- expiry day: the counts on a day are the sum over the days not yet past, so a need leaves them
-- the day after it expires without anything having to run. Written with dir_need_search's rows
-- (below), in the transaction of the write.
CREATE TABLE dir_need_facet_count (
    facet       VARCHAR(16) NOT NULL,
    facet_value TEXT        NOT NULL,
    expires_on  DATE        NOT NULL,
    needs       BIGINT      NOT NULL,
    PRIMARY KEY (facet, facet_value, expires_on)
);

-- The kept rows of the OPEN needs of these organisations, as they should be now.
CREATE FUNCTION dir_need_search_rows(ids VARCHAR[]) RETURNS SETOF dir_need_search
    LANGUAGE sql STABLE AS $$
    SELECT n.id, n.owner_organisation_id, n.expires_on, n.created_at, n.support_type::text, s.legal_form,
           s.latitude, s.longitude, s.earth,
           CASE WHEN n.place_code IS NOT NULL THEN ARRAY[n.place_code::text] ELSE s.places END,
           s.themes, n.search_text || chr(10) || s.profile_text
      FROM dir_need n JOIN dir_profile_search s ON s.profile_id = n.owner_organisation_id
     WHERE n.owner_organisation_id IN (SELECT unnest(ids)) AND n.status = 'OPEN'
$$;

-- Brings the kept rows of these organisations' needs, and the counts, up to date: rows that changed
-- or whose need is no longer OPEN go, missing rows come. The counts change first, by the net
-- difference, in one statement that locks its count rows in key order, so that two writers never
-- wait for each other's count rows crosswise. Runs after dir_profile_search_refresh, whose row
-- locks serialise the writers of one organisation, and reads the organisation's kept row that it
-- has just written.
CREATE FUNCTION dir_need_search_refresh(ids VARCHAR[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO dir_need_facet_count AS c (facet, facet_value, expires_on, needs)
    SELECT v.facet, v.facet_value, d.expires_on, SUM(d.sign)
      FROM (SELECT f.support_type, f.places, f.themes, f.expires_on, 1 AS sign FROM dir_need_search_rows(ids) f
             WHERE NOT EXISTS (SELECT 1 FROM dir_need_search k
                                WHERE k.need_id = f.need_id AND (k.*) IS NOT DISTINCT FROM (f.*))
            UNION ALL
            SELECT k.support_type, k.places, k.themes, k.expires_on, -1 FROM dir_need_search k
             WHERE k.owner_id IN (SELECT unnest(ids))
               AND NOT EXISTS (SELECT 1 FROM dir_need_search_rows(ids) f
                                WHERE f.need_id = k.need_id AND (f.*) IS NOT DISTINCT FROM (k.*))) d
      -- What a row counts for: its support type, each of its places and each of its themes.
      CROSS JOIN LATERAL (SELECT 'supportTypes' AS facet, d.support_type AS facet_value
                          UNION ALL SELECT 'places', x.v FROM unnest(d.places) AS x(v)
                          UNION ALL SELECT 'themes', x.v FROM unnest(d.themes) AS x(v)) v
     GROUP BY v.facet, v.facet_value, d.expires_on
    HAVING SUM(d.sign) <> 0
     ORDER BY v.facet, v.facet_value, d.expires_on
    ON CONFLICT (facet, facet_value, expires_on) DO UPDATE SET needs = c.needs + EXCLUDED.needs;

    DELETE FROM dir_need_search d
     WHERE d.owner_id IN (SELECT unnest(ids))
       AND NOT EXISTS (SELECT 1 FROM dir_need_search_rows(ids) f
                        WHERE f.need_id = d.need_id AND (f.*) IS NOT DISTINCT FROM (d.*));
    INSERT INTO dir_need_search SELECT * FROM dir_need_search_rows(ids) ON CONFLICT (need_id) DO NOTHING;
END
$$;

-- The triggers of V21 refresh the organisations' kept rows and then their needs' kept rows.
CREATE OR REPLACE FUNCTION dir_profile_search_by_profile() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ids VARCHAR[] := ARRAY(SELECT DISTINCT c.id FROM changed c);
BEGIN
    PERFORM dir_profile_search_refresh(ids);
    PERFORM dir_need_search_refresh(ids);
    RETURN NULL;
END
$$;
CREATE OR REPLACE FUNCTION dir_profile_search_by_child() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ids VARCHAR[] := ARRAY(SELECT DISTINCT c.profile_id FROM changed c);
BEGIN
    PERFORM dir_profile_search_refresh(ids);
    PERFORM dir_need_search_refresh(ids);
    RETURN NULL;
END
$$;
CREATE OR REPLACE FUNCTION dir_profile_search_by_need() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ids VARCHAR[] := ARRAY(SELECT DISTINCT c.owner_organisation_id FROM changed c);
BEGIN
    PERFORM dir_profile_search_refresh(ids);
    PERFORM dir_need_search_refresh(ids);
    RETURN NULL;
END
$$;

-- Listed offers' text, matched as LIKE '%term%' (the offers search).
CREATE INDEX dir_offer_listed_search_trgm_idx ON dir_offer USING gin (search_text gin_trgm_ops)
    WHERE status IN ('OPEN', 'PARTLY_TAKEN');

-- The needs already there.
SELECT dir_need_search_refresh(ARRAY(SELECT id FROM dir_profile));
