package uk.svkit.api.procurement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BidRulesTest {
  private static final List<Question> QUESTIONS =
      List.of(
          new Question(
              "J",
              QuestionType.COMMITMENT,
              "Jobs",
              null,
              BigDecimal.TEN,
              null,
              null,
              "JOBS",
              null,
              null,
              null,
              null),
          new Question(
              "M",
              QuestionType.METHOD_STATEMENT,
              "How",
              null,
              BigDecimal.TEN,
              40,
              5,
              null,
              null,
              null,
              null,
              null),
          new Question(
              "Y",
              QuestionType.YES_NO,
              "Living wage?",
              null,
              BigDecimal.TEN,
              null,
              null,
              null,
              null,
              null,
              null,
              null),
          new Question(
              "C",
              QuestionType.SINGLE_CHOICE,
              "Which?",
              null,
              BigDecimal.TEN,
              null,
              null,
              null,
              List.of("a", "b"),
              null,
              null,
              null),
          new Question(
              "N",
              QuestionType.NUMBER,
              "How many?",
              null,
              BigDecimal.TEN,
              null,
              null,
              null,
              null,
              "sites",
              null,
              null));

  private static Answer commitment(String measure, String quantity) {
    return new Answer(
        "J",
        null,
        null,
        null,
        new Answer.Commitment(
            measure, new BigDecimal(quantity), CommitmentPeriod.PER_YEAR, "E08000015", null));
  }

  @Test
  void aCompleteBidIsOrderedAndCommitmentsTakeTheQuestionsMeasure() {
    var checked =
        BidRules.check(
            QUESTIONS,
            List.of(
                new Answer("N", null, null, BigDecimal.ONE, null),
                new Answer("C", "b", null, null, null),
                new Answer("Y", null, true, null, null),
                new Answer("M", "Four short words here", null, null, null),
                commitment(null, "5")));
    assertEquals(
        List.of(), checked.problems().stream().map(e -> e.field + ": " + e.message).toList());
    assertEquals(
        List.of("J", "M", "Y", "C", "N"),
        checked.answers().stream().map(Answer::questionKey).toList());
    assertEquals("JOBS", checked.answers().get(0).commitment().measureCode());
  }

  @Test
  void reportsEveryProblem() {
    var checked =
        BidRules.check(
            QUESTIONS,
            List.of(
                commitment("OTHER", "-1"),
                new Answer("M", "one two three four five six", null, null, null),
                new Answer("C", "z", null, null, null),
                new Answer("C", "a", null, null, null),
                new Answer("X", null, null, null, null)));
    var fields = checked.problems().stream().map(e -> e.field).toList();
    assertTrue(fields.contains("answers[0].commitment.quantity"), fields.toString());
    assertTrue(fields.contains("answers[0].commitment.measureCode"), fields.toString());
    assertTrue(fields.contains("answers[1].text"), fields.toString());
    assertTrue(fields.contains("answers[2].text"), fields.toString());
    assertTrue(fields.contains("answers[3].questionKey"), "answered twice: " + fields);
    assertTrue(fields.contains("answers[4].questionKey"), "unknown question: " + fields);
    assertTrue(
        checked.problems().stream().anyMatch(e -> e.message.contains("'Y' is not answered")),
        checked.problems().toString());
  }
}
