package uk.svkit.api.directory.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import uk.svkit.api.directory.domain.DirectoryQuery;
import uk.svkit.api.directory.domain.Distance;
import uk.svkit.api.directory.domain.Facets;
import uk.svkit.api.directory.domain.LegalForm;
import uk.svkit.api.directory.domain.NeedOrder;
import uk.svkit.api.directory.domain.NeedStatus;
import uk.svkit.api.directory.domain.NeedSummary;
import uk.svkit.api.directory.domain.OfferRepository;
import uk.svkit.api.directory.domain.OfferStatus;
import uk.svkit.api.directory.domain.OfferSummary;
import uk.svkit.api.directory.domain.OrganisationOrder;
import uk.svkit.api.directory.domain.OrganisationSummary;
import uk.svkit.api.directory.domain.SupportType;
import uk.svkit.api.directory.domain.VcfseProfile;
import uk.svkit.api.directory.domain.VerificationStatus;
import uk.svkit.api.platform.persistence.DatabaseProduct;

/**
 * Runs directory searches in the database (see {@link SearchStatements}) and returns each page's
 * sort keys with what the page shows (summaries, not entities), read by the search statement itself
 * where the database allows. Plain JDBC: a search reads a page of rows and a handful of counts,
 * which JPA would only slow down.
 */
@ApplicationScoped
public class DirectoryIndex {
  @Resource(lookup = "jdbc/svkit")
  DataSource dataSource;

  /** A row of a page: the id, its sort key (number, text), and what the search computed for it. */
  public record Row(
      String id, String ownerId, double number, String text, Integer score, Double distanceKm) {}

  /** The sort key a page continues after: a cursor's parts. */
  public record After(double number, String text, String id) {}

  /** A page of organisations: its rows in order, and the summary of each, by id. */
  public record OrganisationPage(List<Row> rows, Map<String, OrganisationSummary> summaries) {}

  /** A page of needs: its rows in order, and what each shows, by id. */
  public record NeedPage(List<Row> rows, Map<String, NeedSummary> needs) {}

  /** A page of offers: its rows in order, and what each shows, by id. */
  public record OfferPage(List<Row> rows, Map<String, OfferSummary> offers) {}

  /**
   * A page of organisations with their summaries. On PostgreSQL, one statement reads both ({@link
   * PostgresSearchStatements#organisationLookup}); elsewhere, the portable page statement and then
   * {@link #summaries}.
   */
  public OrganisationPage organisations(
      DirectoryQuery q, LocalDate today, OrganisationOrder order, After after, int fetch) {
    if (postgres()) {
      Map<String, OrganisationSummary> summaries = new LinkedHashMap<>();
      List<Row> rows =
          query(
              PostgresSearchStatements.organisationLookup(q, today, order, after, fetch),
              rs -> {
                Row row = organisationRow(rs, order);
                summaries.put(row.id(), summary(rs, row.id()));
                return row;
              });
      return new OrganisationPage(rows, summaries);
    }
    List<Row> rows =
        query(
            SearchStatements.organisationPage(q, today, order, after, fetch),
            rs -> organisationRow(rs, order));
    return new OrganisationPage(rows, summaries(rows.stream().map(Row::id).toList(), today));
  }

  private static Row organisationRow(ResultSet rs, OrganisationOrder order) throws SQLException {
    int score = rs.getInt("score");
    Double distance = distance(rs);
    double number =
        switch (order) {
          case RELEVANCE -> -score;
          case DISTANCE -> distance;
          case NAME -> 0;
        };
    String id = rs.getString("id");
    return new Row(
        id,
        id,
        number,
        rs.getString("name_key"),
        order == OrganisationOrder.RELEVANCE ? score : null,
        distance);
  }

