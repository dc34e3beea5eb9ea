package uk.svkit.sdk.models;

import java.util.List;

/**
 * Whether an award is {@code CURRENT} or {@code EXPIRED} on the day asked about.
 *
 * <p>An extensible string type rather than a Java {@code enum}: a value added by a newer server is
 * returned by {@link #fromString(String)} as a new instance instead of failing, so compare with
 * {@link #equals(Object)} and keep a default branch.
 *
 * @since 0.1.0
 */
public final class AwardStatus extends ExtensibleEnum {

  /** The {@code CURRENT} value. */
  public static final AwardStatus CURRENT = new AwardStatus("CURRENT");

  /** The {@code EXPIRED} value. */
  public static final AwardStatus EXPIRED = new AwardStatus("EXPIRED");

  private static final List<AwardStatus> KNOWN = List.of(CURRENT, EXPIRED);

  private AwardStatus(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for a value this SDK version does not
   * know.
   *
   * @param value the wire value, such as {@code "CURRENT"}
   * @return the matching instance
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static AwardStatus fromString(String value) {
    return lookup(value, KNOWN, AwardStatus::new, AwardStatus.class);
  }

  /**
   * Returns the values known to this SDK version; the server may send others.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<AwardStatus> values() {
    return KNOWN;
  }
}
