package uk.svkit.api.directory.infrastructure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Locale;
import uk.svkit.api.directory.domain.DirectoryQuery;
import uk.svkit.api.directory.domain.Distance;
import uk.svkit.api.directory.domain.NeedOrder;
import uk.svkit.api.directory.domain.OfferRepository;
import uk.svkit.api.directory.domain.OrganisationOrder;

/**
 * The SQL of directory and noticeboard searches: filters, exact distance, relevance, ordering and
 * keyset paging all run in the database, so a search reads one page of rows whatever the size of
 * the directory. The SQL is portable (H2 and PostgreSQL give the same results); PostgreSQL gets
 * trigram indexes for the {@code LIKE '%term%'} text filters (db/vendor/postgresql).
 *
 * <p>Public so that the directory benchmark (bench/directory.sh) can time these very statements
 * over plain JDBC beside the API.
 *
 * <p>Each sort key is a number (relevance negated, distance, 0 for name order), then a text (the
 * lower-cased name, or empty for needs), then the id; a page starts strictly after the cursor's
 * key.
 */
public final class SearchStatements {
  /**
   * An open, unexpired need; {@code status = 'OPEN'} is a literal so partial indexes on open needs
   * apply.
   */
  private static final String OPEN_NEED = "n.status = 'OPEN' AND n.expires_on >= ?";

  private static final String LIKE = " LIKE ? ESCAPE '\\'";
  private static final String NUMBER = "CAST(? AS DOUBLE PRECISION)";

  private SearchStatements() {}

  // Organisations

  /** Columns: id, score, distance_km, name_key; at most {@code fetch} rows after {@code after}. */
  public static Sql organisationPage(
      DirectoryQuery q,
      LocalDate today,
      OrganisationOrder order,
      DirectoryIndex.After after,
      int fetch) {
    Sql sql =
        new Sql()
            .add("SELECT r.id, r.score, r.distance_km, r.name_key FROM (SELECT p.id, p.name_key, ");
    if (order == OrganisationOrder.RELEVANCE && !q.terms().isEmpty()) {
      sql.add(score(q, today));
    } else {
      sql.add("0");
    }
    sql.add(" AS score, ");
    if (q.near() != null) {
      sql.add(distance(q.near()));
    } else {
      sql.add("CAST(NULL AS DOUBLE PRECISION)");
    }
    sql.add(" AS distance_km FROM dir_profile p").add(profileFilter(q, today)).add(") r");
    String number =
        switch (order) {
          case RELEVANCE -> "(0 - r.score)";
          case DISTANCE -> "r.distance_km";
          case NAME -> null;
        };
    if (after != null) {
      sql.add(" WHERE ");
      if (number != null) {
        sql.add("(" + number + " > ? OR (" + number + " = ? AND ", after.number(), after.number());
      }
      sql.add(
          "(r.name_key > ? OR (r.name_key = ? AND r.id > ?))",
          after.text(),
          after.text(),
          after.id());
      if (number != null) {
        sql.add("))");
      }
    }
    sql.add(
        " ORDER BY " + (number == null ? "" : number + ", ") + "r.name_key, r.id LIMIT ?", fetch);
    return sql;
  }

  /** Columns: facet, facet_value, results; over every organisation the query finds. */
  public static Sql organisationFacets(DirectoryQuery q, LocalDate today) {
    return new Sql()
        .add("WITH hits AS (SELECT p.id, p.base_place_code FROM dir_profile p")
        .add(profileFilter(q, today))
        .add(
            ")"
                + " SELECT 'places' AS facet, x.place_code AS facet_value, COUNT(*) AS results FROM ("
                + "SELECT pp.profile_id, pp.place_code FROM dir_profile_place pp WHERE pp.profile_id IN (SELECT id FROM hits)"
                + " UNION SELECT h.id, h.base_place_code FROM hits h WHERE h.base_place_code IS NOT NULL) x GROUP BY x.place_code"
                + " UNION ALL SELECT 'themes', pt.theme_code, COUNT(*) FROM dir_profile_theme pt"
                + " WHERE pt.profile_id IN (SELECT id FROM hits) GROUP BY pt.theme_code"
                + " UNION ALL SELECT 'supportTypes', s.support_type, COUNT(*) FROM (SELECT DISTINCT n.owner_organisation_id, n.support_type"
                + " FROM dir_need n WHERE n.owner_organisation_id IN (SELECT id FROM hits) AND "
                + OPEN_NEED
                + ") s"
                + " GROUP BY s.support_type",
            today);
  }

