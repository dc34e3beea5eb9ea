package uk.svkit.api.directory.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.svkit.api.directory.domain.DirectoryQuery;
import uk.svkit.api.directory.domain.Distance;
import uk.svkit.api.directory.domain.OrganisationOrder;

class SearchStatementsTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @Test
  void escapesLikePatternCharactersSoTheyMatchLiterally() {
    assertEquals("%50\\% off\\_now\\\\%", SearchStatements.like("50% off_now\\"));
  }

  @Test
  void numbersWrittenIntoTheTextLeaveTheOtherValuesBound() {
    Sql sql =
        new Sql()
            .add("SELECT ? , ? , ? , ? , ?", 1.5E-4, "a?", 7, Double.NaN, LocalDate.of(2026, 1, 2))
            .withNumbersWritten();
    assertEquals("SELECT CAST(1.5E-4 AS DOUBLE PRECISION) , ? , 7 , ? , ?", sql.text());
    assertEquals(3, sql.params().size());
    assertEquals("a?", sql.params().get(0));
    assertTrue(Double.isNaN((Double) sql.params().get(1)));
  }

  @Test
  void newestCursorNumbersRoundTripToTheMicrosecond() {
    OffsetDateTime created = OffsetDateTime.of(2026, 11, 23, 1, 2, 3, 456_789_000, ZoneOffset.UTC);
    assertEquals(created, SearchStatements.createdAt(SearchStatements.newestNumber(created)));
    OffsetDateTime later = created.plusNanos(1000);
    assertTrue(
        SearchStatements.newestNumber(later) < SearchStatements.newestNumber(created),
        "newer sorts first");
  }

  @Test
  void textAloneIsLookedUpThroughTheIndexesButANarrowedSearchChecksEachRow() {
    Sql alone =
        SearchStatements.organisationPage(
            query(null), TODAY, OrganisationOrder.RELEVANCE, null, 21);
    assertTrue(
        alone.text().contains("p.id IN (SELECT t.id FROM dir_profile t WHERE t.search_text LIKE"),
        alone.text());
    Sql near =
        SearchStatements.organisationPage(
            query(new Distance.Circle(53.39, -3.03, 5)),
            TODAY,
            OrganisationOrder.RELEVANCE,
            null,
            21);
    assertFalse(near.text().contains("SELECT t.id FROM dir_profile t"), near.text());
    assertTrue(near.text().contains("AND (p.search_text LIKE"), near.text());
  }

  @Test
  void bindsEveryPlaceholderInOrder() {
    Sql sql =
        SearchStatements.organisationPage(
            query(new Distance.Circle(53.39, -3.03, 5)),
            TODAY,
            OrganisationOrder.DISTANCE,
            new DirectoryIndex.After(1.5, "wirral food hub", "id-1"),
            21);
    long marks = sql.text().chars().filter(ch -> ch == '?').count();
    assertEquals(marks, sql.params().size());
    assertEquals(21, sql.params().get(sql.params().size() - 1), "the page size is bound last");
    assertThrows(IllegalArgumentException.class, () -> new Sql().add("a = ? AND b = ?", 1));
  }

  private static DirectoryQuery query(Distance.Circle near) {
    return new DirectoryQuery(
        "food bank", List.of("bank", "food"), null, null, null, null, null, near);
  }
}
