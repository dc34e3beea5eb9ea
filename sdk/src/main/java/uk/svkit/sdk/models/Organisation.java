package uk.svkit.sdk.models;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An organisation known to the service: a buyer (council, NHS trust), a supplier, or a VCFSE.
 *
 * <p>Instances read individually (get, create, update) carry the {@link #getETag() ETag} of the
 * version read, so they can be passed straight to {@code OrganisationsClient.updateOrganisation(
 * Organisation, UpdateOrganisationOptions)} for an optimistic-concurrency update. Items from a list
 * carry no ETag.
 */
public final class Organisation {

  // Fields mirror the JSON property names; the SDK binds them by field, so no setters exist.
  private String id;
  private String name;
  private List<String> roles;
  private String identifier;
  private List<String> otherIdentifiers;
  private long version;
  private OffsetDateTime createdAt;
  private OffsetDateTime updatedAt;
  // Comes from the ETag response header, not the body; transient keeps it out of JSON.
  private transient String eTag;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected Organisation() {}

  /**
   * Returns the service-assigned id.
   *
   * @return the id (a UUID string)
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the display name.
   *
   * @return the name
   */
  public String getName() {
    return name;
  }

  /**
   * Returns the roles the organisation plays.
   *
   * @return an unmodifiable list, possibly containing values unknown to this SDK version
   */
  public List<OrganisationRole> getRoles() {
    return ModelLists.map(roles, OrganisationRole::fromString);
  }

  /**
   * Returns the primary org-id identifier, such as {@code GB-LAE-WRL} or {@code GB-COH-01234567}.
   *
   * @return the identifier, or {@code null}
   */
  public String getIdentifier() {
    return identifier;
  }

  /**
   * Returns further org-id identifiers of the same organisation.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<String> getOtherIdentifiers() {
    return ModelLists.copy(otherIdentifiers);
  }

  /**
   * Returns the version number, incremented by every change.
   *
   * @return the version
   */
  public long getVersion() {
    return version;
  }

  /**
   * Returns when the organisation was created.
   *
   * @return the creation time (UTC)
   */
  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  /**
   * Returns when the organisation was last changed.
   *
   * @return the last change time (UTC)
   */
  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  /**
   * Returns the strong ETag of the version read, for {@code If-Match} on update.
   *
   * @return the ETag including its quotes, such as {@code "3"}, or {@code null} for list items
   */
  public String getETag() {
    return eTag;
  }

  @Override
  public String toString() {
    return "Organisation{id="
        + id
        + ", name="
        + name
        + ", roles="
        + roles
        + ", identifier="
        + identifier
        + ", version="
        + version
        + '}';
  }
}
