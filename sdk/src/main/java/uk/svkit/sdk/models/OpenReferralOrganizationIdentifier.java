package uk.svkit.sdk.models;

import jakarta.json.bind.annotation.JsonbProperty;

/** An identifier of an ORUK organization in a register, such as {@code GB-CHC} {@code 1234567}. */
public final class OpenReferralOrganizationIdentifier {

  private String id;

  @JsonbProperty("organization_id")
  private String organizationId;

  @JsonbProperty("identifier_scheme")
  private String identifierScheme;

  @JsonbProperty("identifier_type")
  private String identifierType;

  private String identifier;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected OpenReferralOrganizationIdentifier() {}

  /**
   * Returns the id.
   *
   * @return the id
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the organization's id.
   *
   * @return the organization's id
   */
  public String getOrganizationId() {
    return organizationId;
  }

  /**
   * Returns the org-id scheme, such as {@code GB-CHC}.
   *
   * @return the org-id scheme, such as {@code GB-CHC}
   */
  public String getIdentifierScheme() {
    return identifierScheme;
  }

  /**
   * Returns the scheme's name.
   *
   * @return the scheme's name
   */
  public String getIdentifierType() {
    return identifierType;
  }

  /**
   * Returns the identifier within the scheme.
   *
   * @return the identifier within the scheme
   */
  public String getIdentifier() {
    return identifier;
  }

  @Override
  public String toString() {
    return "OpenReferralOrganizationIdentifier{id=" + id + "}";
  }
}
