package uk.svkit.sdk.models;

import java.util.List;

/**
 * The status of a return: {@code SUBMITTED} until the buyer reviews it, then {@code VALIDATED} or
 * {@code REJECTED}; {@code SUPERSEDED} once a correction has replaced it.
 *
 * <p>An extensible string type rather than a Java {@code enum}: a value added by a newer server is
 * returned by {@link #fromString(String)} as a new instance instead of failing, so compare with
 * {@link #equals(Object)} and keep a default branch.
 */
public final class ReturnStatus extends ExtensibleEnum {

  /** The {@code SUBMITTED} value. */
  public static final ReturnStatus SUBMITTED = new ReturnStatus("SUBMITTED");

  /** The {@code VALIDATED} value. */
  public static final ReturnStatus VALIDATED = new ReturnStatus("VALIDATED");

  /** The {@code REJECTED} value. */
  public static final ReturnStatus REJECTED = new ReturnStatus("REJECTED");

  /** The {@code SUPERSEDED} value. */
  public static final ReturnStatus SUPERSEDED = new ReturnStatus("SUPERSEDED");

  private static final List<ReturnStatus> KNOWN =
      List.of(SUBMITTED, VALIDATED, REJECTED, SUPERSEDED);

  private ReturnStatus(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for a value this SDK version does not
   * know.
   *
   * @param value the wire value, such as {@code "VALIDATED"}
   * @return the matching instance
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static ReturnStatus fromString(String value) {
    return lookup(value, KNOWN, ReturnStatus::new, ReturnStatus.class);
  }

  /**
   * Returns the values known to this SDK version; the server may send others.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<ReturnStatus> values() {
    return KNOWN;
  }
}
