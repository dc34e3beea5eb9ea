package uk.svkit.sdk.models;

import java.util.List;

/**
 * What an anchor institution indicator counts.
 *
 * <p>An extensible string type rather than a Java {@code enum}: a value added by a newer server is
 * returned by {@link #fromString(String)} as a new instance instead of failing, so compare with
 * {@link #equals(Object)} and keep a default branch.
 */
public final class IndicatorUnit extends ExtensibleEnum {

  /** The {@code PERCENT} value. */
  public static final IndicatorUnit PERCENT = new IndicatorUnit("PERCENT");

  /** The {@code GBP} value. */
  public static final IndicatorUnit GBP = new IndicatorUnit("GBP");

  /** The {@code COUNT} value. */
  public static final IndicatorUnit COUNT = new IndicatorUnit("COUNT");

  /** The {@code FTE} value. */
  public static final IndicatorUnit FTE = new IndicatorUnit("FTE");

  /** The {@code HOURS} value. */
  public static final IndicatorUnit HOURS = new IndicatorUnit("HOURS");

  /** The {@code TCO2E} value. */
  public static final IndicatorUnit TCO2E = new IndicatorUnit("TCO2E");

  private static final List<IndicatorUnit> KNOWN = List.of(PERCENT, GBP, COUNT, FTE, HOURS, TCO2E);

  private IndicatorUnit(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for a value this SDK version does not
   * know.
   *
   * @param value the wire value, such as {@code "PERCENT"}
   * @return the matching instance
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static IndicatorUnit fromString(String value) {
    return lookup(value, KNOWN, IndicatorUnit::new, IndicatorUnit.class);
  }

  /**
   * Returns the values known to this SDK version; the server may send others.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<IndicatorUnit> values() {
    return KNOWN;
  }
}