  /** The summary columns of {@link PostgresSearchStatements#organisationPage}. */
  private static OrganisationSummary summary(ResultSet rs, String id) throws SQLException {
    List<OrganisationSummary.OpenNeed> needs = new ArrayList<>();
    for (String need : strings(rs, "open_needs")) {
      int space = need.indexOf(' ');
      needs.add(
          new OrganisationSummary.OpenNeed(
              SupportType.valueOf(need.substring(0, space)), need.substring(space + 1)));
    }
    return summary(rs, id, strings(rs, "themes"), strings(rs, "places"), needs);
  }

  private static OrganisationSummary summary(
      ResultSet rs,
      String id,
      List<String> themes,
      List<String> places,
      List<OrganisationSummary.OpenNeed> needs)
      throws SQLException {
    double lat = rs.getDouble("latitude");
    VcfseProfile.Location base =
        rs.wasNull()
            ? null
            : new VcfseProfile.Location(
                VcfseProfile.publicPostcode(
                    rs.getString("base_postcode"), rs.getBoolean("exact_location_public")),
                lat,
                rs.getDouble("longitude"),
                rs.getString("base_place_code"));
    return new OrganisationSummary(
        id,
        rs.getString("name"),
        rs.getString("identifier"),
        LegalForm.valueOf(rs.getString("legal_form")),
        rs.getString("description"),
        rs.getString("website"),
        VerificationStatus.valueOf(rs.getString("verification_status")),
        base,
        sorted(themes),
        sorted(places),
        needs);
  }

  private static List<String> strings(ResultSet rs, String column) throws SQLException {
    java.sql.Array array = rs.getArray(column);
    try {
      return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    } finally {
      if (array != null) {
        array.free();
      }
    }
  }

  /** Whether the database is PostgreSQL, with its kept search rows (read once). */
  private boolean postgres() {
    Boolean known = postgres;
    if (known == null) {
      try (Connection c = dataSource.getConnection()) {
        known = DatabaseProduct.isPostgres(c);
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot read the database's product name", e);
      }
      postgres = known;
    }
    return known;
  }

  private volatile Boolean postgres;

  /**
   * The summaries of these organisations, by id (ids without a profile are left out): four small
   * queries on one connection, whatever the page size.
   */
  public Map<String, OrganisationSummary> summaries(List<String> ids, LocalDate today) {
    return withOpenNeeds(ids, today).organisations();
  }

  /** Organisations by id with their open, unexpired needs (in the order they were posted). */
  public record WithOpenNeeds(
      Map<String, OrganisationSummary> organisations, Map<String, List<NeedSummary>> openNeeds) {}

