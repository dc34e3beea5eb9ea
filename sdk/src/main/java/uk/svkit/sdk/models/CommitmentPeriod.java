package uk.svkit.sdk.models;

import java.util.List;

/**
 * The period a committed quantity covers: the {@code WHOLE_CONTRACT}, each year of it ({@code
 * PER_YEAR}), or each quarter of it ({@code PER_QUARTER}, used by contract KPIs).
 *
 * <p>An extensible string type rather than a Java {@code enum}: a value added by a newer server is
 * returned by {@link #fromString(String)} as a new instance instead of failing, so compare with
 * {@link #equals(Object)} and keep a default branch.
 */
public final class CommitmentPeriod extends ExtensibleEnum {

  /** The {@code WHOLE_CONTRACT} value. */
  public static final CommitmentPeriod WHOLE_CONTRACT = new CommitmentPeriod("WHOLE_CONTRACT");

  /** The {@code PER_YEAR} value. */
  public static final CommitmentPeriod PER_YEAR = new CommitmentPeriod("PER_YEAR");

  /** The {@code PER_QUARTER} value: each quarter of the contract (contract KPIs). */
  public static final CommitmentPeriod PER_QUARTER = new CommitmentPeriod("PER_QUARTER");

  private static final List<CommitmentPeriod> KNOWN =
      List.of(WHOLE_CONTRACT, PER_YEAR, PER_QUARTER);

  private CommitmentPeriod(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for a value this SDK version does not
   * know.
   *
   * @param value the wire value, such as {@code "PER_YEAR"}
   * @return the matching instance
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static CommitmentPeriod fromString(String value) {
    return lookup(value, KNOWN, CommitmentPeriod::new, CommitmentPeriod.class);
  }

  /**
   * Returns the values known to this SDK version; the server may send others.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<CommitmentPeriod> values() {
    return KNOWN;
  }
}
