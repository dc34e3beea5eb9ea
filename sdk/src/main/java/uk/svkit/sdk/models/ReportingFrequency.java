package uk.svkit.sdk.models;

import java.util.List;

/**
 * How often the supplier reports a contract commitment's delivery: {@code MONTHLY}, {@code
 * QUARTERLY} or {@code ANNUALLY}. Each frequency divides the contract into reporting periods, and a
 * return covers exactly one of them.
 *
 * <p>An extensible string type rather than a Java {@code enum}: a value added by a newer server is
 * returned by {@link #fromString(String)} as a new instance instead of failing, so compare with
 * {@link #equals(Object)} and keep a default branch.
 */
public final class ReportingFrequency extends ExtensibleEnum {

  /** The {@code MONTHLY} value. */
  public static final ReportingFrequency MONTHLY = new ReportingFrequency("MONTHLY");

  /** The {@code QUARTERLY} value. */
  public static final ReportingFrequency QUARTERLY = new ReportingFrequency("QUARTERLY");

  /** The {@code ANNUALLY} value. */
  public static final ReportingFrequency ANNUALLY = new ReportingFrequency("ANNUALLY");

  private static final List<ReportingFrequency> KNOWN = List.of(MONTHLY, QUARTERLY, ANNUALLY);

  private ReportingFrequency(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for a value this SDK version does not
   * know.
   *
   * @param value the wire value, such as {@code "QUARTERLY"}
   * @return the matching instance
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static ReportingFrequency fromString(String value) {
    return lookup(value, KNOWN, ReportingFrequency::new, ReportingFrequency.class);
  }

  /**
   * Returns the values known to this SDK version; the server may send others.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<ReportingFrequency> values() {
    return KNOWN;
  }
}
