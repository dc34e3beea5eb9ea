package uk.svkit.sdk.models;

import java.util.List;

/**
 * Where an offer is in its life: OPEN, PARTLY_TAKEN (claims take part of it; still listed), TAKEN
 * (claims take all of it), DELIVERED (deliveries cover it), CLOSED. An extensible enumeration:
 * values this SDK version does not know are kept, not rejected.
 */
public final class OfferStatus extends ExtensibleEnum {

  /** OPEN. */
  public static final OfferStatus OPEN = new OfferStatus("OPEN");

  /** PARTLY_TAKEN. */
  public static final OfferStatus PARTLY_TAKEN = new OfferStatus("PARTLY_TAKEN");

  /** TAKEN. */
  public static final OfferStatus TAKEN = new OfferStatus("TAKEN");

  /** DELIVERED. */
  public static final OfferStatus DELIVERED = new OfferStatus("DELIVERED");

  /** CLOSED. */
  public static final OfferStatus CLOSED = new OfferStatus("CLOSED");

  private static final List<OfferStatus> KNOWN =
      List.of(OPEN, PARTLY_TAKEN, TAKEN, DELIVERED, CLOSED);

  private OfferStatus(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for an unknown one.
   *
   * @param value the wire value
   * @return the value, or {@code null} if {@code value} is {@code null}
   */
  public static OfferStatus fromString(String value) {
    return lookup(value, KNOWN, OfferStatus::new, OfferStatus.class);
  }

  /**
   * Returns the values this SDK version knows.
   *
   * @return an unmodifiable list
   */
  public static List<OfferStatus> values() {
    return KNOWN;
  }
}
