package uk.svkit.api.directory.infrastructure;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import uk.svkit.api.directory.domain.DirectoryQuery;
import uk.svkit.api.directory.domain.Distance;
import uk.svkit.api.directory.domain.NeedOrder;
import uk.svkit.api.directory.domain.OrganisationOrder;

/**
 * Organisation searches on PostgreSQL, over the search row each organisation keeps in {@code
 * dir_profile_search} (db/vendor/postgresql V21): the filters meet in one GIN index, distance
 * prefilters and orders on a GiST index, facets count the hits' own arrays, and a page comes back
 * with everything its summaries show in one statement. Need searches read the row each open need
 * keeps in {@code dir_need_search} (V33) the same way, and a need search without filters counts
 * from {@code dir_need_facet_count}. Same results, order and sort keys as the portable {@link
 * SearchStatements}, which H2 runs.
 *
 * <p>Public so that the directory benchmark (bench/directory.sh) can time these very statements.
 */
public final class PostgresSearchStatements {
  private static final String OPEN_NEED = "n.status = 'OPEN' AND n.expires_on >= ?";
  private static final String LIKE = " LIKE ? ESCAPE '\\'";
  private static final String NUMBER = "CAST(? AS DOUBLE PRECISION)";
  private static final String ONE = "ARRAY[CAST(? AS TEXT)]";

