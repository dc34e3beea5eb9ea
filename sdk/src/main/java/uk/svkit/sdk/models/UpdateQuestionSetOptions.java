package uk.svkit.sdk.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Input of {@code QuestionSetsClient.updateQuestionSet}: the new state of a draft question set. The
 * update is a full replacement ({@code PUT}), questions included, so start from the current state
 * with {@link #builder(QuestionSet)} when changing part of it:
 *
 * <pre>{@code
 * QuestionSet draft = questionSets.getQuestionSet(id);
 * questionSets.updateQuestionSet(draft, UpdateQuestionSetOptions.builder(draft)
 *     .description("Revised after market engagement")
 *     .addQuestion(QuestionInput.builder("Q3", QuestionType.YES_NO)
 *         .text("Do you pay the Real Living Wage?").weight(new BigDecimal("10")).build())
 *     .build());
 * }</pre>
 */
public final class UpdateQuestionSetOptions {

  private final String title;
  private final String description;
  private final String frameworkCode;
  private final String edition;
  private final List<QuestionInput> questions;

  private UpdateQuestionSetOptions(Builder b) {
    this.title = b.title;
    this.description = b.description;
    this.frameworkCode = b.frameworkCode;
    this.edition = b.edition;
    this.questions = List.copyOf(b.questions);
  }

  /**
   * Starts an empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder pre-filled with the state of {@code current}, questions included (see {@link
   * QuestionInput#builder(Question)}).
   *
   * @param current the question set as last read
   * @return a new builder
   * @throws NullPointerException if {@code current} is {@code null}
   * @throws IllegalArgumentException if a question of {@code current} has no key or type
   */
  public static Builder builder(QuestionSet current) {
    Objects.requireNonNull(current, "current");
    Builder b = new Builder();
    b.title = current.getTitle();
    b.description = current.getDescription();
    b.frameworkCode = current.getFrameworkCode();
    b.edition = current.getEdition();
    for (Question q : current.getQuestions()) {
      b.questions.add(QuestionInput.builder(q).build());
    }
    return b;
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
   * Returns the questions, in order; they replace all the set's questions.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<QuestionInput> getQuestions() {
    return questions;
  }

  /** Builder for {@link UpdateQuestionSetOptions}; not thread-safe. */
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
     * Adds a question after those already present.
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
     * Replaces all questions present, such as those pre-filled by {@link
     * UpdateQuestionSetOptions#builder(QuestionSet)}.
     *
     * @param questions the questions, in order
     * @return this builder
     * @throws NullPointerException if the argument or an element is {@code null}
     */
    public Builder questions(Iterable<QuestionInput> questions) {
      List<QuestionInput> copy = ModelLists.copyOf(questions, "questions");
      this.questions.clear();
      this.questions.addAll(copy);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     * @throws IllegalStateException if no title was set
     */
    public UpdateQuestionSetOptions build() {
      if (title == null) {
        throw new IllegalStateException(
            "title is required: call"
                + " UpdateQuestionSetOptions.builder().title(\"...\") or start from"
                + " builder(currentQuestionSet)");
      }
      return new UpdateQuestionSetOptions(this);
    }
  }
}
