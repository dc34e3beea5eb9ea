package uk.svkit.api.directory.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.svkit.api.directory.domain.DirectoryQuery;
import uk.svkit.api.directory.domain.Distance;
import uk.svkit.api.directory.domain.LegalForm;
import uk.svkit.api.directory.domain.NeedOrder;
import uk.svkit.api.directory.domain.OfferRepository;
import uk.svkit.api.directory.domain.OrganisationOrder;
import uk.svkit.api.directory.domain.SupportType;

class PostgresSearchStatementsTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final DirectoryQuery EVERY_FILTER =
      new DirectoryQuery(
          "food bank",
          List.of("bank", "food"),
          "E08000015",
          "food-insecurity",
          SupportType.VOLUNTEERING,
          LegalForm.CIO,
          null,
          new Distance.Circle(53.39, -3.03, 5));

  @Test
  void bindsEveryPlaceholderInOrderForEveryOrder() {
    for (OrganisationOrder order : OrganisationOrder.values()) {
      Sql page =
          PostgresSearchStatements.organisationPage(
              EVERY_FILTER, TODAY, order, new DirectoryIndex.After(-5, "food hub", "id-1"), 21);
      assertBound(page);
      assertEquals(TODAY, page.params().get(0), "the open needs of the summary come first");
    }
    assertBound(PostgresSearchStatements.organisationFacets(EVERY_FILTER, TODAY));
  }

  @Test
  void filtersReadTheKeptSearchRowAndProbeNeedsOnlyWhereItsNeedTextMatches() {
    String text =
        PostgresSearchStatements.organisationPage(
                EVERY_FILTER, TODAY, OrganisationOrder.RELEVANCE, null, 21)
            .text();
    assertTrue(text.contains("s.places @> ARRAY[CAST(? AS TEXT)]"), text);
    assertTrue(text.contains("earth_box(ll_to_earth(?, ?), ?) @> s.earth"), text);
    assertTrue(text.contains("(s.need_text LIKE ? ESCAPE '\\' AND EXISTS"), text);
    assertFalse(text.contains("dir_profile_place pp WHERE pp.place_code"), text);
    // Text by the words of the vocabulary that contain each term, not by the document's trigrams.
    assertEquals(2, occurrences(text, "s.tokens && CASE WHEN"), text);
    assertFalse(text.contains("s.document LIKE"), text);
    // Relevance reads the description from the kept profile text, without joining the profile.
    assertFalse(text.contains("JOIN dir_profile p ON p.id = s.profile_id"), text);
  }

  @Test
  void aTermTooShortForATrigramMakesEveryRowACandidateWithoutReadingTheVocabulary() {
    Sql page =
        PostgresSearchStatements.organisationPage(
            new DirectoryQuery("food e", List.of("e", "food"), null, null, null, null, null, null),
            TODAY,
            OrganisationOrder.RELEVANCE,
            null,
            21);
    assertBound(page);
    assertEquals(1, occurrences(page.text(), "s.tokens && ARRAY['']"), page.text());
    assertEquals(1, occurrences(page.text(), "s.tokens && CASE WHEN"), page.text());
  }

  @Test
  void themesAndSupportTypesAreWrittenAsLiteralsSoThatPlansFollowTheValue() {
    String text =
        PostgresSearchStatements.organisationPage(
                EVERY_FILTER, TODAY, OrganisationOrder.NAME, null, 21)
            .text();
    assertTrue(text.contains("s.themes @> ARRAY[CAST('food-insecurity' AS TEXT)]"), text);
    assertTrue(
        text.contains(
            "s.open_support @> ARRAY[CAST('VOLUNTEERING' AS TEXT)]"
                + " AND s.support_until ->> CAST('VOLUNTEERING' AS TEXT) >= ?"),
        text);
    // Anything but a plain code is bound, never written out.
    Sql quoted =
        PostgresSearchStatements.organisationPage(
            new DirectoryQuery(null, List.of(), null, "it's", null, null, null, null),
            TODAY,
            OrganisationOrder.NAME,
            null,
            21);
    assertTrue(quoted.text().contains("s.themes @> ARRAY[CAST(? AS TEXT)]"), quoted.text());
    assertFalse(quoted.text().contains("it's"), quoted.text());
    assertTrue(quoted.params().contains("it's"), quoted.toString());
    assertBound(quoted);
  }

  @Test
  void distanceOrderComesFromTheGistIndex() {
    String text =
        PostgresSearchStatements.organisationPage(
                EVERY_FILTER, TODAY, OrganisationOrder.DISTANCE, null, 21)
            .text();
    assertTrue(text.contains("s.earth <-> ll_to_earth(?, ?) AS chord"), text);
    assertTrue(text.contains("ORDER BY h.chord, h.name_key, h.id LIMIT ?"), text);
  }

  @Test
  void keptRowsServeRankedTextWideCirclesAndPagesByNameWithoutTextOrDistance() {
    DirectoryQuery text =
        new DirectoryQuery("food", List.of("food"), null, null, null, null, null, null);
    assertTrue(PostgresSearchStatements.readsKeptRows(text, OrganisationOrder.RELEVANCE));
    assertFalse(PostgresSearchStatements.readsKeptRows(text, OrganisationOrder.NAME));
    assertTrue(
        PostgresSearchStatements.readsKeptRows(
            new DirectoryQuery(
                null, List.of(), null, "mental-health", SupportType.MENTORING, null, null, null),
            OrganisationOrder.NAME));
    assertFalse(
        PostgresSearchStatements.readsKeptRows(
            new DirectoryQuery(
                null, List.of(), null, null, null, null, null, new Distance.Circle(53, -3, 5)),
            OrganisationOrder.NAME));
    assertFalse(
        PostgresSearchStatements.readsKeptRows(
            new DirectoryQuery(
                null, List.of(), null, null, null, null, null, new Distance.Circle(53, -3, 5)),
            OrganisationOrder.DISTANCE));
    assertTrue(
        PostgresSearchStatements.readsKeptRows(
            new DirectoryQuery(
                null, List.of(), null, null, null, null, null, new Distance.Circle(53, -3, 50)),
            OrganisationOrder.DISTANCE));
  }

  @Test
  void everyOrganisationLookupReadsItsSummariesInTheSameStatement() {
    DirectoryQuery near =
        new DirectoryQuery(
            null, List.of(), null, null, null, null, null, new Distance.Circle(53.39, -3.03, 5));
    for (OrganisationOrder order : List.of(OrganisationOrder.DISTANCE, OrganisationOrder.NAME)) {
      Sql lookup =
          PostgresSearchStatements.organisationLookup(
              near, TODAY, order, new DirectoryIndex.After(1.5, "food hub", "id-1"), 21);
      assertBound(lookup);
      assertTrue(lookup.text().contains("AS open_needs FROM ("), lookup.text());
      assertFalse(lookup.text().contains("dir_profile_search"), "the portable page: " + lookup);
    }
    assertTrue(
        PostgresSearchStatements.organisationLookup(
                EVERY_FILTER, TODAY, OrganisationOrder.RELEVANCE, null, 21)
            .text()
            .contains("FROM dir_profile_search s"));
  }

  @Test
  void needPagesCarryWhatTheyShowInOrder() {
    for (NeedOrder order : NeedOrder.values()) {
      DirectoryQuery q =
          order == NeedOrder.DISTANCE
              ? EVERY_FILTER
              : new DirectoryQuery("food", List.of("food"), null, null, null, null, null, null);
      for (Sql page :
          List.of(
              PostgresSearchStatements.needPage(
                  q, TODAY, order, new DirectoryIndex.After(20_000, "", "id-1"), 21),
              SearchStatements.needPage(
                  q, TODAY, order, new DirectoryIndex.After(20_000, "", "id-1"), 21))) {
        assertBound(page);
        assertTrue(page.text().contains("p.name AS organisation_name"), page.text());
        if (page.text().contains("dir_need_search")) {
          assertTrue(page.text().contains("s.tokens && CASE WHEN"), page.text());
        }
        assertTrue(page.text().endsWith(", g.id"), "ordered again outside the page: " + page);
      }
    }
  }

  @Test
  void offersPageInSqlWithEveryFilter() {
    for (NeedOrder order : NeedOrder.values()) {
      Sql page =
          SearchStatements.offerPage(
              new OfferRepository.Query(
                  List.of("laptops"), SupportType.EQUIPMENT, "E08000015", "b"),
              new Distance.Circle(53.39, -3.03, 10),
              TODAY,
              order,
              new DirectoryIndex.After(20_000, "", "id-1"),
              21);
      assertBound(page);
      assertEquals(21, page.params().get(page.params().size() - 1), "the page size is bound last");
    }
  }

  private static int occurrences(String text, String literal) {
    return text.split(Pattern.quote(literal), -1).length - 1;
  }

  private static void assertBound(Sql sql) {
    long marks = sql.text().chars().filter(ch -> ch == '?').count();
    assertEquals(marks, sql.params().size(), sql.text());
  }
}
