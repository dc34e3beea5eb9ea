package uk.svkit.sdk.models;

import java.util.List;

/**
 * Where a partnership delivery stands with the VCFSE: {@code PENDING} (not counted yet), {@code
 * CONFIRMED}, {@code ADJUSTED} (another quantity, with a reason) or {@code DISPUTED} (with a
 * reason, counting nothing).
 *
 * <p>An extensible string type rather than a Java {@code enum}: a value added by a newer server is
 * returned by {@link #fromString(String)} as a new instance instead of failing, so compare with
 * {@link #equals(Object)} and keep a default branch.
 *
 * @since 0.2.0
 */
public final class PartnershipDeliveryStatus extends ExtensibleEnum {

  /** The {@code PENDING} value. */
  public static final PartnershipDeliveryStatus PENDING = new PartnershipDeliveryStatus("PENDING");

  /** The {@code CONFIRMED} value. */
  public static final PartnershipDeliveryStatus CONFIRMED =
      new PartnershipDeliveryStatus("CONFIRMED");

  /** The {@code ADJUSTED} value. */
  public static final PartnershipDeliveryStatus ADJUSTED =
      new PartnershipDeliveryStatus("ADJUSTED");

  /** The {@code DISPUTED} value. */
  public static final PartnershipDeliveryStatus DISPUTED =
      new PartnershipDeliveryStatus("DISPUTED");

  private static final List<PartnershipDeliveryStatus> KNOWN =
      List.of(PENDING, CONFIRMED, ADJUSTED, DISPUTED);

  private PartnershipDeliveryStatus(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for a value this SDK version does not
   * know.
   *
   * @param value the wire value, such as {@code "CONFIRMED"}
   * @return the matching instance
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static PartnershipDeliveryStatus fromString(String value) {
    return lookup(value, KNOWN, PartnershipDeliveryStatus::new, PartnershipDeliveryStatus.class);
  }

  /**
   * Returns the values known to this SDK version; the server may send others.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<PartnershipDeliveryStatus> values() {
    return KNOWN;
  }
}
