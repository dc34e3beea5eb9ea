package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * One question in {@code CreateQuestionSetOptions} or {@code UpdateQuestionSetOptions}. Immutable;
 * build with {@link #builder(String, QuestionType)}:
 *
 * <pre>{@code
 * QuestionInput.builder("Q1", QuestionType.COMMITMENT)
 *     .text("How many local people will you employ on this contract?")
 *     .weight(new BigDecimal("40"))
 *     .measureCode("LM-EMP-01")
 *     .build();
 * QuestionInput.builder("Q2", QuestionType.SINGLE_CHOICE)
 *     .text("Are you a Disability Confident employer?")
 *     .weight(new BigDecimal("10"))
 *     .options(List.of("No", "Committed", "Employer", "Leader"))
 *     .build();
 * }</pre>
 *
 * <p>Which further fields apply depends on the type: {@code measureCode} for {@link
 * QuestionType#COMMITMENT}, {@code options} for {@link QuestionType#SINGLE_CHOICE}, {@code
 * maxCharacters}/{@code maxWords} for {@link QuestionType#METHOD_STATEMENT}, {@code unitLabel} for
 * {@link QuestionType#NUMBER}. Fields not set are not sent. Without a rubric the service applies
 * its default (0 Unacceptable, 25 Poor, 50 Satisfactory, 75 Good, 100 Excellent). Only presence of
 * the required fields is checked here; a draft may be incomplete, and the service checks the rest
 * when the set is published.
 */
public final class QuestionInput {

  private final String key;
  private final QuestionType type;
  private final String text;
  private final String guidance;
  private final BigDecimal weight;
  private final Integer maxCharacters;
  private final Integer maxWords;
  private final String measureCode;
  private final List<String> options;
  private final String unitLabel;
  private final List<String> links;
  private final List<RubricLevel> rubric;

  private QuestionInput(Builder b) {
    this.key = b.key;
    this.type = b.type;
    this.text = b.text;
    this.guidance = b.guidance;
    this.weight = b.weight;
    this.maxCharacters = b.maxCharacters;
    this.maxWords = b.maxWords;
    this.measureCode = b.measureCode;
    this.options = b.options;
    this.unitLabel = b.unitLabel;
    this.links = b.links;
    this.rubric = b.rubric == null ? null : List.copyOf(b.rubric);
  }

  /**
   * Starts a builder for a question.
   *
   * @param key 1 to 20 of {@code A-Z a-z 0-9 . _ -}, unique within the set, such as {@code Q1}
   * @param type the kind of answer asked for
   * @return a new builder
   * @throws NullPointerException if an argument is {@code null}
   */
  public static Builder builder(String key, QuestionType type) {
    return new Builder(Objects.requireNonNull(key, "key"), Objects.requireNonNull(type, "type"));
  }

  /**
   * Starts a builder pre-filled from a question as the service returned it, to send it back
   * unchanged or with changes. The unit label of a commitment question is not copied, because the
   * service takes it from the measure.
   *
   * @param current the question as last read
   * @return a new builder
   * @throws NullPointerException if {@code current} is {@code null}
   * @throws IllegalArgumentException if {@code current} has no key or type
   */
  public static Builder builder(Question current) {
    Objects.requireNonNull(current, "current");
    if (current.getKey() == null || current.getType() == null) {
      throw new IllegalArgumentException("question " + current + " has no key or type");
    }
    Builder b = new Builder(current.getKey(), current.getType());
    b.text = current.getText();
    b.guidance = current.getGuidance();
    b.weight = current.getWeight();
    b.maxCharacters = current.getMaxCharacters();
    b.maxWords = current.getMaxWords();
    b.measureCode = current.getMeasureCode();
    if (!current.getOptions().isEmpty()) {
      b.options = current.getOptions();
    }
    if (!QuestionType.COMMITMENT.equals(current.getType())) {
      b.unitLabel = current.getUnitLabel();
    }
    if (!current.getLinks().isEmpty()) {
      b.links = current.getLinks();
    }
    if (!current.getRubric().isEmpty()) {
      b.rubric = new ArrayList<>(current.getRubric());
    }
    return b;
  }

  /**
   * Returns the key.
   *
   * @return the key
   */
  public String getKey() {
    return key;
  }

  /**
   * Returns the type.
   *
   * @return the type
   */
  public QuestionType getType() {
    return type;
  }

  /**
   * Returns the question text.
   *
   * @return the text
   */
  public String getText() {
    return text;
  }

  /**
   * Returns the guidance for suppliers.
   *
   * @return the guidance, or {@code null} if not set (then not sent)
   */
  public String getGuidance() {
    return guidance;
  }

  /**
   * Returns the weight within the set.
   *
   * @return the weight, a percentage
   */
  public BigDecimal getWeight() {
    return weight;
  }

  /**
   * Returns the maximum length of a method statement in characters.
   *
   * @return the limit, or {@code null} if not set (then not sent)
   */
  public Integer getMaxCharacters() {
    return maxCharacters;
  }

  /**
   * Returns the maximum length of a method statement in words.
   *
   * @return the limit, or {@code null} if not set (then not sent)
   */
  public Integer getMaxWords() {
    return maxWords;
  }

  /**
   * Returns the measure of a commitment question.
   *
   * @return the measure code, or {@code null} if not set (then not sent)
   */
  public String getMeasureCode() {
    return measureCode;
  }

  /**
   * Returns the options of a single-choice question.
   *
   * @return an unmodifiable list, or {@code null} if not set (then not sent)
   */
  public List<String> getOptions() {
    return options;
  }

  /**
   * Returns the unit label of a number question.
   *
   * @return the label, or {@code null} if not set (then not sent)
   */
  public String getUnitLabel() {
    return unitLabel;
  }

  /**
   * Returns the codes of related framework elements or measures.
   *
   * @return an unmodifiable list, or {@code null} if not set (then not sent)
   */
  public List<String> getLinks() {
    return links;
  }

  /**
   * Returns the rubric.
   *
   * @return an unmodifiable list, or {@code null} if not set (then the service's default applies)
   */
  public List<RubricLevel> getRubric() {
    return rubric;
  }

  @Override
  public String toString() {
    return "QuestionInput{key="
        + key
        + ", type="
        + type
        + ", weight="
        + weight
        + (measureCode == null ? "" : ", measureCode=" + measureCode)
        + '}';
  }

  /** Builder for {@link QuestionInput}; not thread-safe. */
  public static final class Builder {

    private final String key;
    private final QuestionType type;
    private String text;
    private String guidance;
    private BigDecimal weight;
    private Integer maxCharacters;
    private Integer maxWords;
    private String measureCode;
    private List<String> options;
    private String unitLabel;
    private List<String> links;
    private List<RubricLevel> rubric;

    private Builder(String key, QuestionType type) {
      this.key = key;
      this.type = type;
    }

    /**
     * Sets the question as shown to suppliers (required).
     *
     * @param text up to 2000 characters
     * @return this builder
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public Builder text(String text) {
      this.text = Objects.requireNonNull(text, "text");
      return this;
    }

    /**
     * Sets guidance for suppliers on answering.
     *
     * @param guidance up to 4000 characters
     * @return this builder
     * @throws NullPointerException if {@code guidance} is {@code null}
     */
    public Builder guidance(String guidance) {
      this.guidance = Objects.requireNonNull(guidance, "guidance");
      return this;
    }

    /**
     * Sets the weight of the question within the set (required). The weights of a set must sum to
     * 100 when it is published.
     *
     * @param percent 0 to 100, such as {@code 12.5}
     * @return this builder
     * @throws NullPointerException if {@code percent} is {@code null}
     */
    public Builder weight(BigDecimal percent) {
      this.weight = Objects.requireNonNull(percent, "weight");
      return this;
    }

    /**
     * Limits the length of a method statement in characters.
     *
     * @param maxCharacters the limit
     * @return this builder
     */
    public Builder maxCharacters(int maxCharacters) {
      this.maxCharacters = maxCharacters;
      return this;
    }

    /**
     * Limits the length of a method statement in words.
     *
     * @param maxWords the limit
     * @return this builder
     */
    public Builder maxWords(int maxWords) {
      this.maxWords = maxWords;
      return this;
    }

    /**
     * Sets the measure a commitment question asks for a quantity of: a measure of the set's
     * framework edition. Its unit becomes the question's.
     *
     * @param measureCode the measure code, such as {@code LM-EMP-01}
     * @return this builder
     * @throws NullPointerException if {@code measureCode} is {@code null}
     */
    public Builder measureCode(String measureCode) {
      this.measureCode = Objects.requireNonNull(measureCode, "measureCode");
      return this;
    }

    /**
     * Sets the options of a single-choice question, replacing any set before.
     *
     * @param options the options, in the order shown
     * @return this builder
     * @throws NullPointerException if the argument or an element is {@code null}
     */
    public Builder options(Iterable<String> options) {
      this.options = ModelLists.copyOf(options, "options");
      return this;
    }

    /**
     * Sets the unit label of a number question.
     *
     * @param unitLabel the label, such as {@code hours}
     * @return this builder
     * @throws NullPointerException if {@code unitLabel} is {@code null}
     */
    public Builder unitLabel(String unitLabel) {
      this.unitLabel = Objects.requireNonNull(unitLabel, "unitLabel");
      return this;
    }

    /**
     * Sets the codes of the framework elements or measures the question relates to, replacing any
     * set before.
     *
     * @param links element or measure codes of the set's edition
     * @return this builder
     * @throws NullPointerException if the argument or an element is {@code null}
     */
    public Builder links(Iterable<String> links) {
      this.links = ModelLists.copyOf(links, "links");
      return this;
    }

    /**
     * Adds a level to the rubric; without any, the service's default rubric applies.
     *
     * @param score 0 to 100
     * @param descriptor what an answer at this level looks like, such as {@code Good}
     * @return this builder
     * @throws NullPointerException if {@code descriptor} is {@code null}
     */
    public Builder addRubricLevel(int score, String descriptor) {
      if (rubric == null) {
        rubric = new ArrayList<>();
      }
      rubric.add(new RubricLevel(score, Objects.requireNonNull(descriptor, "descriptor")));
      return this;
    }

    /**
     * Sets the whole rubric, replacing any levels added before.
     *
     * @param rubric the levels, such as those of a question read earlier
     * @return this builder
     * @throws NullPointerException if the argument or an element is {@code null}
     */
    public Builder rubric(Iterable<RubricLevel> rubric) {
      this.rubric = new ArrayList<>(ModelLists.copyOf(rubric, "rubric"));
      return this;
    }

    /**
     * Builds the question.
     *
     * @return an immutable question
     * @throws IllegalStateException if the text or weight is not set
     */
    public QuestionInput build() {
      StringJoiner missing = new StringJoiner(", ");
      if (text == null) {
        missing.add(".text(...)");
      }
      if (weight == null) {
        missing.add(".weight(...)");
      }
      if (missing.length() > 0) {
        throw new IllegalStateException(
            "QuestionInput " + key + " is incomplete: call " + missing + " before build()");
      }
      return new QuestionInput(this);
    }
  }
}
