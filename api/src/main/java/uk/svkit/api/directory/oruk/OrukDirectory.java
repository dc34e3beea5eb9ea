package uk.svkit.api.directory.oruk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import uk.svkit.api.directory.domain.Distance;
import uk.svkit.api.directory.domain.Themes;
import uk.svkit.api.directory.domain.VcfseProfile;
import uk.svkit.api.directory.domain.VcfseProfileRepository;
import uk.svkit.api.geography.domain.Place;

/**
 * The read side of the ORUK API: profiles as services, in pages numbered the ORUK way (a total
 * count, offset paging, ordered by name then id so pages are stable), and in id-ordered batches for
 * the whole-directory dataset. The directory is open, so nothing here filters by caller.
 */
@ApplicationScoped
public class OrukDirectory {
  @PersistenceContext(unitName = "svkit")
  EntityManager em;

  @Inject VcfseProfileRepository profiles;
  @Inject Themes themes;

  /**
   * What the ORUK lists filter on: free-text words (all must match), a theme code, one
   * organisation, a last change on or after an instant, a place the service must serve, a circle
   * its base must lie in (then results are ordered nearest first), and whether only services with a
   * location count ({@code /service_at_locations}). {@code nothing} is a filter no profile meets:
   * svkit records no eligibility ages or schedules, so filtering on them matches nothing.
   */
  public record Filter(
      List<String> words,
      String themeCode,
      boolean anyTheme,
      String organizationId,
      OffsetDateTime modifiedAfter,
      String servesPlace,
      Distance.Circle near,
      boolean located,
      boolean nothing) {
    public static Filter of(String search, String themeCode) {
      List<String> words =
          search == null
              ? List.of()
              : List.of(search.toLowerCase(Locale.ROOT).trim().split("\\s+")).stream()
                  .filter(w -> !w.isEmpty())
                  .limit(10)
                  .toList();
      return new Filter(words, themeCode, false, null, null, null, null, false, false);
    }

    public Filter withAnyTheme() {
      return new Filter(
          words,
          themeCode,
          true,
          organizationId,
          modifiedAfter,
          servesPlace,
          near,
          located,
          nothing);
    }

    public Filter withOrganization(String id) {
      return new Filter(
          words, themeCode, anyTheme, id, modifiedAfter, servesPlace, near, located, nothing);
    }

    public Filter withModifiedAfter(OffsetDateTime after) {
      return new Filter(
          words, themeCode, anyTheme, organizationId, after, servesPlace, near, located, nothing);
    }

    public Filter withServesPlace(String placeCode) {
      return new Filter(
          words,
          themeCode,
          anyTheme,
          organizationId,
          modifiedAfter,
          placeCode,
          near,
          located,
          nothing);
    }

    public Filter withNear(Distance.Circle circle) {
      return new Filter(
          words,
          themeCode,
          anyTheme,
          organizationId,
          modifiedAfter,
          servesPlace,
          circle,
          true,
          nothing);
    }

    public Filter withLocation() {
      return new Filter(
          words,
          themeCode,
          anyTheme,
          organizationId,
          modifiedAfter,
          servesPlace,
          near,
          true,
          nothing);
    }

    public Filter matchingNothing() {
      return new Filter(
          words,
          themeCode,
          anyTheme,
          organizationId,
          modifiedAfter,
          servesPlace,
          near,
          located,
          true);
    }
  }

  public OrukVocabulary vocabulary() {
    Map<String, String> labels = new java.util.LinkedHashMap<>();
    themes.all().forEach(t -> labels.put(t.code(), t.label()));
    return new OrukVocabulary(labels);
  }

  public VcfseProfile get(String id) {
    return profiles.find(id);
  }

  public long count(Filter filter) {
    return query("select count(p) from VcfseProfile p", filter, "", Long.class).getSingleResult();
  }

  public List<VcfseProfile> page(Filter filter, int offset, int size) {
    if (filter.near() != null) {
      // JPQL orders by an expression only through a result variable: the nearest first.
      return query(
              "select p, " + SQUARED_DEGREES + " as nearness from VcfseProfile p",
              filter,
              " order by nearness, p.id",
              Object[].class)
          .setFirstResult(offset)
          .setMaxResults(size)
          .getResultList()
          .stream()
          .map(row -> (VcfseProfile) row[0])
          .toList();
    }
    return batched(
            query(
                "select p from VcfseProfile p",
                filter,
                " order by p.nameKey, p.id",
                VcfseProfile.class))
        .setFirstResult(offset)
        .setMaxResults(size)
        .getResultList();
  }

  /** The next batch of profiles after {@code afterId} (or the first), in id order. */
  public List<VcfseProfile> batch(String afterId, int size) {
    TypedQuery<VcfseProfile> q =
        afterId == null
            ? em.createQuery("select p from VcfseProfile p order by p.id", VcfseProfile.class)
            : em.createQuery(
                    "select p from VcfseProfile p where p.id > :after order by p.id",
                    VcfseProfile.class)
                .setParameter("after", afterId);
    return batched(q).setMaxResults(size).getResultList();
  }

