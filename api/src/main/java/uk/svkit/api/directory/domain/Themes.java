package uk.svkit.api.directory.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The theme taxonomy; shipped by migration and read-only here, so it is read once and kept (a
 * search that names a theme no longer asks the database whether it exists).
 */
@ApplicationScoped
public class Themes {
  @PersistenceContext(unitName = "svkit")
  EntityManager em;

  /** The taxonomy as read: in order, and by code. */
  private record Taxonomy(List<Theme> all, Map<String, Theme> byCode) {}

  private volatile Taxonomy taxonomy;

  public List<Theme> all() {
    return taxonomy().all();
  }

  public Map<String, Theme> byCode() {
    return taxonomy().byCode();
  }

  private Taxonomy taxonomy() {
    Taxonomy read = taxonomy;
    if (read == null) {
      List<Theme> all =
          List.copyOf(
              em.createQuery("select t from Theme t order by t.position, t.code", Theme.class)
                  .getResultList());
      read =
          new Taxonomy(
              all,
              Map.copyOf(all.stream().collect(Collectors.toMap(Theme::code, Function.identity()))));
      taxonomy = read;
    }
    return read;
  }

  /**
   * The themes and support types the given framework measures point at (table dir_measure_match).
   */
  public record MeasurePointers(
      java.util.Set<String> themes, java.util.Set<SupportType> supportTypes) {}

  public MeasurePointers pointersOf(java.util.Collection<String> measureCodes) {
    java.util.Set<String> themeCodes = new java.util.TreeSet<>();
    java.util.Set<SupportType> supports = new java.util.TreeSet<>();
    if (!measureCodes.isEmpty()) {
      List<String> codes = List.copyOf(measureCodes);
      StringBuilder marks = new StringBuilder();
      for (int i = 1; i <= codes.size(); i++) {
        marks.append(i == 1 ? "?" : ", ?").append(i);
      }
      var query =
          em.createNativeQuery(
              "SELECT pointer_kind, pointer_code FROM dir_measure_match WHERE measure_code IN ("
                  + marks
                  + ")");
      for (int i = 0; i < codes.size(); i++) {
        query.setParameter(i + 1, codes.get(i));
      }
      @SuppressWarnings("unchecked")
      List<Object[]> rows = query.getResultList();
      for (Object[] row : rows) {
        if ("THEME".equals(row[0])) {
          themeCodes.add((String) row[1]);
        } else {
          supports.add(SupportType.valueOf((String) row[1]));
        }
      }
    }
    return new MeasurePointers(themeCodes, supports);
  }
}
