package uk.svkit.api.geography.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A full postcode ({@code CH41 5AB}) with its coordinates and local authority, as loaded from a
 * postcode directory. Read-only here: {@code PostcodeImport} writes the table in bulk over JDBC.
 */
@Entity
@Table(name = "dir_postcode")
public class Postcode {
  @Id
  @Column(name = "postcode", length = 8)
  private String postcode;

  @Column(name = "latitude", nullable = false)
  private double latitude;

  @Column(name = "longitude", nullable = false)
  private double longitude;

  @Column(name = "place_code", length = 9)
  private String placeCode;

  @Column(name = "imported_at", nullable = false)
  private OffsetDateTime importedAt;

  protected Postcode() {}

  public String postcode() {
    return postcode;
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

  public OffsetDateTime importedAt() {
    return importedAt;
  }
}
