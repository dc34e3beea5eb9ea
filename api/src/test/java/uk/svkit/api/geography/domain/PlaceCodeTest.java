package uk.svkit.api.geography.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;

class PlaceCodeTest {
  @Test
  void aPlaceCodeIsANationLetterAndEightDigits() {
    assertTrue(PlaceCode.isValid("E08000015"));
    assertTrue(PlaceCode.isValid("W06000001"));
    assertFalse(PlaceCode.isValid("e08000015"));
    assertFalse(PlaceCode.isValid("X08000015"));
    assertFalse(PlaceCode.isValid("E0800001"));
    assertFalse(PlaceCode.isValid(null));
    assertEquals("E08000015", new PlaceCode("E08000015").value());
    assertThrows(IllegalArgumentException.class, () -> new PlaceCode("Wirral"));
  }

  @Test
  void thePostcodeDirectoryAlsoTakesCrownDependencyPseudoCodes() {
    assertTrue(PlaceCode.isOnsShaped("L99999999"));
    assertFalse(PlaceCode.isValid("L99999999"));
    assertFalse(PlaceCode.isOnsShaped("L9999999"));
  }

  @Test
  void aFieldIsCheckedAsGivenOrUpperCasedAndNamedWhenWrong() {
    assertNull(PlaceCode.require("placeCode", null));
    assertEquals("E08000015", PlaceCode.normalise("placeCode", "e08000015"));
    ProblemException asGiven =
        assertThrows(ProblemException.class, () -> PlaceCode.require("placeCode", "e08000015"));
    assertEquals(ProblemType.VALIDATION_FAILED, asGiven.type());
    assertEquals("placeCode", asGiven.errors().get(0).field);
    assertEquals(PlaceCode.ADVICE, asGiven.errors().get(0).message);
  }
}
