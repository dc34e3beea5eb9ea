package uk.svkit.sdk.models;

import java.util.List;

/**
 * A stage of the commissioning cycle a maturity statement belongs to.
 *
 * <p>An extensible string type rather than a Java {@code enum}: a value added by a newer server is
 * returned by {@link #fromString(String)} as a new instance instead of failing, so compare with
 * {@link #equals(Object)} and keep a default branch.
 */
public final class MaturityStage extends ExtensibleEnum {

  /** The {@code PLAN} value. */
  public static final MaturityStage PLAN = new MaturityStage("PLAN");

  /** The {@code PROCURE} value. */
  public static final MaturityStage PROCURE = new MaturityStage("PROCURE");

  /** The {@code MANAGE} value. */
  public static final MaturityStage MANAGE = new MaturityStage("MANAGE");

  /** The {@code REVIEW} value. */
  public static final MaturityStage REVIEW = new MaturityStage("REVIEW");

  private static final List<MaturityStage> KNOWN = List.of(PLAN, PROCURE, MANAGE, REVIEW);

  private MaturityStage(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for a value this SDK version does not
   * know.
   *
   * @param value the wire value, such as {@code "PLAN"}
   * @return the matching instance
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static MaturityStage fromString(String value) {
    return lookup(value, KNOWN, MaturityStage::new, MaturityStage.class);
  }

  /**
   * Returns the values known to this SDK version; the server may send others.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<MaturityStage> values() {
    return KNOWN;
  }
}
