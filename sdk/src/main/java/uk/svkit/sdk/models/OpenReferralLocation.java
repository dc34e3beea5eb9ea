package uk.svkit.sdk.models;

import jakarta.json.bind.annotation.JsonbProperty;

/** An ORUK {@code location}: a VCFSE's base, by postcode and its coordinates. */
public final class OpenReferralLocation {

  private String id;

  @JsonbProperty("location_type")
  private String locationType;

  private String name;
  private String description;
  private Double latitude;
  private Double longitude;

  @JsonbProperty("external_identifier")
  private String externalIdentifier;

  @JsonbProperty("external_identifier_type")
  private String externalIdentifierType;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected OpenReferralLocation() {}

  /**
   * Returns the id.
   *
   * @return the id
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the type, {@code physical}.
   *
   * @return the type, {@code physical}
   */
  public String getLocationType() {
    return locationType;
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
   * Returns the description.
   *
   * @return the description
   */
  public String getDescription() {
    return description;
  }

  /**
   * Returns the latitude, or {@code null}.
   *
   * @return the latitude, or {@code null}
   */
  public Double getLatitude() {
    return latitude;
  }

  /**
   * Returns the longitude, or {@code null}.
   *
   * @return the longitude, or {@code null}
   */
  public Double getLongitude() {
    return longitude;
  }

  /**
   * Returns the postcode.
   *
   * @return the postcode
   */
  public String getExternalIdentifier() {
    return externalIdentifier;
  }

  /**
   * Returns the kind of external identifier, {@code postcode}.
   *
   * @return the kind of external identifier, {@code postcode}
   */
  public String getExternalIdentifierType() {
    return externalIdentifierType;
  }

  @Override
  public String toString() {
    return "OpenReferralLocation{id=" + id + "}";
  }
}
