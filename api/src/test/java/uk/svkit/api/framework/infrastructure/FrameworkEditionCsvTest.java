package uk.svkit.api.framework.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.svkit.api.platform.problem.Problem;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;

class FrameworkEditionCsvTest {
  static final String HEADER =
      "frameworkCode,frameworkName,edition,source,type,code,title,kind,parentCode,unitType,unitLabel,monetised";

  private static List<String> fields(List<Problem.FieldError> errors) {
    return errors.stream().map(e -> e.field).toList();
  }

  @Test
  void readsElementAndMeasureRowsInAnyColumnOrder() {
    FrameworkEditionCsv.Parsed parsed =
        FrameworkEditionCsv.parse(
            "validFrom,"
                + HEADER
                + "\r\n"
                + "2026-04-01,WRL,Wirral,2026,\"Cabinet, 2025\",element,JOBS,Local jobs,THEME,,,,\r\n"
                + "2026-04-01,WRL,Wirral,2026,\"Cabinet, 2025\",MEASURE,WRL-EMP-01,Local hires,,JOBS,FTE,FTE hired,TRUE\r\n");

    assertEquals(List.of(), parsed.problems());
    assertEquals("Cabinet, 2025", parsed.get("source"));
    assertEquals(LocalDate.of(2026, 4, 1), parsed.validFrom());
    assertEquals(
        new FrameworkEditionCsv.ElementRow(2, "JOBS", "THEME", "Local jobs", null),
        parsed.elements().get(0));
    assertEquals(
        new FrameworkEditionCsv.MeasureRow(
            3, "WRL-EMP-01", "Local hires", "FTE", "FTE hired", true, "JOBS"),
        parsed.measures().get(0));
    assertNull(parsed.get("publisher"));
  }

  @Test
  void collectsCellProblemsByLine() {
    FrameworkEditionCsv.Parsed parsed =
        FrameworkEditionCsv.parse(
            HEADER
                + ",validFrom\n"
                + "WRL,Wirral,2026,s,element,JOBS,Local jobs,THEME,,FTE,,,01/04/2026\n"
                + "WRL,Wirral,2027,s,measure,M-1,Hires,THEME,JOBS,FTE,FTE,maybe,01/04/2026\n"
                + "WRL,Wirral,2026,s,row,M-2,Hires,,,FTE,FTE,true,01/04/2026\n");

    assertEquals(
        List.of(
            "line 2.unitType",
            "line 3.edition",
            "line 3.kind",
            "line 3.monetised",
            "line 4.type",
            "line 2.validFrom"),
        fields(parsed.problems()));
  }

  @Test
  void namesRequestFieldsByTheirLine() {
    FrameworkEditionCsv.Parsed parsed =
        FrameworkEditionCsv.parse(
            HEADER
                + "\n\n"
                + "WRL,Wirral,2026,s,element,JOBS,Local jobs,THEME,,,,\n"
                + "WRL,Wirral,2026,s,measure,M-1,Hires,,JOBS,FTE,FTE,true\n");

    assertEquals(
        "line 3.title", parsed.byLine(new Problem.FieldError("elements[0].title", "x")).field);
    assertEquals(
        "line 4.parentCode",
        parsed.byLine(new Problem.FieldError("measures[0].elementCode", "x")).field);
    assertEquals(
        "line 3.frameworkCode", parsed.byLine(new Problem.FieldError("frameworkCode", "x")).field);
    assertEquals("file", parsed.byLine(new Problem.FieldError("elements", "x")).field);
  }

  @Test
  void missingColumnsStopReading() {
    ProblemException missing =
        assertThrows(
            ProblemException.class, () -> FrameworkEditionCsv.parse("frameworkCode,code\nWRL,A\n"));
    ProblemException empty =
        assertThrows(ProblemException.class, () -> FrameworkEditionCsv.parse(HEADER + "\n"));
    ProblemException broken =
        assertThrows(
            ProblemException.class, () -> FrameworkEditionCsv.parse(HEADER + "\n\"open\n"));

    assertEquals(ProblemType.BUSINESS_RULE_VIOLATED, missing.type());
    assertEquals(10, missing.errors().size());
    assertEquals("header", missing.errors().get(0).field);
    assertEquals(ProblemType.BUSINESS_RULE_VIOLATED, empty.type());
    assertEquals(ProblemType.MALFORMED_REQUEST, broken.type());
  }

  @Test
  void reportsProblemsSortedByLine() {
    ProblemException problem =
        FrameworkEditionCsv.invalid(
            List.of(
                new Problem.FieldError("line 12.code", "b"),
                new Problem.FieldError("line 3.title", "a"),
                new Problem.FieldError("file", "c")));

    assertEquals(List.of("file", "line 3.title", "line 12.code"), fields(problem.errors()));
    assertEquals("The CSV has 3 problem(s); nothing was imported.", problem.getMessage());
  }
}