  /**
   * Columns: id; the organisations a match request must rank to find its {@code limit} best: of the
   * {@code cap} nearest with open needs in the circle ({@link #organisationsWithOpenNeeds}), those
   * whose score, computed here by the rules of {@code Matcher}, is within {@code margin} points of
   * the {@code limit}-th best. The score here is close to {@code Matcher}'s, not equal (days from
   * timestamps, unrounded factors), so the caller ranks these few exactly; with a margin above
   * twice the largest difference, every organisation of the exact shortlist is among them.
   */
  public static Sql matchCandidates(
      Distance.Circle near,
      LocalDate today,
      int cap,
      Collection<String> themes,
      Collection<String> supportTypes,
      BigDecimal quantity,
      int limit,
      double margin) {
    String fit =
        supportTypes.isEmpty()
            ? "0"
            : "CASE WHEN n.support_type IN (" + marks(supportTypes.size()) + ") THEN 1 ELSE 0 END";
    Sql sql =
        new Sql()
            .add("WITH cand AS (")
            .add(
                new Sql()
                    .add("SELECT p.id, ")
                    .add(distance(near))
                    .add(" AS km FROM dir_profile p WHERE EXISTS (SELECT 1 FROM dir_need n")
                    .add(" WHERE n.owner_organisation_id = p.id AND " + OPEN_NEED + ")", today)
                    .add(" AND ")
                    .add(within(near))
                    .add(" ORDER BY km, p.id LIMIT ?", cap))
            .add(
                "), open_needs AS (SELECT x.owner_id, MAX(x.fit) AS fits,"
                    + " MAX(CASE WHEN x.fit = 1 THEN x.need_size END) AS size_fit, MAX(x.need_size) AS size_all,"
                    + " MAX(CASE WHEN x.fit = 1 THEN x.created_at END) AS newest_fit,"
                    + " MAX(x.created_at) AS newest_all"
                    + " FROM (SELECT n.owner_organisation_id AS owner_id, n.created_at, "
                    + fit
                    + " AS fit, ",
                supportTypes.toArray());
    // Need size: how close the remaining quantity is to the quantity offered; 5 without either.
    if (quantity == null || quantity.signum() <= 0) {
      sql.add("5.0");
    } else {
      String remaining = "(n.quantity - n.pledged_quantity)";
      sql.add(
          "CASE WHEN n.quantity IS NULL OR "
              + remaining
              + " <= 0 THEN 5.0 ELSE 10.0 * LEAST(CAST(? AS DECIMAL(19, 2)), "
              + remaining
              + ") / GREATEST(CAST(? AS DECIMAL(19, 2)), "
              + remaining
              + ") END",
          quantity,
          quantity);
    }
    sql.add(
        " AS need_size FROM dir_need n WHERE n.owner_organisation_id IN (SELECT c.id FROM cand c) AND "
            + OPEN_NEED
            + ") x GROUP BY x.owner_id), scored AS (SELECT c.id, ",
        today);
    if (themes.isEmpty()) {
      sql.add("0");
    } else {
      sql.add(
          "35.0 * (SELECT COUNT(*) FROM dir_profile_theme t WHERE t.profile_id = c.id"
              + " AND t.theme_code IN ("
              + marks(themes.size())
              + ")) / "
              + themes.size(),
          themes.toArray());
    }
    String newest = "CASE WHEN x.fits = 1 THEN x.newest_fit ELSE x.newest_all END";
    sql.add(
            " + 25.0 * GREATEST(0, 1 - c.km / "
                + NUMBER
                + ")"
                + (supportTypes.isEmpty() ? "" : " + CASE WHEN x.fits = 1 THEN 20 ELSE 0 END")
                + " + CASE WHEN x.fits = 1 THEN x.size_fit ELSE x.size_all END"
                + " + 10.0 * LEAST(1, GREATEST(0, 1 - ("
                + NUMBER
                + " - EXTRACT(EPOCH FROM "
                + newest
                + ") / 86400.0) / 90))"
                + " AS score FROM cand c JOIN open_needs x ON x.owner_id = c.id)",
            near.radiusKm(),
            (double) today.toEpochDay())
        .add(
            " SELECT s.id FROM scored s WHERE s.score >= COALESCE((SELECT t.score FROM scored t"
                + " ORDER BY t.score DESC LIMIT 1 OFFSET ?), -1000) - "
                + NUMBER,
            limit - 1,
            margin);
    // A generic plan of this statement measured 3 times slower at p50 (10 at p90) on PostgreSQL.
    return sql.withNumbersWritten();
  }

