package uk.svkit.sdk.models;

/** A postcode district (outward code, such as {@code CH41}) with its centroid and place. */
public final class PostcodeDistrict {

  private String outcode;
  private Double latitude;
  private Double longitude;
  private String placeCode;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected PostcodeDistrict() {}

  /**
   * Returns the outward code.
   *
   * @return the outcode, such as {@code CH41}
   */
  public String getOutcode() {
    return outcode;
  }

  /**
   * Returns the centroid latitude (WGS84).
   *
   * @return the latitude, or {@code null} if unknown
   */
  public Double getLatitude() {
    return latitude;
  }

  /**
   * Returns the centroid longitude (WGS84).
   *
   * @return the longitude, or {@code null} if unknown
   */
  public Double getLongitude() {
    return longitude;
  }

  /**
   * Returns the code of the place the district lies in.
   *
   * @return the place code, such as {@code E08000015}, or {@code null}
   */
  public String getPlaceCode() {
    return placeCode;
  }

  @Override
  public String toString() {
    return "PostcodeDistrict{outcode="
        + outcode
        + ", latitude="
        + latitude
        + ", longitude="
        + longitude
        + ", placeCode="
        + placeCode
        + '}';
  }
}
