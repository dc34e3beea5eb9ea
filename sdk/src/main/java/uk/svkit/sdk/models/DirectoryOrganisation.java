package uk.svkit.sdk.models;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A VCFSE's directory profile. Read individually it carries the ETag needed to replace or verify
 * it; contacts are present only for authenticated callers.
 */
public final class DirectoryOrganisation {

  // Fields mirror the JSON property names; the SDK binds them by field, so no setters exist.
  private String id;
  private String name;
  private String identifier;
  private String legalForm;
  private String description;
  private String website;
  private String incomeBand;
  private List<String> themes;
  private List<String> beneficiaryGroups;
  private List<String> placesServed;
  private BaseLocation base;
  private boolean exactLocationPublic;
  private String verificationStatus;
  private OffsetDateTime verifiedAt;
  private List<DirectoryContact> contacts;
  private long version;
  private OffsetDateTime createdAt;
  private OffsetDateTime updatedAt;
  // Comes from the ETag response header, not the body; transient keeps it out of JSON.
  private transient String eTag;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected DirectoryOrganisation() {}

  /**
   * Returns the organisation's id.
   *
   * @return the value, or {@code null}
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the organisation's name.
   *
   * @return the value, or {@code null}
   */
  public String getName() {
    return name;
  }

  /**
   * Returns the org-id identifier.
   *
   * @return the value, or {@code null}
   */
  public String getIdentifier() {
    return identifier;
  }

  /**
   * Returns the legal form.
   *
   * @return the value, possibly one unknown to this SDK version, or {@code null}
   */
  public LegalForm getLegalForm() {
    return LegalForm.fromString(legalForm);
  }

  /**
   * Returns the description.
   *
   * @return the value, or {@code null}
   */
  public String getDescription() {
    return description;
  }

  /**
   * Returns the website.
   *
   * @return the value, or {@code null}
   */
  public String getWebsite() {
    return website;
  }

  /**
   * Returns the income band.
   *
   * @return the value, possibly one unknown to this SDK version, or {@code null}
   */
  public IncomeBand getIncomeBand() {
    return IncomeBand.fromString(incomeBand);
  }

  /**
   * Returns the theme codes.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<String> getThemes() {
    return ModelLists.copy(themes);
  }

  /**
   * Returns the beneficiary groups.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<String> getBeneficiaryGroups() {
    return ModelLists.copy(beneficiaryGroups);
  }

  /**
   * Returns the ONS codes of the places served.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<String> getPlacesServed() {
    return ModelLists.copy(placesServed);
  }

  /**
   * Returns the base location.
   *
   * @return the value, or {@code null}
   */
  public BaseLocation getBase() {
    return base;
  }

  /**
   * Returns whether the VCFSE publishes its base at its exact point; if not, the base's coordinates
   * are its postcode district's centroid, and its postcode is the district unless the caller may
   * see the contacts.
   *
   * @return the value
   * @since 0.1.0
   */
  public boolean isExactLocationPublic() {
    return exactLocationPublic;
  }

  /**
   * Returns whether a platform admin verified the profile as it stands.
   *
   * @return the value, possibly one unknown to this SDK version, or {@code null}
   */
  public VerificationStatus getVerificationStatus() {
    return VerificationStatus.fromString(verificationStatus);
  }

  /**
   * Returns when it was verified.
   *
   * @return the value, or {@code null}
   */
  public OffsetDateTime getVerifiedAt() {
    return verifiedAt;
  }

  /**
   * Returns the contacts (empty for anonymous callers).
   *
   * @return an unmodifiable list, empty if none
   */
  public List<DirectoryContact> getContacts() {
    return ModelLists.copy(contacts);
  }

  /**
   * Returns the version number.
   *
   * @return the value
   */
  public long getVersion() {
    return version;
  }

  /**
   * Returns when the profile was created.
   *
   * @return the value, or {@code null}
   */
  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  /**
   * Returns when it last changed.
   *
   * @return the value, or {@code null}
   */
  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  /**
   * Returns the ETag of the version read, for conditional updates.
   *
   * @return the ETag, or {@code null} for items from a list or search
   */
  public String getETag() {
    return eTag;
  }
}
