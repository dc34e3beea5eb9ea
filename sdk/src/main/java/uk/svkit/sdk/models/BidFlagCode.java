package uk.svkit.sdk.models;

import java.util.List;

/**
 * Why the evaluation draws attention to a bid: a commitment valued above the contract value, a
 * quantity far from those of the other bids, a question whose evaluators disagree, or a question
 * not yet scored.
 *
 * <p>An extensible string type rather than a Java {@code enum}: a value added by a newer server is
 * returned by {@link #fromString(String)} as a new instance instead of failing, so compare with
 * {@link #equals(Object)} and keep a default branch.
 */
public final class BidFlagCode extends ExtensibleEnum {

  /** The {@code VALUE_EXCEEDS_CONTRACT_VALUE} value. */
  public static final BidFlagCode VALUE_EXCEEDS_CONTRACT_VALUE =
      new BidFlagCode("VALUE_EXCEEDS_CONTRACT_VALUE");

  /** The {@code QUANTITY_OUTLIER} value. */
  public static final BidFlagCode QUANTITY_OUTLIER = new BidFlagCode("QUANTITY_OUTLIER");

  /** The {@code NEEDS_MODERATION} value. */
  public static final BidFlagCode NEEDS_MODERATION = new BidFlagCode("NEEDS_MODERATION");

  /** The {@code UNSCORED} value. */
  public static final BidFlagCode UNSCORED = new BidFlagCode("UNSCORED");

  private static final List<BidFlagCode> KNOWN =
      List.of(VALUE_EXCEEDS_CONTRACT_VALUE, QUANTITY_OUTLIER, NEEDS_MODERATION, UNSCORED);

  private BidFlagCode(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for a value this SDK version does not
   * know.
   *
   * @param value the wire value, such as {@code "NEEDS_MODERATION"}
   * @return the matching instance
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static BidFlagCode fromString(String value) {
    return lookup(value, KNOWN, BidFlagCode::new, BidFlagCode.class);
  }

  /**
   * Returns the values known to this SDK version; the server may send others.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<BidFlagCode> values() {
    return KNOWN;
  }
}
