package uk.svkit.api.directory.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
   * The themes and support types the given framework measures point at (table dir_measure_match,
   * shipped by migration like the taxonomy, so read once and kept: a match request no longer asks
   * the database). Codes that point at nothing add nothing.
   */
  public record MeasurePointers(Set<String> themes, Set<SupportType> supportTypes) {}

  private volatile Map<String, MeasurePointers> pointers;

  public MeasurePointers pointersOf(Collection<String> measureCodes) {
    Set<String> themeCodes = new TreeSet<>();
    Set<SupportType> supports = new TreeSet<>();
    Map<String, MeasurePointers> all = measurePointers();
    for (String code : measureCodes) {
      MeasurePointers p = all.get(code);
      if (p != null) {
        themeCodes.addAll(p.themes());
        supports.addAll(p.supportTypes());
      }
    }
    return new MeasurePointers(themeCodes, supports);
  }

  private Map<String, MeasurePointers> measurePointers() {
    Map<String, MeasurePointers> read = pointers;
    if (read == null) {
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          em.createNativeQuery(
                  "SELECT measure_code, pointer_kind, pointer_code FROM dir_measure_match")
              .getResultList();
      Map<String, MeasurePointers> byMeasure = new HashMap<>();
      for (Object[] row : rows) {
        MeasurePointers p =
            byMeasure.computeIfAbsent(
                (String) row[0], k -> new MeasurePointers(new TreeSet<>(), new TreeSet<>()));
        if ("THEME".equals(row[1])) {
          p.themes().add((String) row[2]);
        } else {
          p.supportTypes().add(SupportType.valueOf((String) row[2]));
        }
      }
      read = new HashMap<>();
      for (Map.Entry<String, MeasurePointers> e : byMeasure.entrySet()) {
        read.put(
            e.getKey(),
            new MeasurePointers(
                Set.copyOf(e.getValue().themes()), Set.copyOf(e.getValue().supportTypes())));
      }
      read = Map.copyOf(read);
      pointers = read;
    }
    return read;
  }
}
