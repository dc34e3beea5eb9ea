package uk.svkit.sdk.models;

import jakarta.json.bind.annotation.JsonbProperty;

/** An area an ORUK service covers: a local authority by its ONS code. */
public final class OpenReferralServiceArea {

  private String id;

  @JsonbProperty("service_id")
  private String serviceId;

  private String name;
  private String extent;

  @JsonbProperty("extent_type")
  private String extentType;

  private String uri;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected OpenReferralServiceArea() {}

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
   * Returns the area's name, such as {@code Wirral}.
   *
   * @return the area's name, such as {@code Wirral}
   */
  public String getName() {
    return name;
  }

  /**
   * Returns the ONS code, such as {@code E08000015}.
   *
   * @return the ONS code, such as {@code E08000015}
   */
  public String getExtent() {
    return extent;
  }

  /**
   * Returns how the extent is written, {@code text}.
   *
   * @return how the extent is written, {@code text}
   */
  public String getExtentType() {
    return extentType;
  }

  /**
   * Returns the ONS linked-data URI of the area.
   *
   * @return the ONS linked-data URI of the area
   */
  public String getUri() {
    return uri;
  }

  @Override
  public String toString() {
    return "OpenReferralServiceArea{id=" + id + "}";
  }
}
