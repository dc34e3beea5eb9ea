package uk.svkit.sdk.models;

import java.util.List;

/**
 * Which quantities a contract's value counts: the {@code validated} returns only, everything {@code
 * claimed} (submitted or validated, not superseded), or the {@code committed} targets. Sent as the
 * {@code basis} query parameter of {@code ContractsClient.getContractValue}; unlike the JSON enums,
 * its wire values are lower case, as the API defines them.
 *
 * <p>An extensible string type rather than a Java {@code enum}: a value added by a newer server is
 * returned by {@link #fromString(String)} as a new instance instead of failing, so compare with
 * {@link #equals(Object)} and keep a default branch.
 */
public final class ValueBasis extends ExtensibleEnum {

  /** The {@code validated} value: validated returns only. */
  public static final ValueBasis VALIDATED = new ValueBasis("validated");

  /** The {@code claimed} value: submitted and validated returns, not superseded. */
  public static final ValueBasis CLAIMED = new ValueBasis("claimed");

  /** The {@code committed} value: the KPIs' whole-contract targets, as promised. */
  public static final ValueBasis COMMITTED = new ValueBasis("committed");

  private static final List<ValueBasis> KNOWN = List.of(VALIDATED, CLAIMED, COMMITTED);

  private ValueBasis(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for a value this SDK version does not
   * know.
   *
   * @param value the wire value, such as {@code "validated"}
   * @return the matching instance
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static ValueBasis fromString(String value) {
    return lookup(value, KNOWN, ValueBasis::new, ValueBasis.class);
  }

  /**
   * Returns the values known to this SDK version; the server may send others.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<ValueBasis> values() {
    return KNOWN;
  }
}
