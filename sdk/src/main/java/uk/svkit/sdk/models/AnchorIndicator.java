package uk.svkit.sdk.models;

/**
 * An entry of an anchor framework's indicator catalogue: shipped with svkit (no programme) or the
 * programme's own.
 */
public final class AnchorIndicator {

  private String id;
  private String programmeId;
  private String code;
  private String pillarCode;
  private String title;
  private String unit;
  private String direction;
  private String description;
  // Comes from the ETag response header, not the body; transient keeps it out of JSON.
  private transient String eTag;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected AnchorIndicator() {}

  /**
   * Returns the id.
   *
   * @return the value, or {@code null} if absent
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the programme that added it; {@code null} for the shipped catalogue.
   *
   * @return the value, or {@code null} if absent
   */
  public String getProgrammeId() {
    return programmeId;
  }

  /**
   * Returns the indicator code, such as {@code ANC-P1-LOCAL-SPEND}.
   *
   * @return the value, or {@code null} if absent
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the pillar or principle it measures.
   *
   * @return the value, or {@code null} if absent
   */
  public String getPillarCode() {
    return pillarCode;
  }

  /**
   * Returns what it measures.
   *
   * @return the value, or {@code null} if absent
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns what it counts.
   *
   * @return the value, or {@code null} if absent; may be a value unknown to this SDK version
   */
  public IndicatorUnit getUnit() {
    return unit == null || unit.isBlank() ? null : IndicatorUnit.fromString(unit);
  }

  /**
   * Returns which way it improves.
   *
   * @return the value, or {@code null} if absent; may be a value unknown to this SDK version
   */
  public IndicatorDirection getDirection() {
    return direction == null || direction.isBlank()
        ? null
        : IndicatorDirection.fromString(direction);
  }

  /**
   * Returns how it is measured.
   *
   * @return the value, or {@code null} if absent
   */
  public String getDescription() {
    return description;
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
    return "AnchorIndicator{id=" + id + ", programmeId=" + programmeId + ", code=" + code + '}';
  }
}
