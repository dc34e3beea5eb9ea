package uk.svkit.api.procurement.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One question of a question set. Which fields apply depends on the type: method statements have
 * limits, commitments name a measure of the set's framework edition, single-choice questions have
 * options, numbers may have a unit label. {@code links} are codes of the edition's elements or
 * measures (outcomes, award criteria) the question evidences.
 *
 * @param weight the question's share of the set's score, in percent
 */
public record Question(
    String key,
    QuestionType type,
    String text,
    String guidance,
    BigDecimal weight,
    Integer maxCharacters,
    Integer maxWords,
    String measureCode,
    List<String> options,
    String unitLabel,
    List<String> links,
    List<RubricLevel> rubric) {

  public Question {
    options = options == null ? List.of() : List.copyOf(options);
    links = links == null ? List.of() : List.copyOf(links);
    rubric = rubric == null || rubric.isEmpty() ? RubricLevel.DEFAULT : List.copyOf(rubric);
  }

  /** The highest score of the rubric: a full-marks answer. */
  public int maxScore() {
    return rubric.stream().mapToInt(RubricLevel::score).max().orElse(0);
  }

  public boolean hasRubricScore(int score) {
    return rubric.stream().anyMatch(level -> level.score() == score);
  }
}
