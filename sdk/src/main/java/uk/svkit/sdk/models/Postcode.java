package uk.svkit.sdk.models;

import java.time.OffsetDateTime;

/**
 * A full postcode (such as {@code CH41 5AB}) from the postcode directory a deployment imported,
 * with its coordinates and local authority.
 */
public final class Postcode {

  private String postcode;
  private Double latitude;
  private Double longitude;
  private String placeCode;
  private OffsetDateTime importedAt;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected Postcode() {}

  /**
   * Returns the postcode, upper case with one space before the inward code.
   *
   * @return the postcode, such as {@code CH41 5AB}
   */
  public String getPostcode() {
    return postcode;
  }

  /**
   * Returns the latitude (WGS84).
   *
   * @return the latitude
   */
  public Double getLatitude() {
    return latitude;
  }

  /**
   * Returns the longitude (WGS84).
   *
   * @return the longitude
   */
  public Double getLongitude() {
    return longitude;
  }

  /**
   * Returns the ONS code of the local authority the postcode lies in.
   *
   * @return the place code, such as {@code E08000015}, or {@code null}
   */
  public String getPlaceCode() {
    return placeCode;
  }

  /**
   * Returns when the postcode was last imported.
   *
   * @return the import time
   */
  public OffsetDateTime getImportedAt() {
    return importedAt;
  }

  @Override
  public String toString() {
    return "Postcode{postcode="
        + postcode
        + ", latitude="
        + latitude
        + ", longitude="
        + longitude
        + ", placeCode="
        + placeCode
        + '}';
  }
}
