package uk.svkit.sdk.models;

import java.util.List;

/**
 * Whether a signature stands ({@code ACTIVE}), was {@code WITHDRAWN}, or was recorded by the
 * programme's administrators on the organisation's behalf and awaits its confirmation ({@code
 * PENDING}, shown only to that organisation and platform admins).
 *
 * <p>An extensible string type rather than a Java {@code enum}: a value added by a newer server is
 * returned by {@link #fromString(String)} as a new instance instead of failing, so compare with
 * {@link #equals(Object)} and keep a default branch.
 *
 * @since 0.1.0
 */
public final class SignatureStatus extends ExtensibleEnum {

  /** The {@code ACTIVE} value. */
  public static final SignatureStatus ACTIVE = new SignatureStatus("ACTIVE");

  /** The {@code WITHDRAWN} value. */
  public static final SignatureStatus WITHDRAWN = new SignatureStatus("WITHDRAWN");

  /**
   * The {@code PENDING} value: recorded on the organisation's behalf, not public until it confirms
   * it with {@code RecognitionsClient.confirmSignature}.
   */
  public static final SignatureStatus PENDING = new SignatureStatus("PENDING");

  private static final List<SignatureStatus> KNOWN = List.of(ACTIVE, WITHDRAWN, PENDING);

  private SignatureStatus(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for a value this SDK version does not
   * know.
   *
   * @param value the wire value, such as {@code "ACTIVE"}
   * @return the matching instance
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static SignatureStatus fromString(String value) {
    return lookup(value, KNOWN, SignatureStatus::new, SignatureStatus.class);
  }

  /**
   * Returns the values known to this SDK version; the server may send others.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<SignatureStatus> values() {
    return KNOWN;
  }
}
