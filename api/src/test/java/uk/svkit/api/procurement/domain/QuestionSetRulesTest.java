package uk.svkit.api.procurement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.svkit.api.framework.domain.Measure;
import uk.svkit.api.framework.domain.UnitType;
import uk.svkit.api.platform.problem.Problem.FieldError;

class QuestionSetRulesTest {
  private static final Map<String, Measure> MEASURES =
      Map.of("JOBS", new Measure("e", "JOBS", "Local jobs", UnitType.FTE, "FTE", true));
  private static final Set<String> ELEMENTS = Set.of("Outcome 1");

  private static Question q(
      String key,
      QuestionType type,
      String weight,
      String measure,
      List<String> options,
      List<RubricLevel> rubric) {
    return new Question(
        key,
        type,
        "text",
        null,
        new BigDecimal(weight),
        type == QuestionType.METHOD_STATEMENT ? 500 : null,
        null,
        measure,
        options,
        null,
        List.of("Outcome 1"),
        rubric);
  }

  private static List<String> fields(List<FieldError> errors) {
    return errors.stream().map(e -> e.field).toList();
  }

  @Test
  void aCompleteSetHasNoProblems() {
    var errors =
        QuestionSetRules.problemsAtPublish(
            List.of(
                q("A", QuestionType.COMMITMENT, "50", "JOBS", null, null),
                q("B", QuestionType.METHOD_STATEMENT, "30.5", null, null, null),
                q("C", QuestionType.SINGLE_CHOICE, "19.5", null, List.of("x", "y"), null)),
            MEASURES,
            ELEMENTS);
    assertEquals(List.of(), fields(errors));
  }

  @Test
  void reportsEveryProblemByField() {
    var errors =
        QuestionSetRules.problemsAtPublish(
            List.of(
                q("A", QuestionType.COMMITMENT, "50", null, null, null),
                q("A", QuestionType.COMMITMENT, "20", "NOPE", null, null),
                q(
                    "C",
                    QuestionType.SINGLE_CHOICE,
                    "10",
                    null,
                    List.of("only"),
                    List.of(new RubricLevel(10, "x"), new RubricLevel(10, " ")))),
            MEASURES,
            ELEMENTS);
    var fields = fields(errors);
    assertTrue(fields.contains("questions[0].measureCode"), fields.toString());
    assertTrue(fields.contains("questions[1].key"), fields.toString());
    assertTrue(fields.contains("questions[1].measureCode"), fields.toString());
    assertTrue(fields.contains("questions[2].options"), fields.toString());
    assertTrue(fields.contains("questions[2].rubric[1].score"), fields.toString());
    assertTrue(fields.contains("questions[2].rubric[1].descriptor"), fields.toString());
    assertTrue(fields.contains("questions[2].rubric"), "no level scoring 0: " + fields);
    assertTrue(
        errors.stream().anyMatch(e -> e.field.equals("questions") && e.message.contains("not 80")),
        errors.toString());
  }

  @Test
  void methodStatementsNeedALimitAndLinksMustExist() {
    Question noLimit =
        new Question(
            "M",
            QuestionType.METHOD_STATEMENT,
            "t",
            null,
            new BigDecimal("100"),
            null,
            null,
            null,
            null,
            null,
            List.of("Outcome 9"),
            null);
    var fields = fields(QuestionSetRules.problemsAtPublish(List.of(noLimit), MEASURES, ELEMENTS));
    assertEquals(List.of("questions[0].maxCharacters", "questions[0].links[0]"), fields);
  }
}
