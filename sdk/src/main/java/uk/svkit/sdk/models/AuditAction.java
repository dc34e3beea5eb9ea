package uk.svkit.sdk.models;

import java.util.List;

/**
 * What happened to an audited entity.
 *
 * <p>An extensible string type rather than a Java {@code enum}: a value added by a newer server is
 * returned by {@link #fromString(String)} as a new instance instead of failing, so compare with
 * {@link #equals(Object)} and keep a default branch.
 */
public final class AuditAction extends ExtensibleEnum {

  /** The {@code CREATED} value. */
  public static final AuditAction CREATED = new AuditAction("CREATED");

  /** The {@code UPDATED} value. */
  public static final AuditAction UPDATED = new AuditAction("UPDATED");

  /** The {@code DELETED} value. */
  public static final AuditAction DELETED = new AuditAction("DELETED");

  private static final List<AuditAction> KNOWN = List.of(CREATED, UPDATED, DELETED);

  private AuditAction(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for a value this SDK version does not
   * know.
   *
   * @param value the wire value, such as {@code "CREATED"}
   * @return the matching instance
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static AuditAction fromString(String value) {
    return lookup(value, KNOWN, AuditAction::new, AuditAction.class);
  }

  /**
   * Returns the values known to this SDK version; the server may send others.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<AuditAction> values() {
    return KNOWN;
  }
}
