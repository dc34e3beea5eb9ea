package uk.svkit.api.procurement.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.svkit.api.framework.domain.Measure;
import uk.svkit.api.platform.problem.Problem.FieldError;

/**
 * What a question set must satisfy before it can be published: drafts may be incomplete, a
 * published version must be fit to put in front of bidders. Every problem is reported at once, by
 * field, so a buyer can fix them in one pass.
 */
public final class QuestionSetRules {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private QuestionSetRules() {}

  /**
   * @param measures the measures of the set's framework edition, by code
   * @param elementCodes the codes of the edition's elements (themes, outcomes, criteria)
   */
  public static List<FieldError> problemsAtPublish(
      List<Question> questions, Map<String, Measure> measures, Set<String> elementCodes) {
    List<FieldError> errors = new ArrayList<>();
    if (questions.isEmpty()) {
      errors.add(new FieldError("questions", "a question set needs at least one question"));
      return errors;
    }
    BigDecimal totalWeight = BigDecimal.ZERO;
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < questions.size(); i++) {
      Question q = questions.get(i);
      String at = "questions[" + i + "]";
      if (!keys.add(q.key())) {
        errors.add(new FieldError(at + ".key", "'" + q.key() + "' is used by another question"));
      }
      if (q.weight() == null || q.weight().signum() <= 0) {
        errors.add(new FieldError(at + ".weight", "must be more than 0 %"));
      } else {
        totalWeight = totalWeight.add(q.weight());
      }
      switch (q.type()) {
        case COMMITMENT -> {
          if (q.measureCode() == null) {
            errors.add(
                new FieldError(
                    at + ".measureCode",
                    "a commitment question must name the measure bidders commit to"));
          } else if (!measures.containsKey(q.measureCode())) {
            errors.add(
                new FieldError(
                    at + ".measureCode",
                    "'"
                        + q.measureCode()
                        + "' is not a measure of the question set's framework edition"));
          }
        }
        case SINGLE_CHOICE -> {
          if (q.options().size() < 2) {
            errors.add(
                new FieldError(
                    at + ".options", "a single-choice question needs at least two options"));
          } else if (new HashSet<>(q.options()).size() != q.options().size()) {
            errors.add(new FieldError(at + ".options", "options must differ from each other"));
          }
        }
        case METHOD_STATEMENT -> {
          if (q.maxCharacters() == null && q.maxWords() == null) {
            errors.add(
                new FieldError(
                    at + ".maxCharacters", "a method statement needs a character or word limit"));
          }
        }
        default -> {}
      }
      if (q.type() != QuestionType.COMMITMENT && q.measureCode() != null) {
        errors.add(new FieldError(at + ".measureCode", "only commitment questions name a measure"));
      }
      for (int l = 0; l < q.links().size(); l++) {
        String code = q.links().get(l);
        if (!elementCodes.contains(code) && !measures.containsKey(code)) {
          errors.add(
              new FieldError(
                  at + ".links[" + l + "]",
                  "'" + code + "' is not an element or measure of the framework edition"));
        }
      }
      rubricProblems(q.rubric(), at + ".rubric", errors);
    }
    if (totalWeight.compareTo(HUNDRED) != 0) {
      errors.add(
          new FieldError(
              "questions",
              "question weights must add up to 100 %, not "
                  + totalWeight.stripTrailingZeros().toPlainString()
                  + " %"));
    }
    return errors;
  }

  /**
   * A rubric is complete when it runs from 0 to a maximum, with distinct scores and a descriptor
   * for each.
   */
  private static void rubricProblems(List<RubricLevel> rubric, String at, List<FieldError> errors) {
    if (rubric.size() < 2) {
      errors.add(new FieldError(at, "a rubric needs at least two levels"));
      return;
    }
    Set<Integer> scores = new HashSet<>();
    for (int i = 0; i < rubric.size(); i++) {
      RubricLevel level = rubric.get(i);
      if (level.score() < 0 || level.score() > 100) {
        errors.add(new FieldError(at + "[" + i + "].score", "must be between 0 and 100"));
      }
      if (!scores.add(level.score())) {
        errors.add(new FieldError(at + "[" + i + "].score", "another level has the same score"));
      }
      if (level.descriptor() == null || level.descriptor().isBlank()) {
        errors.add(new FieldError(at + "[" + i + "].descriptor", "every level needs a descriptor"));
      }
    }
    if (!scores.contains(0)) {
      errors.add(new FieldError(at, "a rubric needs a level scoring 0"));
    }
  }
}
