package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A need on the noticeboard. Read individually (or as returned by a change) it carries its ETag.
 */
public final class Need {

  // Fields mirror the JSON property names; the SDK binds them by field, so no setters exist.
  private String id;
  private String organisationId;
  private String organisationName;
  private String supportType;
  private String title;
  private String description;
  private BigDecimal quantity;
  private String unit;
  private BigDecimal pledgedQuantity;
  private BigDecimal deliveredQuantity;
  private BigDecimal remainingQuantity;
  private String placeCode;
  private LocalDate expiresOn;
  private boolean expired;
  private String status;
  private Double distanceKm;
  private long version;
  private OffsetDateTime createdAt;
  private OffsetDateTime updatedAt;
  // Comes from the ETag response header, not the body; transient keeps it out of JSON.
  private transient String eTag;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected Need() {}

  /**
   * Returns the id.
   *
   * @return the value, or {@code null}
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the id of the VCFSE that posted it.
   *
   * @return the value, or {@code null}
   */
  public String getOrganisationId() {
    return organisationId;
  }

  /**
   * Returns that VCFSE's name.
   *
   * @return the value, or {@code null}
   */
  public String getOrganisationName() {
    return organisationName;
  }

  /**
   * Returns the kind of support asked for.
   *
   * @return the value, possibly one unknown to this SDK version, or {@code null}
   */
  public SupportType getSupportType() {
    return SupportType.fromString(supportType);
  }

  /**
   * Returns the title.
   *
   * @return the value, or {@code null}
   */
  public String getTitle() {
    return title;
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
   * Returns the quantity asked for, if the need has one.
   *
   * @return the value, or {@code null}
   */
  public BigDecimal getQuantity() {
    return quantity;
  }

  /**
   * Returns the unit of the quantity.
   *
   * @return the value, or {@code null}
   */
  public String getUnit() {
    return unit;
  }

  /**
   * Returns the quantity pledged so far.
   *
   * @return the value, or {@code null}
   */
  public BigDecimal getPledgedQuantity() {
    return pledgedQuantity;
  }

  /**
   * Returns the quantity delivered so far.
   *
   * @return the value, or {@code null}
   */
  public BigDecimal getDeliveredQuantity() {
    return deliveredQuantity;
  }

  /**
   * Returns the quantity still asked for.
   *
   * @return the value, or {@code null}
   */
  public BigDecimal getRemainingQuantity() {
    return remainingQuantity;
  }

  /**
   * Returns the ONS code of its place.
   *
   * @return the value, or {@code null}
   */
  public String getPlaceCode() {
    return placeCode;
  }

  /**
   * Returns the last day it is listed.
   *
   * @return the value, or {@code null}
   */
  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  /**
   * Returns whether it is past its expiry date.
   *
   * @return the value
   */
  public boolean isExpired() {
    return expired;
  }

  /**
   * Returns the status.
   *
   * @return the value, possibly one unknown to this SDK version, or {@code null}
   */
  public NeedStatus getStatus() {
    return NeedStatus.fromString(status);
  }

  /**
   * Returns the distance in km from the search centre to its VCFSE, in searches near a point.
   *
   * @return the value, or {@code null}
   */
  public Double getDistanceKm() {
    return distanceKm;
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
   * Returns when it was posted.
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
