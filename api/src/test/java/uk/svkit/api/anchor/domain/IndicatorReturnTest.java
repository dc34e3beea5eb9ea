package uk.svkit.api.anchor.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.tracking.domain.EvidenceRef;
import uk.svkit.api.tracking.domain.ReportingFrequency;
import uk.svkit.api.tracking.domain.ReturnStatus;

/**
 * An indicator return follows the contract returns' life cycle, and its changes to the kept totals
 * add up to what the live and validated returns are worth after any sequence of steps.
 */
class IndicatorReturnTest {
  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 8, 1, 9, 0, 0, 0, ZoneOffset.UTC);
  private static final LocalDate Q1 = LocalDate.of(2026, 1, 1);
  private static final LocalDate Q1_END = LocalDate.of(2026, 3, 31);

  private final Declaration declaration =
      new Declaration(
          "anchor",
          "programme",
          "signature",
          "administrator",
          new Indicator(
              null,
              null,
              "ANC-P1-LOCAL-SPEND",
              "P1",
              "Local spend",
              IndicatorUnit.PERCENT,
              IndicatorDirection.HIGHER_IS_BETTER,
              null),
          ReportingFrequency.QUARTERLY,
          Q1,
          new BigDecimal("20"),
          LocalDate.of(2025, 12, 31),
          List.of(new IndicatorTarget(LocalDate.of(2027, 3, 31), new BigDecimal("30"))));

  private final List<IndicatorTotalsChange> changes = new ArrayList<>();

  private IndicatorReturn submit(String value) {
    IndicatorReturn r =
        IndicatorReturn.submit(
            declaration, Q1, Q1_END, new BigDecimal(value), null, List.of(), "me", NOW);
    changes.add(r.submission());
    return r;
  }

  private BigDecimal claimed() {
    return changes.stream()
        .map(IndicatorTotalsChange::claimed)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private BigDecimal validated() {
    return changes.stream()
        .map(IndicatorTotalsChange::validated)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private int live() {
    return changes.stream().mapToInt(IndicatorTotalsChange::liveReturns).sum();
  }

  @Test
  void validatingThenCorrectingKeepsOneLiveFigure() {
    IndicatorReturn first = submit("22");
    changes.add(first.validate("admin", NOW));
    assertEquals(0, new BigDecimal("22").compareTo(validated()));
    IndicatorReturn.Correction c =
        first.correct(declaration, new BigDecimal("23.5"), "recount", List.of(), "me", NOW);
    changes.add(c.change());
    assertEquals(ReturnStatus.SUPERSEDED, first.status());
    assertEquals(first.id(), c.correction().supersedesId());
    assertEquals(0, new BigDecimal("23.5").compareTo(claimed()));
    assertEquals(0, BigDecimal.ZERO.compareTo(validated()));
    assertEquals(1, live());
    ProblemException again =
        assertThrows(
            ProblemException.class,
            () -> first.correct(declaration, BigDecimal.ONE, null, List.of(), "me", NOW));
    assertEquals(ProblemType.CONFLICT, again.type());
  }

  @Test
  void aRejectedReturnStopsCountingAndCannotBeValidated() {
    IndicatorReturn r = submit("25");
    changes.add(r.reject("admin", NOW, "no evidence"));
    assertEquals(0, live());
    assertEquals(0, BigDecimal.ZERO.compareTo(claimed()));
    ProblemException e = assertThrows(ProblemException.class, () -> r.validate("admin", NOW));
    assertEquals(ProblemType.CONFLICT, e.type());
    IndicatorReturn.Correction c =
        r.correct(declaration, new BigDecimal("24"), null, List.of(), "me", NOW);
    changes.add(c.change());
    assertEquals(1, live());
    assertEquals(0, new BigDecimal("24").compareTo(claimed()));
  }

  @Test
  void periodsAreTheDeclarationsAndEvidenceFollowsTheContractRules() {
    ProblemException e =
        assertThrows(
            ProblemException.class,
            () ->
                IndicatorReturn.submit(
                    declaration,
                    LocalDate.of(2026, 2, 1),
                    LocalDate.of(2026, 4, 30),
                    BigDecimal.ONE,
                    null,
                    List.of(new EvidenceRef(EvidenceRef.Kind.DOCUMENT, "dms-1", null, null)),
                    "me",
                    NOW));
    List<String> fields = e.errors().stream().map(f -> f.field).toList();
    assertTrue(fields.contains("periodStart"));
    assertTrue(fields.contains("evidence[0].sha256"));
    assertTrue(declaration.isReportingPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)));
    assertFalse(
        declaration.isReportingPeriod(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)));
  }
}
