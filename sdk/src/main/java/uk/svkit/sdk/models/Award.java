package uk.svkit.sdk.models;

import java.time.LocalDate;

/**
 * An award as the public sees it: who holds it, from when and until when; no evidence or reasons.
 * Current from {@link #getAwardedOn()} up to and including the day before {@link #getExpiresOn()}.
 *
 * @since 0.1.0
 */
public final class Award {

  private String id;
  private String programmeId;
  private String programmeCode;
  private String programmeName;
  private String programmeVersion;
  private String organisationId;
  private String organisationName;
  private String organisationIdentifier;
  private String placeCode;
  private String sector;
  private LocalDate awardedOn;
  private LocalDate expiresOn;
  private String status;
  private String renewalOf;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected Award() {}

  /**
   * Returns the award's id (the awarded application's).
   *
   * @return the id
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the award scheme.
   *
   * @return its id
   */
  public String getProgrammeId() {
    return programmeId;
  }

  /**
   * Returns the scheme's code.
   *
   * @return the code
   */
  public String getProgrammeCode() {
    return programmeCode;
  }

  /**
   * Returns the scheme's name.
   *
   * @return the name
   */
  public String getProgrammeName() {
    return programmeName;
  }

  /**
   * Returns the version of the scheme awarded.
   *
   * @return the version
   */
  public String getProgrammeVersion() {
    return programmeVersion;
  }

  /**
   * Returns the holder.
   *
   * @return its id
   */
  public String getOrganisationId() {
    return organisationId;
  }

  /**
   * Returns the holder's name.
   *
   * @return the value, or {@code null} if absent
   */
  public String getOrganisationName() {
    return organisationName;
  }

  /**
   * Returns the holder's org-id identifier.
   *
   * @return the value, or {@code null} if absent
   */
  public String getOrganisationIdentifier() {
    return organisationIdentifier;
  }

  /**
   * Returns the holder's place, an ONS local authority code.
   *
   * @return the value, or {@code null} if absent
   */
  public String getPlaceCode() {
    return placeCode;
  }

  /**
   * Returns the holder's sector.
   *
   * @return the sector
   */
  public Sector getSector() {
    return sector == null ? null : Sector.fromString(sector);
  }

  /**
   * Returns the decision date, from which the award runs.
   *
   * @return the date
   */
  public LocalDate getAwardedOn() {
    return awardedOn;
  }

  /**
   * Returns the first day the award is no longer current.
   *
   * @return the date
   */
  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  /**
   * Returns whether the award is current on the day asked about.
   *
   * @return the status
   */
  public AwardStatus getStatus() {
    return status == null ? null : AwardStatus.fromString(status);
  }

  /**
   * Returns the award this one renews.
   *
   * @return its id, or {@code null}
   */
  public String getRenewalOf() {
    return renewalOf;
  }

  @Override
  public String toString() {
    return "Award{"
        + "id="
        + id
        + ", "
        + "programmeCode="
        + programmeCode
        + ", "
        + "organisationId="
        + organisationId
        + ", "
        + "awardedOn="
        + awardedOn
        + ", "
        + "expiresOn="
        + expiresOn
        + '}';
  }
}
