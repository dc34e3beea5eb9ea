package uk.svkit.api.anchor.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.svkit.api.platform.problem.ProblemException;

class MaturityModelTest {
  private static final List<MaturityLevel> SCALE =
      List.of(
          new MaturityLevel(1, "Not started", null),
          new MaturityLevel(2, "Emerging", null),
          new MaturityLevel(3, "Developing", null));

  private static MaturityModel model() {
    return new MaturityModel(
        null,
        null,
        "T",
        1,
        "Test",
        "test",
        SCALE,
        List.of(
            new MaturityStatement("P1", MaturityStage.PLAN, "plan one", 0),
            new MaturityStatement("P2", MaturityStage.PLAN, "plan two", 1),
            new MaturityStatement("PR", MaturityStage.PROCURE, "procure", 2),
            new MaturityStatement("M", MaturityStage.MANAGE, "manage", 3),
            new MaturityStatement("R", MaturityStage.REVIEW, "review", 4)));
  }

  @Test
  void aModelNeedsEveryStageAndAScaleFromOne() {
    ProblemException e =
        assertThrows(
            ProblemException.class,
            () ->
                new MaturityModel(
                    null,
                    null,
                    "T",
                    1,
                    "Test",
                    "test",
                    List.of(new MaturityLevel(2, "x", null), new MaturityLevel(3, "y", null)),
                    List.of(new MaturityStatement("P1", MaturityStage.PLAN, "plan", 0))));
    List<String> fields = e.errors().stream().map(f -> f.field).toList();
    assertTrue(fields.contains("levels[0].value"));
    assertEquals(3, e.errors().stream().filter(f -> f.message.startsWith("stage ")).count());
  }

  @Test
  void stageScoresAreTheMeanLevelOfTheStagesStatements() {
    SelfAssessment a =
        new SelfAssessment(
            "org",
            model(),
            LocalDate.of(2026, 1, 1),
            "E08000015",
            List.of(
                new StatementScore("P1", 1, "none yet"),
                new StatementScore("P2", 2, null),
                new StatementScore("PR", 3, null),
                new StatementScore("M", 2, null),
                new StatementScore("R", 3, null)),
            "me");
    assertEquals(new BigDecimal("1.50"), a.score(MaturityStage.PLAN));
    assertEquals(new BigDecimal("3.00"), a.score(MaturityStage.PROCURE));
    assertEquals(new BigDecimal("2.20"), a.overallScore());
    assertTrue(a.isLatest());
  }

  @Test
  void everyStatementIsScoredOnceOnTheScale() {
    ProblemException e =
        assertThrows(
            ProblemException.class,
            () ->
                new SelfAssessment(
                    "org",
                    model(),
                    LocalDate.of(2026, 1, 1),
                    "E08000015",
                    List.of(
                        new StatementScore("P1", 4, null),
                        new StatementScore("P1", 1, null),
                        new StatementScore("XX", 1, null)),
                    "me"));
    List<String> fields = e.errors().stream().map(f -> f.field).toList();
    assertTrue(fields.contains("scores[0].level"));
    assertTrue(fields.contains("scores[1].statementCode"));
    assertTrue(fields.contains("scores[2].statementCode"));
    assertFalse(e.errors().stream().noneMatch(f -> f.message.contains("PR is unscored")));
  }
}
