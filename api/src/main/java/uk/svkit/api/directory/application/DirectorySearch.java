package uk.svkit.api.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import uk.svkit.api.directory.domain.DirectoryQuery;
import uk.svkit.api.directory.domain.Distance;
import uk.svkit.api.directory.domain.Facets;
import uk.svkit.api.directory.domain.Keyset;
import uk.svkit.api.directory.domain.LegalForm;
import uk.svkit.api.directory.domain.Matcher;
import uk.svkit.api.directory.domain.NeedOrder;
import uk.svkit.api.directory.domain.NeedSummary;
import uk.svkit.api.directory.domain.OrganisationOrder;
import uk.svkit.api.directory.domain.OrganisationSummary;
import uk.svkit.api.directory.domain.Relevance;
import uk.svkit.api.directory.domain.SupportType;
import uk.svkit.api.directory.domain.Themes;
import uk.svkit.api.directory.infrastructure.DirectoryIndex;
import uk.svkit.api.geography.application.Geography;
import uk.svkit.api.geography.domain.PlaceCode;
import uk.svkit.api.platform.problem.ProblemException;

/**
 * Lookups over the directory and the noticeboard. The database does the work (filters, exact
 * distance, relevance, ordering, keyset paging and facet counts: see {@link DirectoryIndex}); this
 * validates the criteria and turns the page the database read into results.
 */
@ApplicationScoped
public class DirectorySearch {
  public static final double DEFAULT_RADIUS_KM = 10;
  public static final double MAX_RADIUS_KM = 200;

  /** The most VCFSEs one match request considers (the nearest with open needs). */
  static final int MAX_MATCH_CANDIDATES = 2_000;

  @Inject Clock clock;
  @Inject Themes themes;
  @Inject Geography geography;
  @Inject DirectoryIndex index;

  /** A search as the caller gives it, unvalidated. */
  public record Criteria(
      String q,
      String placeCode,
      String near,
      Double lat,
      Double lon,
      Double radiusKm,
      String theme,
      SupportType supportType,
      LegalForm legalForm,
      String organisationId) {}

  /** An organisation found, with its distance (if searched near a point) and score. */
  public record OrganisationHit(OrganisationSummary organisation, Double distanceKm, int score) {}

  /** A need found (with its organisation's name), and its distance. */
  public record NeedHit(NeedSummary need, Double distanceKm) {}

  /** One page of results and the facet counts over every result (null when not asked for). */
  public record Result<T>(List<Keyset.Ranked<T>> rows, Map<String, List<Facets.Count>> facets) {}

  /** Reads only: plain JDBC, no transaction to begin or entities to track. */
  public Result<OrganisationHit> organisations(
      Criteria c, String sortName, List<String> cursor, int fetch, boolean withFacets) {
    LocalDate today = today();
    DirectoryQuery query = query(c);
    OrganisationOrder order =
        parse(
            OrganisationOrder.class,
            "sort",
            sortName,
            !query.terms().isEmpty()
                ? OrganisationOrder.RELEVANCE
                : query.near() != null ? OrganisationOrder.DISTANCE : OrganisationOrder.NAME);
    if (order == OrganisationOrder.DISTANCE && query.near() == null) {
      throw ProblemException.invalid("sort", "sorting by distance needs near, or lat and lon");
    }
    DirectoryIndex.OrganisationPage found =
        index.organisations(query, today, order, after(cursor), fetch);
    List<DirectoryIndex.Row> rows = found.rows();
    Map<String, OrganisationSummary> summaries = found.summaries();
    List<Keyset.Ranked<OrganisationHit>> page = new ArrayList<>();
    for (DirectoryIndex.Row row : rows) {
      OrganisationSummary o = summaries.get(row.id());
      // The database scores only when it sorts by relevance; otherwise the page's few rows are
      // scored here, by the same rules.
      int score =
          row.score() != null
              ? row.score()
              : Relevance.score(
                  query.text(),
                  query.terms(),
                  o.name(),
                  o.description(),
                  o.openNeeds().stream().map(OrganisationSummary.OpenNeed::searchText).toList());
      OrganisationHit hit =
          new OrganisationHit(
              o, row.distanceKm() == null ? null : Distance.rounded(row.distanceKm()), score);
      page.add(new Keyset.Ranked<>(hit, row.number(), row.text(), row.id()));
    }
    return new Result<>(page, withFacets ? index.organisationFacets(query, today) : null);
  }

  /** Reads only: one JDBC statement for the page, no transaction to begin or entities to track. */
  public Result<NeedHit> needs(
      Criteria c, String sortName, List<String> cursor, int fetch, boolean withFacets) {
    LocalDate today = today();
    DirectoryQuery query = query(c);
    NeedOrder order =
        parse(
            NeedOrder.class,
            "sort",
            sortName,
            query.near() != null ? NeedOrder.DISTANCE : NeedOrder.EXPIRY);
    if (order == NeedOrder.DISTANCE && query.near() == null) {
      throw ProblemException.invalid("sort", "sorting by distance needs near, or lat and lon");
    }
    DirectoryIndex.NeedPage found = index.needs(query, today, order, after(cursor), fetch);
    List<Keyset.Ranked<NeedHit>> page = new ArrayList<>();
    for (DirectoryIndex.Row row : found.rows()) {
      NeedHit hit =
          new NeedHit(
              found.needs().get(row.id()),
              row.distanceKm() == null ? null : Distance.rounded(row.distanceKm()));
      page.add(new Keyset.Ranked<>(hit, row.number(), row.text(), row.id()));
    }
    return new Result<>(page, withFacets ? index.needFacets(query, today) : null);
  }

