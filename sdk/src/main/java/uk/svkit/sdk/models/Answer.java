package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A bid's answer to one question, identified by the question's key. Exactly one of the values is
 * set, according to the question's type: {@link #getText() text} for a method statement or the
 * chosen option of a single-choice question, {@link #getYes() yes} for a yes/no question, {@link
 * #getNumber() number} for a number question, {@link #getCommitment() commitment} for a commitment
 * question.
 *
 * <p>Create answers for {@code SubmitBidOptions} with the factory for the question's type:
 *
 * <pre>{@code
 * Answer.ofText("Q1", "We will recruit through the council's job brokerage ...");
 * Answer.ofYesNo("Q2", true);
 * Answer.ofCommitment("Q3", Commitment.builder(new BigDecimal("4"), CommitmentPeriod.PER_YEAR)
 *     .build());
 * }</pre>
 */
public final class Answer {

  private String questionKey;
  private String text;
  private Boolean yes;
  private BigDecimal number;
  private Commitment commitment;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected Answer() {}

  private Answer(String questionKey) {
    this.questionKey = Objects.requireNonNull(questionKey, "questionKey");
  }

  /**
   * Answers a method statement question.
   *
   * @param questionKey the question's key
   * @param text the statement
   * @return the answer
   * @throws NullPointerException if an argument is {@code null}
   */
  public static Answer ofText(String questionKey, String text) {
    Answer a = new Answer(questionKey);
    a.text = Objects.requireNonNull(text, "text");
    return a;
  }

  /**
   * Answers a single-choice question.
   *
   * @param questionKey the question's key
   * @param option the chosen option, exactly as the question lists it
   * @return the answer
   * @throws NullPointerException if an argument is {@code null}
   */
  public static Answer ofChoice(String questionKey, String option) {
    Answer a = new Answer(questionKey);
    a.text = Objects.requireNonNull(option, "option");
    return a;
  }

  /**
   * Answers a yes/no question.
   *
   * @param questionKey the question's key
   * @param yes {@code true} for yes
   * @return the answer
   * @throws NullPointerException if {@code questionKey} is {@code null}
   */
  public static Answer ofYesNo(String questionKey, boolean yes) {
    Answer a = new Answer(questionKey);
    a.yes = yes;
    return a;
  }

  /**
   * Answers a number question.
   *
   * @param questionKey the question's key
   * @param number the number, sent exactly as given
   * @return the answer
   * @throws NullPointerException if an argument is {@code null}
   */
  public static Answer ofNumber(String questionKey, BigDecimal number) {
    Answer a = new Answer(questionKey);
    a.number = Objects.requireNonNull(number, "number");
    return a;
  }

  /**
   * Answers a commitment question.
   *
   * @param questionKey the question's key
   * @param commitment the commitment
   * @return the answer
   * @throws NullPointerException if an argument is {@code null}
   */
  public static Answer ofCommitment(String questionKey, Commitment commitment) {
    Answer a = new Answer(questionKey);
    a.commitment = Objects.requireNonNull(commitment, "commitment");
    return a;
  }

  /**
   * Returns the key of the question answered.
   *
   * @return the question key
   */
  public String getQuestionKey() {
    return questionKey;
  }

  /**
   * Returns the method statement, or the chosen option of a single-choice question.
   *
   * @return the text, or {@code null} for other types
   */
  public String getText() {
    return text;
  }

  /**
   * Returns the answer to a yes/no question.
   *
   * @return {@code true} for yes, {@code false} for no, {@code null} for other types
   */
  public Boolean getYes() {
    return yes;
  }

  /**
   * Returns the answer to a number question.
   *
   * @return the number, or {@code null} for other types
   */
  public BigDecimal getNumber() {
    return number;
  }

  /**
   * Returns the answer to a commitment question.
   *
   * @return the commitment, or {@code null} for other types
   */
  public Commitment getCommitment() {
    return commitment;
  }

  @Override
  public String toString() {
    return "Answer{questionKey="
        + questionKey
        + (yes == null ? "" : ", yes=" + yes)
        + (number == null ? "" : ", number=" + number)
        + (commitment == null ? "" : ", commitment=" + commitment)
        + '}';
  }
}
