-- PostgreSQL only: organisation and need text searches find their candidates by whole words, not
-- trigrams.
--
-- A term matches when it occurs anywhere in a row's document (LIKE '%term%'). Terms never hold
-- white space (the API splits free text on it), so a term occurs in a document exactly when it
-- occurs inside one of the document's white-space separated tokens. Each kept row
-- (dir_profile_search, V21; dir_need_search, V33) now holds its distinct tokens, and
-- dir_search_token every token any row has held. A search turns each term into the tokens that
-- contain it (a trigram index over the short vocabulary) and asks the GIN index for rows holding
-- any of them, intersected with the other filters. Before, the trigram index over the documents
-- read and intersected a long posting list per trigram of the term (7 for "community"), which was
-- most of a text + place search's time (bench/directory.sh).
--
-- A term contained in very many tokens (a letter or two) would turn into a long list of keys; such
-- a search asks instead for every row (each holds the empty token, which no term matches) and
-- leaves the choice to the exact conditions, as before. The vocabulary only grows: a token no row
-- holds any more matches no row, so it is harmless.

-- The separators: Java's \s, by which SearchInput.terms splits a query.
CREATE FUNCTION dir_search_tokens(document TEXT) RETURNS TEXT[] LANGUAGE sql IMMUTABLE AS $$
    SELECT ARRAY(SELECT DISTINCT t FROM regexp_split_to_table(document, '[ \t\n\v\f\r]+') t WHERE t <> '')
           || ARRAY['']::TEXT[]
$$;

CREATE TABLE dir_search_token (
    token TEXT NOT NULL PRIMARY KEY
);
CREATE INDEX dir_search_token_trgm_idx ON dir_search_token USING gin (token gin_trgm_ops);

ALTER TABLE dir_profile_search ADD COLUMN tokens TEXT[] NOT NULL DEFAULT ARRAY['']::TEXT[];

-- As V21's, and the tokens with the document; new tokens join the vocabulary in key order, so that
-- two writers adding the same new tokens wait for each other in one order, never crosswise.
CREATE OR REPLACE FUNCTION dir_profile_search_refresh(ids VARCHAR[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM dir_profile_search s WHERE s.profile_id IN (SELECT unnest(ids))
      ORDER BY s.profile_id FOR UPDATE;
    DELETE FROM dir_profile_search s
     WHERE s.profile_id IN (SELECT unnest(ids)) AND NOT EXISTS (SELECT 1 FROM dir_profile p WHERE p.id = s.profile_id);
    INSERT INTO dir_profile_search AS s (profile_id, name_key, legal_form, latitude, longitude, earth, places,
                                         themes, open_support, support_until, profile_text, need_text, document, tokens)
    SELECT r.*, dir_search_tokens(r.document)
      FROM (SELECT p.id, p.name_key, p.legal_form, p.latitude, p.longitude,
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
                              WHERE n.owner_organisation_id = p.id AND n.status = 'OPEN'), '') AS document
              FROM dir_profile p
             WHERE p.id IN (SELECT unnest(ids))) r
    ON CONFLICT (profile_id) DO UPDATE
       SET name_key = EXCLUDED.name_key, legal_form = EXCLUDED.legal_form, latitude = EXCLUDED.latitude,
           longitude = EXCLUDED.longitude, earth = EXCLUDED.earth, places = EXCLUDED.places,
           themes = EXCLUDED.themes, open_support = EXCLUDED.open_support,
           support_until = EXCLUDED.support_until, profile_text = EXCLUDED.profile_text,
           need_text = EXCLUDED.need_text, document = EXCLUDED.document, tokens = EXCLUDED.tokens;
    INSERT INTO dir_search_token (token)
    SELECT DISTINCT t.token
      FROM dir_profile_search s CROSS JOIN LATERAL unnest(s.tokens) AS t(token)
     WHERE s.profile_id IN (SELECT unnest(ids)) AND t.token <> ''
     ORDER BY t.token
    ON CONFLICT (token) DO NOTHING;
END
$$;

UPDATE dir_profile_search SET tokens = dir_search_tokens(document);
INSERT INTO dir_search_token (token)
SELECT DISTINCT t.token FROM dir_profile_search s CROSS JOIN LATERAL unnest(s.tokens) AS t(token)
 WHERE t.token <> '' ORDER BY t.token;

-- The filters' index, with tokens in place of the documents' trigrams.
DROP INDEX dir_profile_search_gin_idx;
CREATE INDEX dir_profile_search_gin_idx ON dir_profile_search
    USING gin (places, themes, open_support, legal_form, tokens);

-- The same for needs. A need row's document is its text and its organisation's profile text, both
-- in its organisation's document, whose tokens the vocabulary already holds (dir_need_search_refresh
-- runs after dir_profile_search_refresh).
ALTER TABLE dir_need_search ADD COLUMN tokens TEXT[] NOT NULL DEFAULT ARRAY['']::TEXT[];
CREATE OR REPLACE FUNCTION dir_need_search_rows(ids VARCHAR[]) RETURNS SETOF dir_need_search
    LANGUAGE sql STABLE AS $$
    SELECT r.*, dir_search_tokens(r.document)
      FROM (SELECT n.id, n.owner_organisation_id, n.expires_on, n.created_at, n.support_type::text, s.legal_form,
                   s.latitude, s.longitude, s.earth,
                   CASE WHEN n.place_code IS NOT NULL THEN ARRAY[n.place_code::text] ELSE s.places END,
                   s.themes, n.search_text || chr(10) || s.profile_text AS document
              FROM dir_need n JOIN dir_profile_search s ON s.profile_id = n.owner_organisation_id
             WHERE n.owner_organisation_id IN (SELECT unnest(ids)) AND n.status = 'OPEN') r
$$;
UPDATE dir_need_search SET tokens = dir_search_tokens(document);
DROP INDEX dir_need_search_gin_idx;
CREATE INDEX dir_need_search_gin_idx ON dir_need_search
    USING gin (places, themes, support_type, legal_form, tokens);

-- Organisation pages by name (no text, no distance) walk the name index and test each entry's
-- other filters on the index entry itself: a common theme and support type find a page within a
-- few hundred entries, with no read of the wide rows.
DROP INDEX dir_profile_search_name_idx;
CREATE INDEX dir_profile_search_name_idx ON dir_profile_search (name_key, profile_id)
    INCLUDE (themes, open_support, support_until, legal_form, places);
