package uk.svkit.sdk.models;

import jakarta.json.bind.annotation.JsonbProperty;

/** A contact of an ORUK service, for callers that may read contacts. */
public final class OpenReferralContact {

  private String id;

  @JsonbProperty("service_id")
  private String serviceId;

  private String name;
  private String title;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected OpenReferralContact() {}

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
   * Returns the person's name.
   *
   * @return the person's name
   */
  public String getName() {
    return name;
  }

  /**
   * Returns the person's role, or {@code null}.
   *
   * @return the person's role, or {@code null}
   */
  public String getTitle() {
    return title;
  }

  @Override
  public String toString() {
    return "OpenReferralContact{id=" + id + "}";
  }
}
