package uk.svkit.sdk.models;

import java.util.List;

/**
 * The kind of answer a question asks for: a written method statement, a quantified commitment
 * against a framework measure, yes or no, one option of a list, or a number.
 *
 * <p>An extensible string type rather than a Java {@code enum}: a value added by a newer server is
 * returned by {@link #fromString(String)} as a new instance instead of failing, so compare with
 * {@link #equals(Object)} and keep a default branch.
 */
public final class QuestionType extends ExtensibleEnum {

  /** The {@code METHOD_STATEMENT} value. */
  public static final QuestionType METHOD_STATEMENT = new QuestionType("METHOD_STATEMENT");

  /** The {@code COMMITMENT} value. */
  public static final QuestionType COMMITMENT = new QuestionType("COMMITMENT");

  /** The {@code YES_NO} value. */
  public static final QuestionType YES_NO = new QuestionType("YES_NO");

  /** The {@code SINGLE_CHOICE} value. */
  public static final QuestionType SINGLE_CHOICE = new QuestionType("SINGLE_CHOICE");

  /** The {@code NUMBER} value. */
  public static final QuestionType NUMBER = new QuestionType("NUMBER");

  private static final List<QuestionType> KNOWN =
      List.of(METHOD_STATEMENT, COMMITMENT, YES_NO, SINGLE_CHOICE, NUMBER);

  private QuestionType(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for a value this SDK version does not
   * know.
   *
   * @param value the wire value, such as {@code "COMMITMENT"}
   * @return the matching instance
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static QuestionType fromString(String value) {
    return lookup(value, KNOWN, QuestionType::new, QuestionType.class);
  }

  /**
   * Returns the values known to this SDK version; the server may send others.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<QuestionType> values() {
    return KNOWN;
  }
}
