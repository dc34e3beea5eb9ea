package uk.svkit.sdk.models;

/** A named contact at a VCFSE; only shown to authenticated callers. */
public final class DirectoryContact {

  // Fields mirror the JSON property names; the SDK binds them by field, so no setters exist.
  private String name;
  private String role;
  private String email;
  private String phone;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected DirectoryContact() {}

  /**
   * Returns the name.
   *
   * @return the value, or {@code null}
   */
  public String getName() {
    return name;
  }

  /**
   * Returns the job role.
   *
   * @return the value, or {@code null}
   */
  public String getRole() {
    return role;
  }

  /**
   * Returns the email address.
   *
   * @return the value, or {@code null}
   */
  public String getEmail() {
    return email;
  }

  /**
   * Returns the telephone number.
   *
   * @return the value, or {@code null}
   */
  public String getPhone() {
    return phone;
  }
}
