package uk.svkit.sdk.models;

import java.util.List;

/**
 * A pledge is PLEDGED until its business records the delivery. An extensible enumeration: values
 * this SDK version does not know are kept, not rejected.
 */
public final class PledgeStatus extends ExtensibleEnum {

  /** PLEDGED. */
  public static final PledgeStatus PLEDGED = new PledgeStatus("PLEDGED");

  /** DELIVERED. */
  public static final PledgeStatus DELIVERED = new PledgeStatus("DELIVERED");

  private static final List<PledgeStatus> KNOWN = List.of(PLEDGED, DELIVERED);

  private PledgeStatus(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for an unknown one.
   *
   * @param value the wire value
   * @return the value, or {@code null} if {@code value} is {@code null}
   */
  public static PledgeStatus fromString(String value) {
    return lookup(value, KNOWN, PledgeStatus::new, PledgeStatus.class);
  }

  /**
   * Returns the values this SDK version knows.
   *
   * @return an unmodifiable list
   */
  public static List<PledgeStatus> values() {
    return KNOWN;
  }
}