  private static String marks(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }

  /**
   * Every filter of an organisation search over {@code dir_profile p}. Text terms and the support
   * type are written one of two equivalent ways: when a place, a radius or an organisation already
   * narrows the rows, each remaining row is checked (cheap per row); otherwise the matching ids are
   * collected through the indexes first, as checking every row would not be.
   */
  private static Sql profileFilter(DirectoryQuery q, LocalDate today) {
    Sql where = new Sql().add(" WHERE 1 = 1");
    if (q.legalForm() != null) {
      where.add(" AND p.legal_form = ?", q.legalForm().name());
    }
    if (q.placeCode() != null) {
      where.add(" AND p.id IN (").add(profilesInPlace(q.placeCode())).add(")");
    }
    if (q.theme() != null) {
      where.add(
          " AND p.id IN (SELECT pt.profile_id FROM dir_profile_theme pt WHERE pt.theme_code = ?)",
          q.theme());
    }
    if (q.organisationId() != null) {
      where.add(" AND p.id = ?", q.organisationId());
    }
    if (q.near() != null) {
      where.add(" AND ").add(within(q.near()));
    }
    boolean narrowed = q.placeCode() != null || q.near() != null || q.organisationId() != null;
    if (q.supportType() != null) {
      where.add(
          " AND "
              + (narrowed ? "EXISTS (SELECT 1" : "p.id IN (SELECT n.owner_organisation_id")
              + " FROM dir_need n WHERE "
              + (narrowed ? "n.owner_organisation_id = p.id AND " : "")
              + OPEN_NEED
              + " AND n.support_type = ?)",
          today,
          q.supportType().name());
    }
    for (String term : q.terms()) {
      String like = like(term);
      if (narrowed) {
        where.add(
            " AND (p.search_text"
                + LIKE
                + " OR EXISTS (SELECT 1 FROM dir_need n WHERE n.owner_organisation_id = p.id AND "
                + OPEN_NEED
                + " AND n.search_text"
                + LIKE
                + "))",
            like,
            today,
            like);
      } else {
        where.add(
            " AND p.id IN (SELECT t.id FROM dir_profile t WHERE t.search_text"
                + LIKE
                + " UNION SELECT n.owner_organisation_id FROM dir_need n WHERE "
                + OPEN_NEED
                + " AND n.search_text"
                + LIKE
                + ")",
            like,
            today,
            like);
      }
    }
    return where;
  }

  /**
   * Points per term: 3 if the name has it, 1 if the description does, 2 if an open need does; 2
   * more if the name has the whole text.
   */
  private static Sql score(DirectoryQuery q, LocalDate today) {
    Sql score = new Sql().add("(0");
    for (String term : q.terms()) {
      String like = like(term);
      score
          .add(" + CASE WHEN p.name_key" + LIKE + " THEN 3 ELSE 0 END", like)
          .add(" + CASE WHEN LOWER(p.description)" + LIKE + " THEN 1 ELSE 0 END", like)
          .add(
              " + CASE WHEN EXISTS (SELECT 1 FROM dir_need n WHERE n.owner_organisation_id = p.id AND "
                  + OPEN_NEED
                  + " AND n.search_text"
                  + LIKE
                  + ") THEN 2 ELSE 0 END",
              today,
              like);
    }
    if (q.terms().size() > 1 && q.text() != null) {
      score.add(
          " + CASE WHEN p.name_key" + LIKE + " THEN 2 ELSE 0 END",
          like(q.text().trim().toLowerCase(Locale.ROOT)));
    }
    return score.add(")");
  }