  /**
   * Loads the profiles' collections for the whole page in one query each (EclipseLink's batch
   * reading; other providers ignore the hints), not one query per profile and collection: the
   * dataset reads the entire directory. Contacts are lazy and not batched (EclipseLink cannot batch
   * a collection of embeddables): only an authenticated caller's export reads them.
   */
  private static TypedQuery<VcfseProfile> batched(TypedQuery<VcfseProfile> q) {
    return q.setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "p.themes")
        .setHint("eclipselink.batch", "p.placesServed")
        .setHint("eclipselink.batch", "p.beneficiaryGroups");
  }

  /** Place names by ONS code, for the codes given. */
  public Map<String, String> placeNames(Collection<VcfseProfile> of) {
    List<String> codes =
        of.stream().flatMap(p -> p.sortedPlacesServed().stream()).distinct().toList();
    if (codes.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery("select pl from Place pl where pl.code in :codes", Place.class)
        .setParameter("codes", codes)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(Place::code, Place::name));
  }

  /**
   * The profiles of the filter after {@code afterId} (or the first), in id order: for streaming a
   * whole result ({@code format=ndjson}, {@code minimal}) in batches, so memory stays flat.
   */
  public List<VcfseProfile> batch(Filter filter, String afterId, int size) {
    StringBuilder extra = new StringBuilder();
    if (afterId != null) {
      extra.append(" and p.id > :after");
    }
    TypedQuery<VcfseProfile> q =
        query("select p from VcfseProfile p", filter, extra + " order by p.id", VcfseProfile.class);
    if (afterId != null) {
      q.setParameter("after", afterId);
    }
    return batched(q).setMaxResults(size).getResultList();
  }

  /** Kilometres per degree of latitude (and of longitude at the equator). */
  private static final double KM_PER_DEGREE = Distance.EARTH_RADIUS_KM * Math.PI / 180;

  /**
   * The square of the distance from the circle's centre in degrees of latitude, on the
   * equirectangular projection at the centre's latitude: within 0.5 % of the great-circle distance
   * over the few hundred kilometres a proximity allows, and plain arithmetic every database orders
   * by.
   */
  private static final String SQUARED_DEGREES =
      "((p.latitude - :nearLat) * (p.latitude - :nearLat)"
          + " + (p.longitude - :nearLon) * (p.longitude - :nearLon) * :lonScale)";

  private <T> TypedQuery<T> query(String select, Filter filter, String order, Class<T> type) {
    StringBuilder jpql = new StringBuilder(select).append(" where 1 = 1");
    for (int i = 0; i < filter.words().size(); i++) {
      jpql.append(" and p.searchText like :w").append(i).append(" escape '\\'");
    }
    if (filter.themeCode() != null) {
      jpql.append(
          " and exists (select p2.id from VcfseProfile p2 join p2.themes t where p2.id = p.id and t = :theme)");
    }
    if (filter.anyTheme()) {
      jpql.append(
          " and exists (select p3.id from VcfseProfile p3 join p3.themes t3 where p3.id = p.id)");
    }
    if (filter.organizationId() != null) {
      jpql.append(" and p.id = :organizationId");
    }
    if (filter.modifiedAfter() != null) {
      jpql.append(" and p.updatedAt >= :modifiedAfter");
    }
    if (filter.servesPlace() != null) {
      jpql.append(
          " and exists (select p4.id from VcfseProfile p4 join p4.placesServed s4 where p4.id = p.id and s4 = :servesPlace)");
    }
    if (filter.located()) {
      jpql.append(" and p.basePostcode is not null");
    }
    Distance.Box box = filter.near() == null ? null : filter.near().box();
    if (box != null) {
      jpql.append(" and p.latitude between :minLat and :maxLat")
          .append(" and p.longitude between :minLon and :maxLon")
          .append(" and ")
          .append(SQUARED_DEGREES)
          .append(" <= :radiusSquared");
    }
    if (filter.nothing()) {
      jpql.append(" and 1 = 0");
    }
    TypedQuery<T> q = em.createQuery(jpql.append(order).toString(), type);
    List<String> words = new ArrayList<>(filter.words());
    for (int i = 0; i < words.size(); i++) {
      q.setParameter(
          "w" + i,
          "%" + words.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    if (filter.themeCode() != null) {
      q.setParameter("theme", filter.themeCode());
    }
    if (filter.organizationId() != null) {
      q.setParameter("organizationId", filter.organizationId());
    }
    if (filter.modifiedAfter() != null) {
      q.setParameter("modifiedAfter", filter.modifiedAfter());
    }
    if (filter.servesPlace() != null) {
      q.setParameter("servesPlace", filter.servesPlace());
    }
    if (box != null) {
      double lonScale = Math.pow(Math.cos(Math.toRadians(filter.near().lat())), 2);
      double radiusDegrees = filter.near().radiusKm() / KM_PER_DEGREE;
      q.setParameter("minLat", box.minLat())
          .setParameter("maxLat", box.maxLat())
          .setParameter("minLon", box.minLon())
          .setParameter("maxLon", box.maxLon())
          .setParameter("nearLat", filter.near().lat())
          .setParameter("nearLon", filter.near().lon())
          .setParameter("lonScale", lonScale)
          .setParameter("radiusSquared", radiusDegrees * radiusDegrees);
    }
    return q;
  }
}
