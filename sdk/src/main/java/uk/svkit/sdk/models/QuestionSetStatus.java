package uk.svkit.sdk.models;

import java.util.List;

/**
 * The life-cycle status of a question set: {@code DRAFT} while the buyer edits it, {@code
 * PUBLISHED} once it can be used by tenders (and no longer changes), {@code RETIRED} when it may no
 * longer be chosen for new tenders.
 *
 * <p>An extensible string type rather than a Java {@code enum}: a value added by a newer server is
 * returned by {@link #fromString(String)} as a new instance instead of failing, so compare with
 * {@link #equals(Object)} and keep a default branch.
 */
public final class QuestionSetStatus extends ExtensibleEnum {

  /** The {@code DRAFT} value. */
  public static final QuestionSetStatus DRAFT = new QuestionSetStatus("DRAFT");

  /** The {@code PUBLISHED} value. */
  public static final QuestionSetStatus PUBLISHED = new QuestionSetStatus("PUBLISHED");

  /** The {@code RETIRED} value. */
  public static final QuestionSetStatus RETIRED = new QuestionSetStatus("RETIRED");

  private static final List<QuestionSetStatus> KNOWN = List.of(DRAFT, PUBLISHED, RETIRED);

  private QuestionSetStatus(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for a value this SDK version does not
   * know.
   *
   * @param value the wire value, such as {@code "DRAFT"}
   * @return the matching instance
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static QuestionSetStatus fromString(String value) {
    return lookup(value, KNOWN, QuestionSetStatus::new, QuestionSetStatus.class);
  }

  /**
   * Returns the values known to this SDK version; the server may send others.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<QuestionSetStatus> values() {
    return KNOWN;
  }
}
