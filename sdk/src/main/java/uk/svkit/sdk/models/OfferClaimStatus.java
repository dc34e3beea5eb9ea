package uk.svkit.sdk.models;

import java.util.List;

/**
 * A claim on an offer is CLAIMED until the offering business records the delivery, then DELIVERED.
 * An extensible enumeration: values this SDK version does not know are kept, not rejected.
 */
public final class OfferClaimStatus extends ExtensibleEnum {

  /** CLAIMED. */
  public static final OfferClaimStatus CLAIMED = new OfferClaimStatus("CLAIMED");

  /** DELIVERED. */
  public static final OfferClaimStatus DELIVERED = new OfferClaimStatus("DELIVERED");

  private static final List<OfferClaimStatus> KNOWN = List.of(CLAIMED, DELIVERED);

  private OfferClaimStatus(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for an unknown one.
   *
   * @param value the wire value
   * @return the value, or {@code null} if {@code value} is {@code null}
   */
  public static OfferClaimStatus fromString(String value) {
    return lookup(value, KNOWN, OfferClaimStatus::new, OfferClaimStatus.class);
  }

  /**
   * Returns the values this SDK version knows.
   *
   * @return an unmodifiable list
   */
  public static List<OfferClaimStatus> values() {
    return KNOWN;
  }
}
