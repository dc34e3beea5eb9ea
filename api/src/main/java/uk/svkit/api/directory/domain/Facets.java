package uk.svkit.api.directory.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Facet counts: how many results carry each value. A result counts once per value however often
 * it carries it. Values are listed by count (highest first), then by value, so the order is stable.
 */
public final class Facets {
  private Facets() {}

  /** One value and the number of results that carry it. */
  public record Count(String value, long count) {}

  public static List<Count> count(Collection<? extends Collection<String>> valuesPerResult) {
    Map<String, Long> counts = new HashMap<>();
    for (Collection<String> values : valuesPerResult) {
      for (String value : new java.util.HashSet<>(values)) {
        if (value != null) {
          counts.merge(value, 1L, Long::sum);
        }
      }
    }
    List<Count> list = new ArrayList<>();
    counts.forEach((value, count) -> list.add(new Count(value, count)));
    list.sort(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::value));
    return list;
  }

  /** As a map in the listed order, for responses. */
  public static Map<String, Long> asMap(List<Count> counts) {
    Map<String, Long> map = new LinkedHashMap<>();
    counts.forEach(c -> map.put(c.value(), c.count()));
    return map;
  }
}