  /**
   * The summaries of these organisations and their open, unexpired needs, as a need search shows
   * them: four small queries on one connection, whatever the number of organisations.
   */
  public WithOpenNeeds withOpenNeeds(List<String> ids, LocalDate today) {
    Map<String, OrganisationSummary> summaries = new LinkedHashMap<>();
    Map<String, List<NeedSummary>> openNeeds = new HashMap<>();
    if (ids.isEmpty()) {
      return new WithOpenNeeds(summaries, openNeeds);
    }
    String in = " IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
    try (Connection c = dataSource.getConnection()) {
      Map<String, List<String>> themes =
          pairs(
              c, "SELECT profile_id, theme_code FROM dir_profile_theme WHERE profile_id" + in, ids);
      Map<String, List<String>> places =
          pairs(
              c, "SELECT profile_id, place_code FROM dir_profile_place WHERE profile_id" + in, ids);
      Map<String, List<OrganisationSummary.OpenNeed>> needs = new HashMap<>();
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT n.id, n.owner_organisation_id AS owner_id, n.expires_on, n.created_at,"
                  + " n.updated_at, n.version, n.support_type, n.title, n.description, n.quantity,"
                  + " n.unit, n.pledged_quantity, n.delivered_quantity, n.place_code, n.status,"
                  + " n.search_text, p.name AS organisation_name FROM dir_need n"
                  + " JOIN dir_profile p ON p.id = n.owner_organisation_id"
                  + " WHERE n.owner_organisation_id"
                  + in
                  + " AND n.status = 'OPEN' AND n.expires_on >= ? ORDER BY n.created_at, n.id")) {
        bind(s, ids);
        s.setObject(ids.size() + 1, today);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            String owner = rs.getString("owner_id");
            NeedSummary need = need(rs, rs.getString("id"), owner);
            needs
                .computeIfAbsent(owner, k -> new ArrayList<>())
                .add(
                    new OrganisationSummary.OpenNeed(
                        need.supportType(), rs.getString("search_text")));
            openNeeds.computeIfAbsent(owner, k -> new ArrayList<>()).add(need);
          }
        }
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT id, name, identifier, legal_form, description, website, verification_status,"
                  + " base_postcode, exact_location_public, latitude, longitude, base_place_code"
                  + " FROM dir_profile WHERE id"
                  + in)) {
        bind(s, ids);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            String id = rs.getString("id");
            summaries.put(
                id,
                summary(rs, id, themes.get(id), places.get(id), needs.getOrDefault(id, List.of())));
          }
        }
      }
      return new WithOpenNeeds(summaries, openNeeds);
    } catch (SQLException e) {
      throw new IllegalStateException("Reading directory summaries failed: " + e.getMessage(), e);
    }
  }

  public Map<String, List<Facets.Count>> organisationFacets(DirectoryQuery q, LocalDate today) {
    return facets(
        postgres()
            ? PostgresSearchStatements.organisationFacets(q, today)
            : SearchStatements.organisationFacets(q, today));
  }

  /**
   * Ids of the organisations a match request must rank ({@link SearchStatements#matchCandidates}):
   * the few whose score may place them in the shortlist, not every candidate.
   */
  public List<String> matchCandidates(
      Distance.Circle near,
      LocalDate today,
      int cap,
      Collection<String> themes,
      Collection<String> supportTypes,
      BigDecimal quantity,
      int limit,
      double margin) {
    return query(
        SearchStatements.matchCandidates(
            near, today, cap, themes, supportTypes, quantity, limit, margin),
        rs -> rs.getString("id"));
  }

  /**
   * A page of open needs with what each shows, in one statement ({@link
   * SearchStatements#needPage}).
   */
  public NeedPage needs(
      DirectoryQuery q, LocalDate today, NeedOrder order, After after, int fetch) {
    Sql sql =
        postgres()
            ? PostgresSearchStatements.needPage(q, today, order, after, fetch)
            : SearchStatements.needPage(q, today, order, after, fetch);
    Map<String, NeedSummary> needs = new HashMap<>();
    List<Row> rows =
        query(
            sql,
            rs -> {
              Row row =
                  new Row(
                      rs.getString("id"),
                      rs.getString("owner_id"),
                      listingNumber(rs, order),
                      "",
                      null,
                      distance(rs));
              needs.put(row.id(), need(rs, row.id(), row.ownerId()));
              return row;
            });
    return new NeedPage(rows, needs);
  }

  private static NeedSummary need(ResultSet rs, String id, String ownerId) throws SQLException {
    return new NeedSummary(
        id,
        ownerId,
        rs.getString("organisation_name"),
        SupportType.valueOf(rs.getString("support_type")),
        rs.getString("title"),
        rs.getString("description"),
        rs.getBigDecimal("quantity"),
        rs.getString("unit"),
        rs.getBigDecimal("pledged_quantity"),
        rs.getBigDecimal("delivered_quantity"),
        rs.getString("place_code"),
        rs.getObject("expires_on", LocalDate.class),
        NeedStatus.valueOf(rs.getString("status")),
        rs.getLong("version"),
        timestamp(rs, "created_at"),
        timestamp(rs, "updated_at"));
  }

  /**
   * A page of listed offers with what each shows, in one statement ({@link
   * SearchStatements#offerPage}); rows have no owner.
   */
  public OfferPage offers(
      OfferRepository.Query q,
      Distance.Circle near,
      LocalDate today,
      NeedOrder order,
      After after,
      int fetch) {
    Map<String, OfferSummary> offers = new HashMap<>();
    List<Row> rows =
        query(
            SearchStatements.offerPage(q, near, today, order, after, fetch),
            rs -> {
              Row row =
                  new Row(
                      rs.getString("id"), null, listingNumber(rs, order), "", null, distance(rs));
              offers.put(row.id(), offer(rs, row.id()));
              return row;
            });
    return new OfferPage(rows, offers);
  }

  private static OfferSummary offer(ResultSet rs, String id) throws SQLException {
    double latitude = rs.getDouble("latitude");
    Double lat = rs.wasNull() ? null : latitude;
    double longitude = rs.getDouble("longitude");
    Double lon = rs.wasNull() ? null : longitude;
    return new OfferSummary(
        id,
        rs.getString("owner_organisation_id"),
        rs.getString("business_name"),
        SupportType.valueOf(rs.getString("support_type")),
        rs.getString("title"),
        rs.getString("description"),
        rs.getBigDecimal("quantity"),
        rs.getString("unit"),
        rs.getBigDecimal("claimed_quantity"),
        rs.getBigDecimal("delivered_quantity"),
        rs.getString("place_code"),
        rs.getString("postcode"),
        lat,
        lon,
        rs.getObject("expires_on", LocalDate.class),
        OfferStatus.valueOf(rs.getString("status")),
        rs.getInt("claim_count"),
        rs.getLong("version"),
        timestamp(rs, "created_at"),
        timestamp(rs, "updated_at"));
  }

  /** A stored timestamp as the application keeps it: UTC. */
  private static OffsetDateTime timestamp(ResultSet rs, String column) throws SQLException {
    OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.withOffsetSameInstant(ZoneOffset.UTC);
  }

  /** The sort number of a need or offer row: epoch day, minus micros of creation, or km. */
  private static double listingNumber(ResultSet rs, NeedOrder order) throws SQLException {
    return switch (order) {
      case EXPIRY -> rs.getObject("expires_on", LocalDate.class).toEpochDay();
      case NEWEST -> SearchStatements.newestNumber(timestamp(rs, "created_at"));
      case DISTANCE -> distance(rs);
    };
  }

  public Map<String, List<Facets.Count>> needFacets(DirectoryQuery q, LocalDate today) {
    return facets(
        postgres()
            ? PostgresSearchStatements.needFacets(q, today)
            : SearchStatements.needFacets(q, today));
  }

  private Map<String, List<Facets.Count>> facets(Sql sql) {
    Map<String, List<Facets.Count>> facets = new LinkedHashMap<>();
    for (String facet : List.of("places", "themes", "supportTypes")) {
      facets.put(facet, new ArrayList<>());
    }
    query(
        sql,
        rs ->
            facets
                .get(rs.getString("facet"))
                .add(new Facets.Count(rs.getString("facet_value"), rs.getLong("results"))));
    facets.values().forEach(Facets::sort);
    return facets;
  }

  private static Map<String, List<String>> pairs(Connection c, String sql, List<String> ids)
      throws SQLException {
    Map<String, List<String>> pairs = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, ids);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          pairs.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
      }
    }
    return pairs;
  }

  private static void bind(PreparedStatement s, List<String> ids) throws SQLException {
    for (int i = 0; i < ids.size(); i++) {
      s.setString(i + 1, ids.get(i));
    }
  }

  private static List<String> sorted(List<String> values) {
    return values == null ? List.of() : values.stream().sorted().toList();
  }

  private static Double distance(ResultSet rs) throws SQLException {
    double km = rs.getDouble("distance_km");
    return rs.wasNull() ? null : km;
  }

  private interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> List<T> query(Sql sql, RowReader<T> reader) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement statement = sql.prepare(c);
        ResultSet rs = statement.executeQuery()) {
      List<T> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(reader.read(rs));
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("Directory search failed: " + e.getMessage(), e);
    }
  }
}