  /**
   * What a business offers, as the caller gives it: measures (of a KPI) and/or themes, support
   * types, a place, a quantity.
   */
  public record MatchCriteria(
      List<String> measureCodes,
      List<String> themes,
      List<SupportType> supportTypes,
      String placeCode,
      String near,
      Double lat,
      Double lon,
      Double radiusKm,
      BigDecimal quantity,
      int limit) {}

  /**
   * The criteria as matched (measures turned into themes and support types) and the ranked
   * shortlist.
   */
  public record Matches(Matcher.Wanted wanted, List<Matcher.Match> matches) {}

  /**
   * A shortlist of VCFSE organisations with open needs for what a business offers, ranked and
   * explained by {@link Matcher}. A radius, when given, limits the candidates; a place only ranks.
   */
  /** Reads only: plain JDBC, no transaction to begin or entities to track. */
  public Matches match(MatchCriteria m) {
    LocalDate today = today();
    for (String theme : m.themes()) {
      if (!themes.byCode().containsKey(theme)) {
        throw ProblemException.invalid(
            "theme", "'" + theme + "' is not a theme of the taxonomy (GET /directory/themes)");
      }
    }
    Themes.MeasurePointers pointers = themes.pointersOf(m.measureCodes());
    Set<String> wantedThemes = new TreeSet<>(m.themes());
    wantedThemes.addAll(pointers.themes());
    Set<SupportType> wantedSupport = new TreeSet<>(m.supportTypes());
    wantedSupport.addAll(pointers.supportTypes());
    String place = m.placeCode() == null ? null : m.placeCode().toUpperCase(Locale.ROOT);
    Distance.Circle area =
        circle(
            new Criteria(
                null, null, m.near(), m.lat(), m.lon(), m.radiusKm(), null, null, null, null));
    // Matching ranks every candidate in memory, so the candidates must be bounded: a circle (at
    // most MAX_RADIUS_KM) and, within it, the MAX_MATCH_CANDIDATES nearest with open needs.
    if (area == null) {
      throw ProblemException.invalid(
          "near",
          "matching needs an area: give near (a postcode) or lat and lon, and radiusKm (default "
              + (int) DEFAULT_RADIUS_KM
              + ", at most "
              + (int) MAX_RADIUS_KM
              + ")");
    }
    // The database scores the candidates roughly and returns only those that may make the
    // shortlist; Matcher ranks them exactly. The margin is above twice the largest difference
    // between the two scores (about 0.25 points from recency counted in fractional days, and the
    // place factor's distance rounding, which weighs more in a small circle).
    double margin = 1.0 + 0.05 / area.radiusKm();
    List<String> ids =
        index.matchCandidates(
            area,
            today,
            MAX_MATCH_CANDIDATES,
            wantedThemes,
            wantedSupport.stream().map(SupportType::name).toList(),
            m.quantity(),
            Math.max(1, m.limit()),
            margin);
    DirectoryIndex.WithOpenNeeds found = index.withOpenNeeds(ids, today);
    List<Matcher.Candidate> pool = new ArrayList<>();
    for (OrganisationSummary o : found.organisations().values()) {
      Double distance =
          Distance.rounded(
              Distance.km(area.lat(), area.lon(), o.base().latitude(), o.base().longitude()));
      pool.add(
          new Matcher.Candidate(
              o, distance, area.radiusKm(), found.openNeeds().getOrDefault(o.id(), List.of())));
    }
    Matcher.Wanted wanted = new Matcher.Wanted(wantedThemes, wantedSupport, place, m.quantity());
    List<Matcher.Match> ranked = Matcher.rank(pool, wanted, today);
    return new Matches(wanted, ranked.subList(0, Math.min(m.limit(), ranked.size())));
  }

  /** The cursor of a result: its sort key. */
  public static List<String> cursorOf(Keyset.Ranked<?> r) {
    return List.of(Double.toString(r.number()), r.text(), r.id());
  }

  private static DirectoryIndex.After after(List<String> cursor) {
    if (cursor == null) {
      return null;
    }
    return new DirectoryIndex.After(
        uk.svkit.api.platform.paging.Cursor.number(cursor.get(0)), cursor.get(1), cursor.get(2));
  }

  private Distance.Circle circle(Criteria c) {
    return SearchInput.circle(geography, c.near(), c.lat(), c.lon(), c.radiusKm());
  }

  private DirectoryQuery query(Criteria c) {
    List<String> terms = SearchInput.terms(c.q());
    if (c.theme() != null && !themes.byCode().containsKey(c.theme())) {
      throw ProblemException.invalid(
          "theme", "'" + c.theme() + "' is not a theme of the taxonomy (GET /directory/themes)");
    }
    String place = PlaceCode.normalise("placeCode", c.placeCode());
    return new DirectoryQuery(
        c.q(),
        terms,
        place,
        c.theme(),
        c.supportType(),
        c.legalForm(),
        c.organisationId(),
        circle(c));
  }

  private static <E extends Enum<E>> E parse(
      Class<E> type, String field, String value, E fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid(
          field, "must be one of " + Arrays.toString(type.getEnumConstants()));
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
