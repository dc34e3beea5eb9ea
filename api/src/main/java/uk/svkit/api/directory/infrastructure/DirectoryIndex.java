package uk.svkit.api.directory.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import uk.svkit.api.directory.domain.DirectoryQuery;
import uk.svkit.api.directory.domain.Distance;
import uk.svkit.api.directory.domain.Facets;
import uk.svkit.api.directory.domain.NeedOrder;
import uk.svkit.api.directory.domain.OrganisationOrder;

/**
 * Runs directory searches in the database (see {@link SearchStatements}) and returns ids and sort
 * keys; the caller loads the few entities a page shows. Plain JDBC: a search reads a page of keys
 * and a handful of counts, which JPA would only slow down.
 */
@ApplicationScoped
public class DirectoryIndex {
  @Resource(lookup = "jdbc/svkit")
  DataSource dataSource;

  /** A row of a page: the id, its sort key (number, text), and what the search computed for it. */
  public record Row(String id, String ownerId, double number, String text, Integer score, Double distanceKm) {}

  /** The sort key a page continues after: a cursor's parts. */
  public record After(double number, String text, String id) {}

  public List<Row> organisations(DirectoryQuery q, LocalDate today, OrganisationOrder order, After after, int fetch) {
    Sql sql = SearchStatements.organisationPage(q, today, order, after, fetch);
    return query(sql, rs -> {
      int score = rs.getInt("score");
      Double distance = distance(rs);
      double number = switch (order) {
        case RELEVANCE -> -score;
        case DISTANCE -> distance;
        case NAME -> 0;
      };
      String id = rs.getString("id");
      return new Row(id, id, number, rs.getString("name_key"), order == OrganisationOrder.RELEVANCE ? score : null, distance);
    });
  }

  public Map<String, List<Facets.Count>> organisationFacets(DirectoryQuery q, LocalDate today) {
    return facets(SearchStatements.organisationFacets(q, today));
  }

  /** Ids of organisations with an open need, within the circle when there is one. */
  public List<String> organisationsWithOpenNeeds(Distance.Circle near, LocalDate today) {
    return query(SearchStatements.organisationsWithOpenNeeds(near, today), rs -> rs.getString("id"));
  }

  public List<Row> needs(DirectoryQuery q, LocalDate today, NeedOrder order, After after, int fetch) {
    Sql sql = SearchStatements.needPage(q, today, order, after, fetch);
    return query(sql, rs -> {
      Double distance = distance(rs);
      double number = switch (order) {
        case EXPIRY -> rs.getObject("expires_on", LocalDate.class).toEpochDay();
        case NEWEST -> SearchStatements.newestNumber(rs.getObject("created_at", OffsetDateTime.class));
        case DISTANCE -> distance;
      };
      return new Row(rs.getString("id"), rs.getString("owner_id"), number, "", null, distance);
    });
  }

  public Map<String, List<Facets.Count>> needFacets(DirectoryQuery q, LocalDate today) {
    return facets(SearchStatements.needFacets(q, today));
  }

  private Map<String, List<Facets.Count>> facets(Sql sql) {
    Map<String, List<Facets.Count>> facets = new LinkedHashMap<>();
    for (String facet : List.of("places", "themes", "supportTypes")) {
      facets.put(facet, new ArrayList<>());
    }
    query(sql, rs -> facets.get(rs.getString("facet")).add(new Facets.Count(rs.getString("facet_value"), rs.getLong("results"))));
    facets.values().forEach(Facets::sort);
    return facets;
  }

  private static Double distance(ResultSet rs) throws SQLException {
    double km = rs.getDouble("distance_km");
    return rs.wasNull() ? null : km;
  }

  private interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> List<T> query(Sql sql, RowReader<T> reader) {
    try (Connection c = dataSource.getConnection(); PreparedStatement statement = sql.prepare(c); ResultSet rs = statement.executeQuery()) {
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
