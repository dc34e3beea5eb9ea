package uk.svkit.sdk.models;

/**
 * A framework measure counted towards an anchor pillar, so contract KPIs on it show under the
 * pillar.
 */
public final class MeasurePillar {

  private String id;
  private String programmeId;
  private String measureCode;
  private String pillarCode;
  // Comes from the ETag response header, not the body; transient keeps it out of JSON.
  private transient String eTag;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected MeasurePillar() {}

  /**
   * Returns the id.
   *
   * @return the value, or {@code null} if absent
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the programme that added it; {@code null} if shipped.
   *
   * @return the value, or {@code null} if absent
   */
  public String getProgrammeId() {
    return programmeId;
  }

  /**
   * Returns the framework measure code.
   *
   * @return the value, or {@code null} if absent
   */
  public String getMeasureCode() {
    return measureCode;
  }

  /**
   * Returns the pillar it counts towards.
   *
   * @return the value, or {@code null} if absent
   */
  public String getPillarCode() {
    return pillarCode;
  }

  /**
   * Returns the strong ETag of the version read, for {@code If-Match} on changes.
   *
   * @return the ETag including its quotes, such as {@code "3"}, or {@code null} for list items
   */
  public String getETag() {
    return eTag;
  }

  @Override
  public String toString() {
    return "MeasurePillar{id="
        + id
        + ", programmeId="
        + programmeId
        + ", measureCode="
        + measureCode
        + '}';
  }
}
