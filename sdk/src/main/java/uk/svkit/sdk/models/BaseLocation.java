package uk.svkit.sdk.models;

/** Where a VCFSE is based: its postcode resolved to coordinates and a place. */
public final class BaseLocation {

  // Fields mirror the JSON property names; the SDK binds them by field, so no setters exist.
  private String postcode;
  private String placeCode;
  private double latitude;
  private double longitude;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected BaseLocation() {}

  /**
   * Returns the postcode or district as given, normalised.
   *
   * @return the value, or {@code null}
   */
  public String getPostcode() {
    return postcode;
  }

  /**
   * Returns the ONS code of the place the postcode is in.
   *
   * @return the value, or {@code null}
   */
  public String getPlaceCode() {
    return placeCode;
  }

  /**
   * Returns the latitude (WGS84).
   *
   * @return the value
   */
  public double getLatitude() {
    return latitude;
  }

  /**
   * Returns the longitude (WGS84).
   *
   * @return the value
   */
  public double getLongitude() {
    return longitude;
  }
}
