package uk.svkit.sdk.models;

import java.util.List;

/**
 * Where an award application stands: {@code SUBMITTED}, then {@code AWARDED} or {@code NOT_AWARDED}
 * by an assessor.
 *
 * <p>An extensible string type rather than a Java {@code enum}: a value added by a newer server is
 * returned by {@link #fromString(String)} as a new instance instead of failing, so compare with
 * {@link #equals(Object)} and keep a default branch.
 *
 * @since 0.1.0
 */
public final class AwardApplicationStatus extends ExtensibleEnum {

  /** The {@code SUBMITTED} value. */
  public static final AwardApplicationStatus SUBMITTED = new AwardApplicationStatus("SUBMITTED");

  /** The {@code AWARDED} value. */
  public static final AwardApplicationStatus AWARDED = new AwardApplicationStatus("AWARDED");

  /** The {@code NOT_AWARDED} value. */
  public static final AwardApplicationStatus NOT_AWARDED =
      new AwardApplicationStatus("NOT_AWARDED");

  private static final List<AwardApplicationStatus> KNOWN =
      List.of(SUBMITTED, AWARDED, NOT_AWARDED);

  private AwardApplicationStatus(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for a value this SDK version does not
   * know.
   *
   * @param value the wire value, such as {@code "SUBMITTED"}
   * @return the matching instance
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static AwardApplicationStatus fromString(String value) {
    return lookup(value, KNOWN, AwardApplicationStatus::new, AwardApplicationStatus.class);
  }

  /**
   * Returns the values known to this SDK version; the server may send others.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<AwardApplicationStatus> values() {
    return KNOWN;
  }
}
