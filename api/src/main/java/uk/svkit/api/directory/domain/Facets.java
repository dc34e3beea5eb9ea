package uk.svkit.api.directory.domain;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Facet counts: how many results carry each value (counted in SQL, a result once per value). Values
 * are listed by count (highest first), then by value, so the order is stable.
 */
public final class Facets {
  private Facets() {}

  /** One value and the number of results that carry it. */
  public record Count(String value, long count) {}

  /** Sorts counts into the listed order: highest count first, then by value. */
  public static void sort(List<Count> counts) {
    counts.sort(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::value));
  }

  /** As a map in the listed order, for responses. */
  public static Map<String, Long> asMap(List<Count> counts) {
    Map<String, Long> map = new LinkedHashMap<>();
    counts.forEach(c -> map.put(c.value(), c.count()));
    return map;
  }
}
