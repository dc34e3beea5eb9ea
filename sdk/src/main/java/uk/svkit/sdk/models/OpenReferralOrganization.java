package uk.svkit.sdk.models;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/** An Open Referral UK 3.0 {@code organization}: a VCFSE in the directory. */
public final class OpenReferralOrganization {

  private String id;
  private String name;
  private String description;
  private String website;

  @JsonbProperty("organization_identifiers")
  private List<OpenReferralOrganizationIdentifier> organizationIdentifiers;

  private List<OpenReferralAttribute> attributes;
  private List<OpenReferralService> services;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected OpenReferralOrganization() {}

  /**
   * Returns the id (the organisation's svkit id).
   *
   * @return the id (the organisation's svkit id)
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  public String getName() {
    return name;
  }

  /**
   * Returns the description (may be empty).
   *
   * @return the description (may be empty)
   */
  public String getDescription() {
    return description;
  }

  /**
   * Returns the website, or {@code null}.
   *
   * @return the website, or {@code null}
   */
  public String getWebsite() {
    return website;
  }

  /**
   * Returns the org-id identifiers, such as its charity number.
   *
   * @return the org-id identifiers, such as its charity number
   */
  public List<OpenReferralOrganizationIdentifier> getOrganizationIdentifiers() {
    return organizationIdentifiers == null ? List.of() : List.copyOf(organizationIdentifiers);
  }

  /**
   * Returns the legal form and income band, as taxonomy terms.
   *
   * @return the legal form and income band, as taxonomy terms
   */
  public List<OpenReferralAttribute> getAttributes() {
    return attributes == null ? List.of() : List.copyOf(attributes);
  }

  /**
   * Returns the fully nested services, when asked for with {@code full_service} (otherwise empty).
   *
   * @return the fully nested services, when asked for with {@code full_service} (otherwise empty)
   */
  public List<OpenReferralService> getServices() {
    return services == null ? List.of() : List.copyOf(services);
  }

  @Override
  public String toString() {
    return "OpenReferralOrganization{id=" + id + "}";
  }
}