  // Needs

  /**
   * Columns: id, owner_id, distance_km, expires_on, created_at and what the page shows ({@link
   * #withNeedColumns}); at most {@code fetch} rows after {@code after}.
   */
  public static Sql needPage(
      DirectoryQuery q, LocalDate today, NeedOrder order, DirectoryIndex.After after, int fetch) {
    Sql sql =
        new Sql()
            .add(
                "SELECT r.id, r.owner_id, r.distance_km, r.expires_on, r.created_at FROM ("
                    + "SELECT n.id, n.owner_organisation_id AS owner_id, n.expires_on, n.created_at, ");
    if (q.near() != null) {
      sql.add(distance(q.near()));
    } else {
      sql.add("CAST(NULL AS DOUBLE PRECISION)");
    }
    sql.add(" AS distance_km FROM dir_need n JOIN dir_profile p ON p.id = n.owner_organisation_id")
        .add(needFilter(q, today))
        .add(") r");
    return withNeedColumns(keyset(sql, order, after, fetch), order);
  }

  /**
   * A page of needs (columns id, owner_id, distance_km, expires_on, created_at, in {@code order})
   * with every column a listed need shows and its organisation's name, in the same statement: the
   * page is joined back to its few rows by primary key, so the server reads it in one round trip.
   */
  static Sql withNeedColumns(Sql page, NeedOrder order) {
    String key =
        switch (order) {
          case EXPIRY -> "g.expires_on";
          case NEWEST -> "g.created_at DESC";
          case DISTANCE -> "g.distance_km";
        };
    return new Sql()
        .add(
            "SELECT g.id, g.owner_id, g.distance_km, g.expires_on, g.created_at, n.updated_at,"
                + " n.version, n.support_type, n.title, n.description, n.quantity, n.unit,"
                + " n.pledged_quantity, n.delivered_quantity, n.place_code, n.status,"
                + " p.name AS organisation_name FROM (")
        .add(page)
        .add(
            ") g JOIN dir_need n ON n.id = g.id LEFT JOIN dir_profile p ON p.id = g.owner_id"
                + " ORDER BY "
                + key
                + ", g.id");
  }

  /** Columns: facet, facet_value, results; over every need the query finds. */
  public static Sql needFacets(DirectoryQuery q, LocalDate today) {
    return new Sql()
        .add(
            "WITH hits AS (SELECT n.id, n.owner_organisation_id AS owner_id, n.place_code, n.support_type"
                + " FROM dir_need n JOIN dir_profile p ON p.id = n.owner_organisation_id")
        .add(needFilter(q, today))
        .add(
            ")"
                // A need is where it says, or else wherever its organisation works.
                + " SELECT 'places' AS facet, x.place_code AS facet_value, COUNT(*) AS results FROM ("
                + "SELECT h.id, h.place_code FROM hits h WHERE h.place_code IS NOT NULL"
                + " UNION SELECT h.id, pp.place_code FROM hits h JOIN dir_profile_place pp ON pp.profile_id = h.owner_id WHERE h.place_code IS NULL"
                + " UNION SELECT h.id, b.base_place_code FROM hits h JOIN dir_profile b ON b.id = h.owner_id"
                + " WHERE h.place_code IS NULL AND b.base_place_code IS NOT NULL) x GROUP BY x.place_code"
                + " UNION ALL SELECT 'themes', pt.theme_code, COUNT(*) FROM hits h JOIN dir_profile_theme pt ON pt.profile_id = h.owner_id"
                + " GROUP BY pt.theme_code"
                + " UNION ALL SELECT 'supportTypes', h.support_type, COUNT(*) FROM hits h GROUP BY h.support_type");
  }

