package uk.svkit.api.directory.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.svkit.api.directory.application.DirectoryImportService.ProfileImport;
import uk.svkit.api.directory.domain.IncomeBand;
import uk.svkit.api.directory.domain.LegalForm;
import uk.svkit.api.platform.problem.Problem;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;

class CharityRegisterCsvTest {
  static final String HEADER =
      "organisation_number,registered_charity_number,linked_charity_number,charity_name,charity_type,"
          + "charity_registration_status,latest_income,charity_contact_postcode,charity_contact_web,charity_is_cio,charity_activities\n";

  private static List<String> fields(List<Problem.FieldError> errors) {
    return errors.stream().map(e -> e.field).toList();
  }

  @Test
  void readsMainRegisteredCharities() {
    CharityRegisterCsv.Parsed parsed =
        CharityRegisterCsv.parse(
            HEADER
                + "1,1190001,0,Wirral Food Hub,Other,Registered,45000.00,CH41 5AB,www.foodhub.example,True,\"Food parcels, cooking classes\"\n"
                + "2,1190002,0,Birkenhead Youth,Other,Registered,,,,False,\n");

    assertEquals(List.of(), parsed.fileProblems());
    ProfileImport hub = parsed.rows().get(0);
    assertEquals(List.of(), hub.problems());
    assertEquals("line 2.", hub.at());
    assertEquals("GB-CHC-1190001", hub.identifier());
    assertEquals("Wirral Food Hub", hub.name());
    assertEquals(LegalForm.CIO, hub.legalForm());
    assertEquals(IncomeBand.FROM_10K_TO_100K, hub.incomeBand());
    assertEquals("CH41 5AB", hub.basePostcode());
    assertEquals("www.foodhub.example", hub.website());
    assertEquals("Food parcels, cooking classes", hub.description());
    assertNull(hub.themes(), "the register has no themes: an update keeps the profile's");
    ProfileImport youth = parsed.rows().get(1);
    assertEquals(LegalForm.REGISTERED_CHARITY, youth.legalForm());
    assertNull(youth.incomeBand());
    assertNull(youth.basePostcode());
  }

  @Test
  void skipsLinkedAndRemovedCharities() {
    CharityRegisterCsv.Parsed parsed =
        CharityRegisterCsv.parse(
            HEADER
                + "1,1190001,0,Main,Other,Registered,1,,,False,\n"
                + "2,1190001,1,Main - branch,Other,Registered,1,,,False,\n"
                + "3,1190003,0,Gone,Other,Removed,1,,,False,\n");

    assertEquals(1, parsed.rows().size());
    assertEquals(
        List.of(3, 4), parsed.skipped().stream().map(CharityRegisterCsv.Skipped::line).toList());
  }

  @Test
  void namesCellProblemsByLineAndColumn() {
    CharityRegisterCsv.Parsed parsed =
        CharityRegisterCsv.parse(HEADER + "1,,0,,Other,Registered,lots,,,Maybe,\n");

    assertEquals(
        List.of(
            "line 2.registered_charity_number",
            "line 2.charity_name",
            "line 2.latest_income",
            "line 2.charity_is_cio"),
        fields(parsed.rows().get(0).problems()));
  }

  @Test
  void missingRequiredColumnsAreFileProblems() {
    CharityRegisterCsv.Parsed parsed = CharityRegisterCsv.parse("charity_name\nA charity\n");
    assertEquals(List.of("header"), fields(parsed.fileProblems()));
  }

  @Test
  void tooManyRowsOrNoneAreRefusedWhole() {
    assertEquals(
        ProblemType.BUSINESS_RULE_VIOLATED,
        assertThrows(ProblemException.class, () -> CharityRegisterCsv.parse(HEADER)).type());
    String many =
        HEADER
            + "1,1190001,0,A,Other,Registered,1,,,False,\n".repeat(CharityRegisterCsv.MAX_ROWS + 1);
    assertEquals(
        ProblemType.BUSINESS_RULE_VIOLATED,
        assertThrows(ProblemException.class, () -> CharityRegisterCsv.parse(many)).type());
    assertEquals(
        ProblemType.MALFORMED_REQUEST,
        assertThrows(ProblemException.class, () -> CharityRegisterCsv.parse(HEADER + "1,\"open\n"))
            .type());
  }

  @Test
  void incomeBandsAreHalfOpen() {
    assertEquals(IncomeBand.UNDER_10K, CharityRegisterCsv.band(new BigDecimal("9999.99")));
    assertEquals(IncomeBand.FROM_10K_TO_100K, CharityRegisterCsv.band(new BigDecimal("10000")));
    assertEquals(IncomeBand.FROM_100K_TO_500K, CharityRegisterCsv.band(new BigDecimal("100000")));
    assertEquals(IncomeBand.FROM_500K_TO_1M, CharityRegisterCsv.band(new BigDecimal("500000")));
    assertEquals(IncomeBand.FROM_1M_TO_5M, CharityRegisterCsv.band(new BigDecimal("1000000")));
    assertEquals(IncomeBand.OVER_5M, CharityRegisterCsv.band(new BigDecimal("5000000")));
  }
}
