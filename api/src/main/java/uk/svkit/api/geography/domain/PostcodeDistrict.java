package uk.svkit.api.geography.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A postcode district (outcode, e.g. CH41) with its approximate centroid and main place. */
@Entity
@Table(name = "dir_postcode_district")
public class PostcodeDistrict {
  @Id
  @Column(name = "outcode", length = 4)
  private String outcode;

  @Column(name = "latitude", nullable = false)
  private double latitude;

  @Column(name = "longitude", nullable = false)
  private double longitude;

  @Column(name = "place_code", length = 9)
  private String placeCode;

  protected PostcodeDistrict() {}

  public String outcode() {
    return outcode;
  }

  public double latitude() {
    return latitude;
  }

  public double longitude() {
    return longitude;
  }

  public String placeCode() {
    return placeCode;
  }
}