  /**
   * Every filter of a need search over {@code dir_need n JOIN dir_profile p}; text terms as in
   * {@link #profileFilter}.
   */
  static Sql needFilter(DirectoryQuery q, LocalDate today) {
    Sql where = new Sql().add(" WHERE " + OPEN_NEED, today);
    if (q.supportType() != null) {
      where.add(" AND n.support_type = ?", q.supportType().name());
    }
    if (q.organisationId() != null) {
      where.add(" AND n.owner_organisation_id = ?", q.organisationId());
    }
    if (q.legalForm() != null) {
      where.add(" AND p.legal_form = ?", q.legalForm().name());
    }
    if (q.placeCode() != null) {
      // A need names its place, or is wherever its organisation works. Both branches repeat the
      // open status so that PostgreSQL can use its partial indexes on open needs (without it, the
      // first branch read every need: 0.75 s at 500,000 needs).
      where
          .add(
              " AND n.id IN (SELECT x.id FROM dir_need x WHERE x.status = 'OPEN' AND x.place_code = ?"
                  + " UNION SELECT x.id FROM dir_need x WHERE x.status = 'OPEN' AND x.place_code IS NULL"
                  + " AND x.owner_organisation_id IN (",
              q.placeCode())
          .add(profilesInPlace(q.placeCode()))
          .add("))");
    }
    if (q.theme() != null) {
      where.add(
          " AND p.id IN (SELECT pt.profile_id FROM dir_profile_theme pt WHERE pt.theme_code = ?)",
          q.theme());
    }
    if (q.near() != null) {
      where.add(" AND ").add(within(q.near()));
    }
    boolean narrowed = q.placeCode() != null || q.near() != null || q.organisationId() != null;
    for (String term : q.terms()) {
      String like = like(term);
      if (narrowed) {
        where.add(" AND (n.search_text" + LIKE + " OR p.search_text" + LIKE + ")", like, like);
      } else {
        where.add(
            " AND n.id IN (SELECT x.id FROM dir_need x WHERE x.status = 'OPEN' AND x.search_text"
                + LIKE
                + " UNION SELECT x.id FROM dir_need x WHERE x.status = 'OPEN' AND x.owner_organisation_id IN"
                + " (SELECT t.id FROM dir_profile t WHERE t.search_text"
                + LIKE
                + "))",
            like,
            like);
      }
    }
    return where;
  }

  // Offers

  /**
   * Columns: id, distance_km, expires_on, created_at and every other column a listed offer shows;
   * listed offers (open or partly taken, not expired) matching every filter, at most {@code fetch}
   * after {@code after}, in the order given (offers sort as needs do, by their own location).
   */
  public static Sql offerPage(
      OfferRepository.Query q,
      Distance.Circle near,
      LocalDate today,
      NeedOrder order,
      DirectoryIndex.After after,
      int fetch) {
    String shown =
        "owner_organisation_id, updated_at, version, business_name, support_type, title,"
            + " description, quantity, unit, claimed_quantity, delivered_quantity, place_code,"
            + " postcode, latitude, longitude, status, claim_count";
    Sql sql =
        new Sql()
            .add(
                "SELECT r.id, r.distance_km, r.expires_on, r.created_at, r."
                    + shown.replace(", ", ", r.")
                    + " FROM (SELECT o.id, ");
    sql.add(near != null ? distance("o", near) : new Sql().add("CAST(NULL AS DOUBLE PRECISION)"))
        .add(
            " AS distance_km, o.expires_on, o.created_at, o."
                + shown.replace(", ", ", o.")
                + " FROM dir_offer o"
                + " WHERE o.status IN ('OPEN', 'PARTLY_TAKEN') AND o.expires_on >= ?",
            today);
    if (q.supportType() != null) {
      sql.add(" AND o.support_type = ?", q.supportType().name());
    }
    if (q.placeCode() != null) {
      sql.add(" AND o.place_code = ?", q.placeCode());
    }
    if (q.businessOrganisationId() != null) {
      sql.add(" AND o.owner_organisation_id = ?", q.businessOrganisationId());
    }
    if (near != null) {
      sql.add(" AND ").add(within("o", near));
    }
    for (String term : q.terms()) {
      sql.add(" AND o.search_text" + LIKE, like(term));
    }
    return keyset(sql.add(") r"), order, after, fetch);
  }

