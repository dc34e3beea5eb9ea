package uk.svkit.sdk.models;

import java.util.List;

/**
 * A VCFSE's annual income band. An extensible enumeration: values this SDK version does not know
 * are kept, not rejected.
 */
public final class IncomeBand extends ExtensibleEnum {

  /** UNDER_10K. */
  public static final IncomeBand UNDER_10K = new IncomeBand("UNDER_10K");

  /** FROM_10K_TO_100K. */
  public static final IncomeBand FROM_10K_TO_100K = new IncomeBand("FROM_10K_TO_100K");

  /** FROM_100K_TO_500K. */
  public static final IncomeBand FROM_100K_TO_500K = new IncomeBand("FROM_100K_TO_500K");

  /** FROM_500K_TO_1M. */
  public static final IncomeBand FROM_500K_TO_1M = new IncomeBand("FROM_500K_TO_1M");

  /** FROM_1M_TO_5M. */
  public static final IncomeBand FROM_1M_TO_5M = new IncomeBand("FROM_1M_TO_5M");

  /** OVER_5M. */
  public static final IncomeBand OVER_5M = new IncomeBand("OVER_5M");

  private static final List<IncomeBand> KNOWN =
      List.of(
          UNDER_10K, FROM_10K_TO_100K, FROM_100K_TO_500K, FROM_500K_TO_1M, FROM_1M_TO_5M, OVER_5M);

  private IncomeBand(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for an unknown one.
   *
   * @param value the wire value
   * @return the value, or {@code null} if {@code value} is {@code null}
   */
  public static IncomeBand fromString(String value) {
    return lookup(value, KNOWN, IncomeBand::new, IncomeBand.class);
  }

  /**
   * Returns the values this SDK version knows.
   *
   * @return an unmodifiable list
   */
  public static List<IncomeBand> values() {
    return KNOWN;
  }
}