  /** What {@link #literal} writes out: a theme's or a support type's code. */
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,60}");

  /**
   * {@code earth_box} measures on earthdistance's sphere (6378.168 km); a radius on ours (see
   * {@link Distance}) is widened to it, with a margin, so that the box never excludes a point.
   */
  private static final double EARTH_BOX_SCALE = 6378.168 / Distance.EARTH_RADIUS_KM * 1.001;

  private PostgresSearchStatements() {}

  /**
   * Columns: id, score, distance_km, name_key, and the summary's: name, identifier, legal_form,
   * description, website, verification_status, base_postcode, exact_location_public, latitude,
   * longitude, base_place_code, themes and places (arrays), open_needs (an array of "SUPPORT_TYPE
   * search text"); at most {@code fetch} rows after {@code after}, in order.
   */
  public static Sql organisationPage(
      DirectoryQuery q,
      LocalDate today,
      OrganisationOrder order,
      DirectoryIndex.After after,
      int fetch) {
    boolean scored = order == OrganisationOrder.RELEVANCE && !q.terms().isEmpty();
    Sql hits = new Sql().add("SELECT s.profile_id AS id, s.name_key, ");
    hits.add(scored ? score(q, today) : new Sql().add("0")).add(" AS score, ");
    hits.add(
            q.near() != null ? distance(q.near()) : new Sql().add("CAST(NULL AS DOUBLE PRECISION)"))
        .add(" AS distance_km");
    if (order == OrganisationOrder.DISTANCE) {
      // The chord through the Earth grows with the great-circle distance, so ordering by it (from
      // the GiST index, nearest first) is ordering by distance.
      hits.add(", s.earth <-> ll_to_earth(?, ?) AS chord", q.near().lat(), q.near().lon());
    }
    hits.add(" FROM dir_profile_search s").add(filter(q, today));
    String number =
        switch (order) {
          case RELEVANCE -> "(0 - h.score)";
          case DISTANCE -> "h.distance_km";
          case NAME -> "0";
        };
    Sql page =
        new Sql()
            .add("SELECT h.id, h.score, h.distance_km, h.name_key, " + number + " AS sort_number")
            .add(" FROM (")
            .add(hits)
            .add(") h");
    if (after != null) {
      page.add(
          " WHERE ("
              + number
              + " > ? OR ("
              + number
              + " = ? AND (h.name_key > ? OR (h.name_key = ? AND h.id > ?))))",
          after.number(),
          after.number(),
          after.text(),
          after.text(),
          after.id());
    }
    String first =
        switch (order) {
          case RELEVANCE -> number + ", ";
          case DISTANCE -> "h.chord, ";
          case NAME -> "";
        };
    page.add(" ORDER BY " + first + "h.name_key, h.id LIMIT ?", fetch);
    return withSummaries(page, "r.sort_number, r.name_key, r.id", today);
  }

  /**
   * Whether a page of organisations reads the kept search rows ({@link #organisationPage}): those
   * that rank text, those ordered by distance over a wide circle, and those by name without text or
   * distance (the kept rows' name index carries every other filter's column, db/vendor/postgresql
   * V36, so a common theme and support type walk it without a heap read and a rare one reads the
   * GIN index). Near 5 km reads faster by the portable page statement (bench/directory.sh: its
   * latitude/longitude range reads fewer rows than the kept rows' wide heap).
   */
  public static boolean readsKeptRows(DirectoryQuery q, OrganisationOrder order) {
    return (order == OrganisationOrder.RELEVANCE && !q.terms().isEmpty())
        || (order == OrganisationOrder.DISTANCE && q.near().radiusKm() > KNN_BEYOND_KM)
        || (order == OrganisationOrder.NAME && q.terms().isEmpty() && q.near() == null);
  }

  /**
   * Beyond this radius a distance-ordered page reads PostgreSQL's GiST-indexed points nearest
   * first; within it, the latitude/longitude range of the portable statement reads fewer rows.
   */
  static final double KNN_BEYOND_KM = 25;

  /**
   * The page of organisations the server reads on PostgreSQL, with everything its summaries show
   * (the columns of {@link #organisationPage}), in one statement: over the kept search rows where
   * {@link #readsKeptRows}, else the portable {@link SearchStatements#organisationPage}.
   */
  public static Sql organisationLookup(
      DirectoryQuery q,
      LocalDate today,
      OrganisationOrder order,
      DirectoryIndex.After after,
      int fetch) {
    if (readsKeptRows(q, order)) {
      return organisationPage(q, today, order, after, fetch);
    }
    String number =
        switch (order) {
          case RELEVANCE -> "(0 - r.score), ";
          case DISTANCE -> "r.distance_km, ";
          case NAME -> "";
        };
    return withSummaries(
        SearchStatements.organisationPage(q, today, order, after, fetch),
        number + "r.name_key, r.id",
        today);
  }

  /**
   * A page of organisations (columns id, score, distance_km, name_key) with the columns of their
   * summaries, in {@code order} (over the page {@code r}).
   */
  private static Sql withSummaries(Sql page, String order, LocalDate today) {
    return new Sql()
        .add(
            "SELECT r.id, r.score, r.distance_km, r.name_key, p.name, p.identifier,"
                + " p.legal_form, p.description, p.website, p.verification_status, p.base_postcode,"
                + " p.exact_location_public, p.latitude, p.longitude, p.base_place_code,"
                + " ARRAY(SELECT pt.theme_code FROM dir_profile_theme pt WHERE pt.profile_id = r.id) AS themes,"
                + " ARRAY(SELECT pp.place_code FROM dir_profile_place pp WHERE pp.profile_id = r.id) AS places,"
                + " ARRAY(SELECT n.support_type || ' ' || n.search_text FROM dir_need n"
                + " WHERE n.owner_organisation_id = r.id AND "
                + OPEN_NEED
                + " ORDER BY n.id) AS open_needs FROM (",
            today)
        .add(page)
        .add(") r JOIN dir_profile p ON p.id = r.id ORDER BY " + order);
  }

  /** Columns: facet, facet_value, results; over every organisation the query finds. */
  public static Sql organisationFacets(DirectoryQuery q, LocalDate today) {
    return new Sql()
        .add("WITH hits AS MATERIALIZED (SELECT s.places, s.themes, s.support_until")
        .add(" FROM dir_profile_search s")
        .add(filter(q, today))
        .add(
            ") SELECT 'places' AS facet, x.v AS facet_value, COUNT(*) AS results"
                + " FROM hits h CROSS JOIN LATERAL unnest(h.places) AS x(v) GROUP BY x.v"
                + " UNION ALL SELECT 'themes', x.v, COUNT(*)"
                + " FROM hits h CROSS JOIN LATERAL unnest(h.themes) AS x(v) GROUP BY x.v"
                + " UNION ALL SELECT 'supportTypes', e.key, COUNT(*)"
                + " FROM hits h CROSS JOIN LATERAL jsonb_each_text(h.support_until) AS e"
                + " WHERE e.value >= ? GROUP BY e.key",
            today.toString());
  }

  /**
   * Columns as {@link SearchStatements#needPage}: a page of open needs read from their kept rows
   * ({@code dir_need_search}, db/vendor/postgresql V33), as that reads it from the tables, and
   * joined back to the needs it shows.
   */
  public static Sql needPage(
      DirectoryQuery q, LocalDate today, NeedOrder order, DirectoryIndex.After after, int fetch) {
    Sql sql =
        new Sql()
            .add(
                "SELECT r.id, r.owner_id, r.distance_km, r.expires_on, r.created_at FROM ("
                    + "SELECT s.need_id AS id, s.owner_id, s.expires_on, s.created_at, ")
            .add(
                q.near() != null
                    ? distance(q.near())
                    : new Sql().add("CAST(NULL AS DOUBLE PRECISION)"))
            .add(" AS distance_km FROM dir_need_search s")
            .add(needFilter(q, today))
            .add(") r");
    return SearchStatements.withNeedColumns(
        SearchStatements.keyset(sql, order, after, fetch), order);
  }

  /**
   * Columns: facet, facet_value, results; over every need the query finds. With no filter, from the
   * counts kept per value and expiry day ({@code dir_need_facet_count}); otherwise from the kept
   * rows the filters find: a need's places (its own, or else its organisation's), its
   * organisation's themes, its support type.
   */
  public static Sql needFacets(DirectoryQuery q, LocalDate today) {
    if (unfiltered(q)) {
      return new Sql()
          .add(
              "SELECT c.facet, c.facet_value, SUM(c.needs) AS results FROM dir_need_facet_count c"
                  + " WHERE c.expires_on >= ? GROUP BY c.facet, c.facet_value HAVING SUM(c.needs) > 0",
              today);
    }
    return new Sql()
        .add("WITH hits AS MATERIALIZED (SELECT s.places, s.themes, s.support_type")
        .add(" FROM dir_need_search s")
        .add(needFilter(q, today))
        .add(
            ") SELECT 'places' AS facet, x.v AS facet_value, COUNT(*) AS results"
                + " FROM (SELECT unnest(h.places) AS v FROM hits h) x GROUP BY x.v"
                + " UNION ALL SELECT 'themes', x.v, COUNT(*)"
                + " FROM (SELECT unnest(h.themes) AS v FROM hits h) x GROUP BY x.v"
                + " UNION ALL SELECT 'supportTypes', h.support_type, COUNT(*) FROM hits h"
                + " GROUP BY h.support_type");
  }

  /** Whether a need search has no filter at all (every open need is a hit). */
  static boolean unfiltered(DirectoryQuery q) {
    return q.terms().isEmpty()
        && q.placeCode() == null
        && q.theme() == null
        && q.supportType() == null
        && q.legalForm() == null
        && q.organisationId() == null
        && q.near() == null;
  }

  /**
   * Every filter of a need search over {@code dir_need_search s}: the kept row is exact for each
   * (only the expiry is checked against the day), so the GIN index answers them together; a term
   * through the tokens of its document ({@link #tokensContaining}), then the document itself.
   */
  private static Sql needFilter(DirectoryQuery q, LocalDate today) {
    Sql where = new Sql().add(" WHERE s.expires_on >= ?", today);
    if (q.supportType() != null) {
      where.add(" AND s.support_type = ?", q.supportType().name());
    }
    if (q.organisationId() != null) {
      where.add(" AND s.owner_id = ?", q.organisationId());
    }
    if (q.legalForm() != null) {
      where.add(" AND s.legal_form = ?", q.legalForm().name());
    }
    if (q.placeCode() != null) {
      where.add(" AND s.places @> " + ONE, q.placeCode());
    }
    if (q.theme() != null) {
      where.add(" AND s.themes @> " + ONE, q.theme());
    }
    if (q.near() != null) {
      where.add(" AND ").add(within(q.near()));
    }
    for (String term : q.terms()) {
      String like = SearchStatements.like(term);
      where
          .add(" AND s.tokens && ")
          .add(tokensContaining(term))
          .add(" AND s.document" + LIKE, like);
    }
    return where;
  }

  /**
   * Every filter of an organisation search over {@code dir_profile_search s}. Each kept column is
   * what the index intersects; where it is only a superset (needs with status OPEN, whatever their
   * expiry), the exact condition follows on the same row.
   */
  private static Sql filter(DirectoryQuery q, LocalDate today) {
    Sql where = new Sql().add(" WHERE 1 = 1");
    if (q.legalForm() != null) {
      where.add(" AND s.legal_form = ?", q.legalForm().name());
    }
    if (q.placeCode() != null) {
      where.add(" AND s.places @> " + ONE, q.placeCode());
    }
    if (q.theme() != null) {
      where.add(" AND s.themes @> ARRAY[").add(literal(q.theme())).add("]");
    }
    if (q.organisationId() != null) {
      where.add(" AND s.profile_id = ?", q.organisationId());
    }
    if (q.near() != null) {
      where.add(" AND ").add(within(q.near()));
    }
    if (q.supportType() != null) {
      Sql type = literal(q.supportType().name());
      where
          .add(" AND s.open_support @> ARRAY[")
          .add(type)
          .add("] AND s.support_until ->> ")
          .add(type)
          .add(" >= ?", today.toString());
    }
    for (String term : q.terms()) {
      String like = SearchStatements.like(term);
      where
          .add(" AND s.tokens && ")
          .add(tokensContaining(term))
          .add(" AND (s.profile_text" + LIKE + " OR ", like)
          .add(openNeedMatches(like, today))
          .add(")");
    }
    return where;
  }

  /**
   * A theme or support type as a literal, not a parameter: how many organisations have one varies
   * tenfold, and once a statement has run a few times PostgreSQL may keep a generic plan made for
   * an average value (bench/directory.sh: theme + support type by name took 18 ms a page by the
   * generic plan against 0.8 ms by the plan for the values). There are a few dozen of each, so the
   * statements stay few. Only a code of letters, digits and dashes is written out (the search has
   * checked it against the taxonomy or the enum already); anything else is bound as before, so no
   * server setting for quoting can matter.
   */
  private static Sql literal(String value) {
    return CODE.matcher(value).matches()
        ? new Sql().add("CAST('" + value + "' AS TEXT)")
        : new Sql().add("CAST(? AS TEXT)", value);
  }

  /**
   * Beyond this many tokens containing a term, the term no longer narrows the index scan: OR-ing
   * that many posting lists costs more than rechecking the rows the other filters find (a letter
   * over the vocabulary of bench/directory.sh: 82 tokens, 25 ms in the index against 1 ms).
   */
  static final int TOKENS_PER_TERM = 32;

  /**
   * The kept tokens (db/vendor/postgresql V36) a row must hold one of to contain the term: those of
   * the vocabulary that contain it, or, for a term in more than {@link #TOKENS_PER_TERM} of them,
   * the empty token every row holds (the exact conditions then decide alone). A term of one or two
   * characters has no trigram to look up, so finding its tokens would read the whole vocabulary; it
   * is in very many anyway, and goes straight to the empty token.
   */
  private static Sql tokensContaining(String term) {
    if (term.codePointCount(0, term.length()) < 3) {
      return new Sql().add("ARRAY['']");
    }
    String like = SearchStatements.like(term);
    return new Sql()
        .add(
            "CASE WHEN (SELECT COUNT(*) FROM (SELECT 1 FROM dir_search_token t WHERE t.token"
                + LIKE
                + " LIMIT "
                + (TOKENS_PER_TERM + 1)
                + ") b) > "
                + TOKENS_PER_TERM
                + " THEN ARRAY['']"
                + " ELSE ARRAY(SELECT t.token FROM dir_search_token t WHERE t.token"
                + LIKE
                + ") END",
            like,
            like);
  }

  /**
   * An open, unexpired need of the organisation has the text: probed only where the kept text of
   * its OPEN needs has it.
   */
  private static Sql openNeedMatches(String like, LocalDate today) {
    return new Sql()
        .add(
            "(s.need_text"
                + LIKE
                + " AND EXISTS (SELECT 1 FROM dir_need n WHERE n.owner_organisation_id = s.profile_id AND "
                + OPEN_NEED
                + " AND n.search_text"
                + LIKE
                + "))",
            like,
            today,
            like);
  }

  /** The relevance points of {@link SearchStatements}: 3 name, 1 description, 2 an open need. */
  private static Sql score(DirectoryQuery q, LocalDate today) {
    Sql score = new Sql().add("(0");
    for (String term : q.terms()) {
      String like = SearchStatements.like(term);
      score
          .add(" + CASE WHEN s.name_key" + LIKE + " THEN 3 ELSE 0 END", like)
          // The kept profile text is the lower-cased name, a space and the lower-cased description.
          .add(
              " + CASE WHEN SUBSTR(s.profile_text, LENGTH(s.name_key) + 2)"
                  + LIKE
                  + " THEN 1 ELSE 0 END",
              like)
          .add(" + CASE WHEN ")
          .add(openNeedMatches(like, today))
          .add(" THEN 2 ELSE 0 END");
    }
    if (q.terms().size() > 1 && q.text() != null) {
      score.add(
          " + CASE WHEN s.name_key" + LIKE + " THEN 2 ELSE 0 END",
          SearchStatements.like(q.text().trim().toLowerCase(Locale.ROOT)));
    }
    return score.add(")");
  }

  /** Inside the circle: the GiST-indexed cube box first, then the exact distance. */
  private static Sql within(Distance.Circle c) {
    return new Sql()
        .add(
            "earth_box(ll_to_earth(?, ?), ?) @> s.earth AND ",
            c.lat(),
            c.lon(),
            c.radiusKm() * 1000 * EARTH_BOX_SCALE)
        .add(distance(c))
        .add(" <= " + NUMBER, c.radiusKm());
  }

  /** Kilometres by the haversine formula of {@link Distance#km}, as {@link SearchStatements}. */
  private static Sql distance(Distance.Circle c) {
    return new Sql()
        .add(
            "(2 * "
                + Distance.EARTH_RADIUS_KM
                + " * ASIN(LEAST(1.0, SQRT("
                + "POWER(SIN(RADIANS(s.latitude - "
                + NUMBER
                + ") / 2), 2)"
                + " + COS(RADIANS("
                + NUMBER
                + ")) * COS(RADIANS(s.latitude)) * POWER(SIN(RADIANS(s.longitude - "
                + NUMBER
                + ") / 2), 2)))))",
            c.lat(),
            c.lat(),
            c.lon());
  }
}
