package uk.svkit.api.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ProblemTypeTest {
  @Test
  void typeUrisAreUniqueAndRelative() {
    long distinct = Arrays.stream(ProblemType.values()).map(ProblemType::uri).distinct().count();

    assertEquals(ProblemType.values().length, distinct);
    Arrays.stream(ProblemType.values())
        .forEach(t -> assertEquals(true, t.uri().startsWith("/problems/")));
  }

  @Test
  void statusWithoutASpecificProblemMapsToItsGenericType() {
    assertEquals(ProblemType.NOT_FOUND, ProblemType.forStatus(404));
    assertEquals(ProblemType.BUSINESS_RULE_VIOLATED, ProblemType.forStatus(422));
    assertEquals(ProblemType.INTERNAL_ERROR, ProblemType.forStatus(502));
  }
}
