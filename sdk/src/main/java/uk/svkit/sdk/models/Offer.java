package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A business's offer on the noticeboard. Read individually (or as returned by a change) it carries
 * its ETag.
 */
public final class Offer {

  // Fields mirror the JSON property names; the SDK binds them by field, so no setters exist.
  private String id;
  private String organisationId;
  private String organisationName;
  private String supportType;
  private String title;
  private String description;
  private BigDecimal quantity;
  private String unit;
  private BigDecimal claimedQuantity;
  private BigDecimal deliveredQuantity;
  private BigDecimal remainingQuantity;
  private String placeCode;
  private String postcode;
  private Double latitude;
  private Double longitude;
  private LocalDate expiresOn;
  private boolean expired;
  private String status;
  private int claimCount;
  private Double distanceKm;
  private long version;
  private OffsetDateTime createdAt;
  private OffsetDateTime updatedAt;
  // Comes from the ETag response header, not the body; transient keeps it out of JSON.
  private transient String eTag;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected Offer() {}

  /**
   * Returns the id.
   *
   * @return the value, or {@code null}
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the id of the business that posted it.
   *
   * @return the value, or {@code null}
   */
  public String getOrganisationId() {
    return organisationId;
  }

  /**
   * Returns that business's name.
   *
   * @return the value, or {@code null}
   */
  public String getOrganisationName() {
    return organisationName;
  }

  /**
   * Returns the kind of support offered.
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
   * Returns the quantity offered.
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
   * Returns the quantity claimed so far.
   *
   * @return the value, or {@code null}
   */
  public BigDecimal getClaimedQuantity() {
    return claimedQuantity;
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
   * Returns the quantity still on offer.
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
   * Returns the postcode the support is given at.
   *
   * @return the value, or {@code null}
   */
  public String getPostcode() {
    return postcode;
  }

  /**
   * Returns the latitude of its postcode.
   *
   * @return the value, or {@code null}
   */
  public Double getLatitude() {
    return latitude;
  }

  /**
   * Returns the longitude of its postcode.
   *
   * @return the value, or {@code null}
   */
  public Double getLongitude() {
    return longitude;
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
  public OfferStatus getStatus() {
    return OfferStatus.fromString(status);
  }

  /**
   * Returns how many claims it has.
   *
   * @return the value
   */
  public int getClaimCount() {
    return claimCount;
  }

  /**
   * Returns the distance in km from the search centre to its postcode, in searches near a point.
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

  @Override
  public String toString() {
    return "Offer{id=" + id + ", status=" + status + '}';
  }
}
