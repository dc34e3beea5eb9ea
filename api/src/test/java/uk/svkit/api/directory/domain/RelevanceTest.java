package uk.svkit.api.directory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RelevanceTest {
  @Test
  void nameOutweighsNeedsOutweighDescription() {
    assertEquals(3, Relevance.score("food", List.of("food"), "Food Hub", "", List.of()));
    assertEquals(
        2, Relevance.score("food", List.of("food"), "Hub", "", List.of("food sorting volunteers")));
    assertEquals(1, Relevance.score("food", List.of("food"), "Hub", "We share food", List.of()));
    assertEquals(6, Relevance.score("food", List.of("food"), "Food Hub", "food", List.of("food")));
  }

  @Test
  void wholeQueryInTheNameEarnsABonus() {
    // 3 + 3 for the two words in the name, +2 for the phrase.
    assertEquals(
        8, Relevance.score("Food Hub", List.of("food", "hub"), "Wirral Food Hub", null, List.of()));
    assertEquals(
        6, Relevance.score("Hub Food", List.of("food", "hub"), "Wirral Food Hub", null, List.of()));
  }
}
