package uk.svkit.api.directory.oruk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
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

  /** What {@code /services} filters on: free-text words (all must match) and a theme code. */
  public record Filter(List<String> words, String themeCode) {
    public static Filter of(String search, String themeCode) {
      List<String> words =
          search == null
              ? List.of()
              : List.of(search.toLowerCase(Locale.ROOT).trim().split("\\s+")).stream()
                  .filter(w -> !w.isEmpty())
                  .limit(10)
                  .toList();
      return new Filter(words, themeCode);
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

  private <T> TypedQuery<T> query(String select, Filter filter, String order, Class<T> type) {
    StringBuilder jpql = new StringBuilder(select).append(" where 1 = 1");
    for (int i = 0; i < filter.words().size(); i++) {
      jpql.append(" and p.searchText like :w").append(i).append(" escape '\\'");
    }
    if (filter.themeCode() != null) {
      jpql.append(
          " and exists (select p2.id from VcfseProfile p2 join p2.themes t where p2.id = p.id and t = :theme)");
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
    return q;
  }
}
