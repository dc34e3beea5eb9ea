package uk.svkit.sdk.models;

import java.util.List;

/**
 * The receiving VCFSE's word on a recorded delivery: {@code AWAITING_CONFIRMATION} until it
 * answers, then {@code CONFIRMED}, {@code ADJUSTED} (a smaller quantity accepted) or {@code
 * DISPUTED}. Only confirmed and adjusted deliveries count.
 *
 * <p>An extensible string type rather than a Java {@code enum}: a value added by a newer server is
 * returned by {@link #fromString(String)} as a new instance instead of failing, so compare with
 * {@link #equals(Object)} and keep a default branch.
 */
public final class DeliveryStatus extends ExtensibleEnum {

  /** The {@code AWAITING_CONFIRMATION} value. */
  public static final DeliveryStatus AWAITING_CONFIRMATION =
      new DeliveryStatus("AWAITING_CONFIRMATION");

  /** The {@code CONFIRMED} value. */
  public static final DeliveryStatus CONFIRMED = new DeliveryStatus("CONFIRMED");

  /** The {@code ADJUSTED} value. */
  public static final DeliveryStatus ADJUSTED = new DeliveryStatus("ADJUSTED");

  /** The {@code DISPUTED} value. */
  public static final DeliveryStatus DISPUTED = new DeliveryStatus("DISPUTED");

  private static final List<DeliveryStatus> KNOWN =
      List.of(AWAITING_CONFIRMATION, CONFIRMED, ADJUSTED, DISPUTED);

  private DeliveryStatus(String value) {
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
  public static DeliveryStatus fromString(String value) {
    return lookup(value, KNOWN, DeliveryStatus::new, DeliveryStatus.class);
  }

  /**
   * Returns the values known to this SDK version; the server may send others.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<DeliveryStatus> values() {
    return KNOWN;
  }
}
