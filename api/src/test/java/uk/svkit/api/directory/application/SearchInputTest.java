package uk.svkit.api.directory.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import uk.svkit.api.platform.problem.ProblemException;

class SearchInputTest {

  @Test
  void aPointWithinRangeIsSearchedWithTheRadiusGiven() {
    var circle = SearchInput.circle(null, null, 53.4, -2.98, 5.0);
    assertEquals(5.0, circle.radiusKm());
  }

  @Test
  void notANumberIsNeverACentreOrARadius() {
    // NaN compares false with everything, so a check written as "out of range" let it through.
    assertThrows(
        ProblemException.class, () -> SearchInput.circle(null, null, Double.NaN, -2.98, 5.0));
    assertThrows(
        ProblemException.class, () -> SearchInput.circle(null, null, 53.4, Double.NaN, 5.0));
    assertThrows(
        ProblemException.class, () -> SearchInput.circle(null, null, 53.4, -2.98, Double.NaN));
    assertThrows(
        ProblemException.class,
        () -> SearchInput.circle(null, null, Double.POSITIVE_INFINITY, -2.98, 5.0));
  }
}
