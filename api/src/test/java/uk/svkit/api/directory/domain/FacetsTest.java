package uk.svkit.api.directory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FacetsTest {
  @Test
  void listsByCountThenValueSoTheOrderIsStable() {
    List<Facets.Count> counts =
        new ArrayList<>(
            List.of(
                new Facets.Count("mental-health", 1),
                new Facets.Count("environment", 3),
                new Facets.Count("arts-and-culture", 1)));
    Facets.sort(counts);
    assertEquals(
        List.of(
            new Facets.Count("environment", 3),
            new Facets.Count("arts-and-culture", 1),
            new Facets.Count("mental-health", 1)),
        counts);
    Map<String, Long> map = Facets.asMap(counts);
    assertEquals(
        List.of("environment", "arts-and-culture", "mental-health"), List.copyOf(map.keySet()));
  }
}
