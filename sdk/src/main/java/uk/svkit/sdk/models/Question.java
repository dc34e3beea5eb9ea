package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.util.List;

/**
 * One question of a question set, as the service holds it. Which fields are set depends on the
 * {@link #getType() type}: a {@link QuestionType#COMMITMENT} question names a measure of the set's
 * framework edition and carries that measure's unit; a {@link QuestionType#SINGLE_CHOICE} question
 * lists its options; a {@link QuestionType#METHOD_STATEMENT} question may limit the answer's
 * length. The {@link #getRubric() rubric} is always present: the service fills in the default (0
 * Unacceptable, 25 Poor, 50 Satisfactory, 75 Good, 100 Excellent) when none was given.
 */
public final class Question {

  private String key;
  private String type;
  private String text;
  private String guidance;
  private BigDecimal weight;
  private Integer maxCharacters;
  private Integer maxWords;
  private String measureCode;
  private String unitType;
  private String unitLabel;
  private List<String> options;
  private List<String> links;
  private List<RubricLevel> rubric;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected Question() {}

  /**
   * Returns the key, unique within the question set, that answers and scores refer to.
   *
   * @return the key, such as {@code Q1.2}
   */
  public String getKey() {
    return key;
  }

  /**
   * Returns the kind of answer the question asks for.
   *
   * @return the type, or {@code null} if absent; may be a value unknown to this SDK version
   */
  public QuestionType getType() {
    return type == null || type.isBlank() ? null : QuestionType.fromString(type);
  }

  /**
   * Returns the question as shown to suppliers.
   *
   * @return the text
   */
  public String getText() {
    return text;
  }

  /**
   * Returns the guidance for suppliers on answering.
   *
   * @return the guidance, or {@code null}
   */
  public String getGuidance() {
    return guidance;
  }

  /**
   * Returns the weight of the question within the set.
   *
   * @return the weight, a percentage from 0 to 100; the weights of a published set sum to 100
   */
  public BigDecimal getWeight() {
    return weight;
  }

  /**
   * Returns the maximum length of a method statement in characters.
   *
   * @return the limit, or {@code null} if none
   */
  public Integer getMaxCharacters() {
    return maxCharacters;
  }

  /**
   * Returns the maximum length of a method statement in words.
   *
   * @return the limit, or {@code null} if none
   */
  public Integer getMaxWords() {
    return maxWords;
  }

  /**
   * Returns the measure a commitment question asks for a quantity of.
   *
   * @return the measure code, such as {@code LM-EMP-01}, or {@code null} for other types
   */
  public String getMeasureCode() {
    return measureCode;
  }

  /**
   * Returns the kind of quantity a commitment question counts, taken from its measure.
   *
   * @return the unit type, or {@code null} for other types; may be a value unknown to this SDK
   *     version
   */
  public UnitType getUnitType() {
    return unitType == null || unitType.isBlank() ? null : UnitType.fromString(unitType);
  }

  /**
   * Returns the unit as shown to people: the measure's for a commitment question, the buyer's for a
   * number question.
   *
   * @return the label, such as {@code FTE}, or {@code null}
   */
  public String getUnitLabel() {
    return unitLabel;
  }

  /**
   * Returns the options of a single-choice question.
   *
   * @return an unmodifiable list, empty for other types
   */
  public List<String> getOptions() {
    return ModelLists.copy(options);
  }

  /**
   * Returns the codes of the framework elements or measures the question relates to.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<String> getLinks() {
    return ModelLists.copy(links);
  }

  /**
   * Returns the scores evaluators may give, lowest first.
   *
   * @return an unmodifiable list
   */
  public List<RubricLevel> getRubric() {
    return ModelLists.copy(rubric);
  }

  @Override
  public String toString() {
    return "Question{key="
        + key
        + ", type="
        + type
        + ", weight="
        + weight
        + (measureCode == null ? "" : ", measureCode=" + measureCode)
        + '}';
  }
}
