package uk.svkit.sdk.models;

import java.util.List;

/**
 * How far the scoring of one question of one bid has got: no evaluator has scored it yet, some
 * have, all agree, they disagree (so the buyer must moderate), or the buyer has moderated it.
 *
 * <p>An extensible string type rather than a Java {@code enum}: a value added by a newer server is
 * returned by {@link #fromString(String)} as a new instance instead of failing, so compare with
 * {@link #equals(Object)} and keep a default branch.
 */
public final class QuestionScoreStatus extends ExtensibleEnum {

  /** The {@code UNSCORED} value. */
  public static final QuestionScoreStatus UNSCORED = new QuestionScoreStatus("UNSCORED");

  /** The {@code PARTIALLY_SCORED} value. */
  public static final QuestionScoreStatus PARTIALLY_SCORED =
      new QuestionScoreStatus("PARTIALLY_SCORED");

  /** The {@code AGREED} value. */
  public static final QuestionScoreStatus AGREED = new QuestionScoreStatus("AGREED");

  /** The {@code DISAGREEMENT} value. */
  public static final QuestionScoreStatus DISAGREEMENT = new QuestionScoreStatus("DISAGREEMENT");

  /** The {@code MODERATED} value. */
  public static final QuestionScoreStatus MODERATED = new QuestionScoreStatus("MODERATED");

  private static final List<QuestionScoreStatus> KNOWN =
      List.of(UNSCORED, PARTIALLY_SCORED, AGREED, DISAGREEMENT, MODERATED);

  private QuestionScoreStatus(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for a value this SDK version does not
   * know.
   *
   * @param value the wire value, such as {@code "AGREED"}
   * @return the matching instance
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static QuestionScoreStatus fromString(String value) {
    return lookup(value, KNOWN, QuestionScoreStatus::new, QuestionScoreStatus.class);
  }

  /**
   * Returns the values known to this SDK version; the server may send others.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<QuestionScoreStatus> values() {
    return KNOWN;
  }
}
