package uk.svkit.sdk.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Input of {@code QuestionSetsClient.createQuestionSet}: a new draft question set. Immutable; build
 * with {@link #builder()}:
 *
 * <pre>{@code
 * CreateQuestionSetOptions.builder()
 *     .title("Wirral social value questions 2025")
 *     .frameworkCode("PPN0620")
 *     .edition("2020-12")
 *     .addQuestion(QuestionInput.builder("Q1", QuestionType.COMMITMENT)
 *         .text("How many local people will you employ?")
 *         .weight(new BigDecimal("60")).measureCode("LM-EMP-01").build())
 *     .addQuestion(QuestionInput.builder("Q2", QuestionType.METHOD_STATEMENT)
 *         .text("How will you recruit them?").weight(new BigDecimal("40")).maxWords(500).build())
 *     .build();
 * }</pre>
 *
 * <p>A draft may be incomplete: only the title is required here, and the service checks the
 * weights, measures, rubrics and options when the set is published.
 */
public final class CreateQuestionSetOptions {

  private final String title;
  private final String description;
  private final String frameworkCode;
  private final String edition;
  private final List<QuestionInput> questions;

  private CreateQuestionSetOptions(Builder b) {
    this.title = b.title;
    this.description = b.description;
    this.frameworkCode = b.frameworkCode;
    this.edition = b.edition;
    this.questions = List.copyOf(b.questions);
  }

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the title.
   *
   * @return the title
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns the description.
   *
   * @return the description, or {@code null} if not set (then not sent)
   */
  public String getDescription() {
    return description;
  }

  /**
   * Returns the framework code.
   *
   * @return the code, or {@code null} if not set (then not sent)
   */
  public String getFrameworkCode() {
    return frameworkCode;
  }

  /**
   * Returns the framework edition.
   *
   * @return the edition, or {@code null} if not set (then not sent)
   */
  public String getEdition() {
    return edition;
  }

  /**
   * Returns the questions, in the order added.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<QuestionInput> getQuestions() {
    return questions;
  }

  /** Builder for {@link CreateQuestionSetOptions}; not thread-safe. */
  public static final class Builder {

    private String title;
    private String description;
    private String frameworkCode;
    private String edition;
    private final List<QuestionInput> questions = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the title (required).
     *
     * @param title up to 200 characters
     * @return this builder
     * @throws NullPointerException if {@code title} is {@code null}
     */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description up to 4000 characters
     * @return this builder
     * @throws NullPointerException if {@code description} is {@code null}
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Sets the code of the framework whose measures the questions use.
     *
     * @param frameworkCode the code, such as {@code PPN0620}
     * @return this builder
     * @throws NullPointerException if {@code frameworkCode} is {@code null}
     */
    public Builder frameworkCode(String frameworkCode) {
      this.frameworkCode = Objects.requireNonNull(frameworkCode, "frameworkCode");
      return this;
    }

    /**
     * Sets the framework edition whose measures the questions use.
     *
     * @param edition the edition, such as {@code 2020-12}
     * @return this builder
     * @throws NullPointerException if {@code edition} is {@code null}
     */
    public Builder edition(String edition) {
      this.edition = Objects.requireNonNull(edition, "edition");
      return this;
    }

    /**
     * Adds a question (up to 200 per set).
     *
     * @param question the question
     * @return this builder
     * @throws NullPointerException if {@code question} is {@code null}
     */
    public Builder addQuestion(QuestionInput question) {
      questions.add(Objects.requireNonNull(question, "question"));
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     * @throws IllegalStateException if no title was set
     */
    public CreateQuestionSetOptions build() {
      if (title == null) {
        throw new IllegalStateException(
            "title is required: call" + " CreateQuestionSetOptions.builder().title(\"...\")");
      }
      return new CreateQuestionSetOptions(this);
    }
  }
}
