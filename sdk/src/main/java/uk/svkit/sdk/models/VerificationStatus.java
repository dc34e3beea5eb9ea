package uk.svkit.sdk.models;

import java.util.List;

/**
 * Whether a platform admin has checked a profile since it last changed. An extensible enumeration:
 * values this SDK version does not know are kept, not rejected.
 */
public final class VerificationStatus extends ExtensibleEnum {

  /** UNVERIFIED. */
  public static final VerificationStatus UNVERIFIED = new VerificationStatus("UNVERIFIED");

  /** VERIFIED. */
  public static final VerificationStatus VERIFIED = new VerificationStatus("VERIFIED");

  private static final List<VerificationStatus> KNOWN = List.of(UNVERIFIED, VERIFIED);

  private VerificationStatus(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for an unknown one.
   *
   * @param value the wire value
   * @return the value, or {@code null} if {@code value} is {@code null}
   */
  public static VerificationStatus fromString(String value) {
    return lookup(value, KNOWN, VerificationStatus::new, VerificationStatus.class);
  }

  /**
   * Returns the values this SDK version knows.
   *
   * @return an unmodifiable list
   */
  public static List<VerificationStatus> values() {
    return KNOWN;
  }
}