  /** The keyset condition and order of a need or offer page over {@code r}. */
  static Sql keyset(Sql sql, NeedOrder order, DirectoryIndex.After after, int fetch) {
    if (after != null) {
      switch (order) {
        case EXPIRY -> {
          LocalDate expiry = epochDay(after.number());
          sql.add(
              " WHERE (r.expires_on > ? OR (r.expires_on = ? AND r.id > ?))",
              expiry,
              expiry,
              after.id());
        }
        case NEWEST -> {
          OffsetDateTime created = createdAt(after.number());
          sql.add(
              " WHERE (r.created_at < ? OR (r.created_at = ? AND r.id > ?))",
              created,
              created,
              after.id());
        }
        case DISTANCE ->
            sql.add(
                " WHERE (r.distance_km > ? OR (r.distance_km = ? AND r.id > ?))",
                after.number(),
                after.number(),
                after.id());
      }
    }
    String key =
        switch (order) {
          case EXPIRY -> "r.expires_on";
          case NEWEST -> "r.created_at DESC";
          case DISTANCE -> "r.distance_km";
        };
    return sql.add(" ORDER BY " + key + ", r.id LIMIT ?", fetch);
  }

  // Shared

  /** Ids of the profiles that work in a place: they serve it or are based there. */
  private static Sql profilesInPlace(String placeCode) {
    return new Sql()
        .add(
            "SELECT pp.profile_id FROM dir_profile_place pp WHERE pp.place_code = ?"
                + " UNION SELECT b.id FROM dir_profile b WHERE b.base_place_code = ?",
            placeCode,
            placeCode);
  }

  /**
   * The profile's base is inside the circle: the bounding box (indexable) and then the exact
   * distance.
   */
  private static Sql within(Distance.Circle c) {
    return within("p", c);
  }

  private static Sql within(String alias, Distance.Circle c) {
    Distance.Box box = c.box();
    return new Sql()
        .add(
            alias + ".latitude BETWEEN ? AND ? AND " + alias + ".longitude BETWEEN ? AND ? AND ",
            box.minLat(),
            box.maxLat(),
            box.minLon(),
            box.maxLon())
        .add(distance(alias, c))
        .add(" <= " + NUMBER, c.radiusKm());
  }

  /**
   * Kilometres from the circle's centre to the profile's base: the haversine formula of {@link
   * Distance#km}.
   */
  private static Sql distance(Distance.Circle c) {
    return distance("p", c);
  }

  private static Sql distance(String alias, Distance.Circle c) {
    return new Sql()
        .add(
            "(2 * "
                + Distance.EARTH_RADIUS_KM
                + " * ASIN(LEAST(1.0, SQRT("
                + "POWER(SIN(RADIANS("
                + alias
                + ".latitude - "
                + NUMBER
                + ") / 2), 2)"
                + " + COS(RADIANS("
                + NUMBER
                + ")) * COS(RADIANS("
                + alias
                + ".latitude)) * POWER(SIN(RADIANS("
                + alias
                + ".longitude - "
                + NUMBER
                + ") / 2), 2)))))",
            c.lat(),
            c.lat(),
            c.lon());
  }

  /** A LIKE pattern that finds the text anywhere, with the pattern characters in it escaped. */
  static String like(String text) {
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  /** The creation time a NEWEST cursor number stands for: minus microseconds since the epoch. */
  /** A date sort key from a cursor; one outside the years a column holds was not issued here. */
  private static LocalDate epochDay(double number) {
    if (number < LocalDate.of(1, 1, 1).toEpochDay()
        || number > LocalDate.of(9999, 12, 31).toEpochDay()) {
      throw uk.svkit.api.platform.paging.Cursor.invalid();
    }
    return LocalDate.ofEpochDay((long) number);
  }

  static OffsetDateTime createdAt(double number) {
    long micros = (long) -number;
    return Instant.EPOCH
        .plusSeconds(Math.floorDiv(micros, 1_000_000L))
        .plusNanos(Math.floorMod(micros, 1_000_000L) * 1000L)
        .atOffset(ZoneOffset.UTC);
  }

  /** The NEWEST cursor number of a creation time. */
  static double newestNumber(OffsetDateTime createdAt) {
    Instant i = createdAt.toInstant();
    return -(double) (i.getEpochSecond() * 1_000_000L + i.getNano() / 1000);
  }
}
