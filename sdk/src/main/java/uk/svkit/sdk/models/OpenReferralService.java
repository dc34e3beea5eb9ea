package uk.svkit.sdk.models;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/**
 * An Open Referral UK 3.0 {@code service}: a VCFSE's work, one per directory profile, with the
 * profile's id. Lists carry its one-to-one fields and its organization; a single read (or {@code
 * full}) also its areas, location, themes and (for those working with the VCFSE) contacts.
 */
public final class OpenReferralService {

  private String id;

  @JsonbProperty("organization_id")
  private String organizationId;

  private String name;
  private String description;
  private String url;
  private String email;
  private String status;

  @JsonbProperty("last_modified")
  private java.time.OffsetDateTime lastModified;

  private OpenReferralOrganization organization;

  @JsonbProperty("service_areas")
  private List<OpenReferralServiceArea> serviceAreas;

  @JsonbProperty("service_at_locations")
  private List<OpenReferralServiceAtLocation> serviceAtLocations;

  private List<OpenReferralAttribute> attributes;
  private List<OpenReferralContact> contacts;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected OpenReferralService() {}

  /**
   * Returns the id (the VCFSE organisation's id).
   *
   * @return the id (the VCFSE organisation's id)
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the id of the organization that provides it.
   *
   * @return the id of the organization that provides it
   */
  public String getOrganizationId() {
    return organizationId;
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
   * Returns the description, or {@code null}.
   *
   * @return the description, or {@code null}
   */
  public String getDescription() {
    return description;
  }

  /**
   * Returns the website, or {@code null}.
   *
   * @return the website, or {@code null}
   */
  public String getUrl() {
    return url;
  }

  /**
   * Returns the contact email, present only for callers that may read contacts.
   *
   * @return the contact email, present only for callers that may read contacts
   */
  public String getEmail() {
    return email;
  }

  /**
   * Returns the status, {@code active}.
   *
   * @return the status, {@code active}
   */
  public String getStatus() {
    return status;
  }

  /**
   * Returns when the profile last changed, or {@code null}.
   *
   * @return when the profile last changed, or {@code null}
   */
  public java.time.OffsetDateTime getLastModified() {
    return lastModified;
  }

  /**
   * Returns the organization, or {@code null} where the record omits it.
   *
   * @return the organization, or {@code null} where the record omits it
   */
  public OpenReferralOrganization getOrganization() {
    return organization;
  }

  /**
   * Returns the areas served (empty in lists).
   *
   * @return the areas served (empty in lists)
   */
  public List<OpenReferralServiceArea> getServiceAreas() {
    return serviceAreas == null ? List.of() : List.copyOf(serviceAreas);
  }

  /**
   * Returns the service at its base location (empty in lists).
   *
   * @return the service at its base location (empty in lists)
   */
  public List<OpenReferralServiceAtLocation> getServiceAtLocations() {
    return serviceAtLocations == null ? List.of() : List.copyOf(serviceAtLocations);
  }

  /**
   * Returns the themes, as taxonomy terms (empty in lists).
   *
   * @return the themes, as taxonomy terms (empty in lists)
   */
  public List<OpenReferralAttribute> getAttributes() {
    return attributes == null ? List.of() : List.copyOf(attributes);
  }

  /**
   * Returns the contacts, for callers that may read them (otherwise empty).
   *
   * @return the contacts, for callers that may read them (otherwise empty)
   */
  public List<OpenReferralContact> getContacts() {
    return contacts == null ? List.of() : List.copyOf(contacts);
  }

  @Override
  public String toString() {
    return "OpenReferralService{id=" + id + "}";
  }
}
