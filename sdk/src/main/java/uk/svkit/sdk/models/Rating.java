package uk.svkit.sdk.models;

import java.util.List;

/**
 * The rating of a contract KPI, or of a whole contract, as in a Contract Performance Notice: {@code
 * GOOD}, {@code APPROACHING_TARGET}, {@code REQUIRES_IMPROVEMENT}, {@code INADEQUATE}, or {@code
 * OTHER} when no rating applies (such as nothing expected yet).
 *
 * <p>An extensible string type rather than a Java {@code enum}: a value added by a newer server is
 * returned by {@link #fromString(String)} as a new instance instead of failing, so compare with
 * {@link #equals(Object)} and keep a default branch.
 */
public final class Rating extends ExtensibleEnum {

  /** The {@code GOOD} value. */
  public static final Rating GOOD = new Rating("GOOD");

  /** The {@code APPROACHING_TARGET} value. */
  public static final Rating APPROACHING_TARGET = new Rating("APPROACHING_TARGET");

  /** The {@code REQUIRES_IMPROVEMENT} value. */
  public static final Rating REQUIRES_IMPROVEMENT = new Rating("REQUIRES_IMPROVEMENT");

  /** The {@code INADEQUATE} value. */
  public static final Rating INADEQUATE = new Rating("INADEQUATE");

  /** The {@code OTHER} value. */
  public static final Rating OTHER = new Rating("OTHER");

  private static final List<Rating> KNOWN =
      List.of(GOOD, APPROACHING_TARGET, REQUIRES_IMPROVEMENT, INADEQUATE, OTHER);

  private Rating(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for a value this SDK version does not
   * know.
   *
   * @param value the wire value, such as {@code "GOOD"}
   * @return the matching instance
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static Rating fromString(String value) {
    return lookup(value, KNOWN, Rating::new, Rating.class);
  }

  /**
   * Returns the values known to this SDK version; the server may send others.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<Rating> values() {
    return KNOWN;
  }
}
