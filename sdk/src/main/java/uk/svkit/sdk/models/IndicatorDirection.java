package uk.svkit.sdk.models;

import java.util.List;

/**
 * Which way an anchor indicator improves.
 *
 * <p>An extensible string type rather than a Java {@code enum}: a value added by a newer server is
 * returned by {@link #fromString(String)} as a new instance instead of failing, so compare with
 * {@link #equals(Object)} and keep a default branch.
 */
public final class IndicatorDirection extends ExtensibleEnum {

  /** The {@code HIGHER_IS_BETTER} value. */
  public static final IndicatorDirection HIGHER_IS_BETTER =
      new IndicatorDirection("HIGHER_IS_BETTER");

  /** The {@code LOWER_IS_BETTER} value. */
  public static final IndicatorDirection LOWER_IS_BETTER =
      new IndicatorDirection("LOWER_IS_BETTER");

  private static final List<IndicatorDirection> KNOWN = List.of(HIGHER_IS_BETTER, LOWER_IS_BETTER);

  private IndicatorDirection(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for a value this SDK version does not
   * know.
   *
   * @param value the wire value, such as {@code "HIGHER_IS_BETTER"}
   * @return the matching instance
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static IndicatorDirection fromString(String value) {
    return lookup(value, KNOWN, IndicatorDirection::new, IndicatorDirection.class);
  }

  /**
   * Returns the values known to this SDK version; the server may send others.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<IndicatorDirection> values() {
    return KNOWN;
  }
}
