package uk.svkit.sdk.models;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * An ORUK {@code service_at_location}: a service at its base location (one per profile with a base
 * postcode, with the profile's id).
 */
public final class OpenReferralServiceAtLocation {

  private String id;

  @JsonbProperty("service_id")
  private String serviceId;

  @JsonbProperty("location_id")
  private String locationId;

  private OpenReferralLocation location;
  private OpenReferralService service;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected OpenReferralServiceAtLocation() {}

  /**
   * Returns the id.
   *
   * @return the id
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the service's id.
   *
   * @return the service's id
   */
  public String getServiceId() {
    return serviceId;
  }

  /**
   * Returns the location's id.
   *
   * @return the location's id
   */
  public String getLocationId() {
    return locationId;
  }

  /**
   * Returns the location.
   *
   * @return the location
   */
  public OpenReferralLocation getLocation() {
    return location;
  }

  /**
   * Returns the service (its one-to-one fields in lists, fully nested when read by id), or {@code
   * null} when nested in a service.
   *
   * @return the service (its one-to-one fields in lists, fully nested when read by id), or {@code
   *     null} when nested in a service
   */
  public OpenReferralService getService() {
    return service;
  }

  @Override
  public String toString() {
    return "OpenReferralServiceAtLocation{id=" + id + "}";
  }
}
