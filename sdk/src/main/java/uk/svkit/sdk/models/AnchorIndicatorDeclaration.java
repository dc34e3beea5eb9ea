package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An anchor signatory's indicator: what it measures, how often it reports, its baseline and
 * targets.
 */
public final class AnchorIndicatorDeclaration {

  private String id;
  private String programmeId;
  private String organisationId;
  private String signatureId;
  private String indicatorCode;
  private String pillarCode;
  private String title;
  private String unit;
  private String direction;
  private String frequency;
  private LocalDate reportingFrom;
  private BigDecimal baselineValue;
  private LocalDate baselineOn;
  private List<AnchorIndicatorTarget> targets;
  private long version;
  // Comes from the ETag response header, not the body; transient keeps it out of JSON.
  private transient String eTag;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected AnchorIndicatorDeclaration() {}

  /**
   * Returns the id.
   *
   * @return the value, or {@code null} if absent
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the programme.
   *
   * @return the value, or {@code null} if absent
   */
  public String getProgrammeId() {
    return programmeId;
  }

  /**
   * Returns the signatory.
   *
   * @return the value, or {@code null} if absent
   */
  public String getOrganisationId() {
    return organisationId;
  }

  /**
   * Returns the signature it reports under.
   *
   * @return the value, or {@code null} if absent
   */
  public String getSignatureId() {
    return signatureId;
  }

  /**
   * Returns the catalogue indicator.
   *
   * @return the value, or {@code null} if absent
   */
  public String getIndicatorCode() {
    return indicatorCode;
  }

  /**
   * Returns the pillar.
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
   * Returns how often returns are due.
   *
   * @return the value, or {@code null} if absent; may be a value unknown to this SDK version
   */
  public ReportingFrequency getFrequency() {
    return frequency == null || frequency.isBlank()
        ? null
        : ReportingFrequency.fromString(frequency);
  }

  /**
   * Returns the first day of the first reporting period.
   *
   * @return the value, or {@code null} if absent
   */
  public LocalDate getReportingFrom() {
    return reportingFrom;
  }

  /**
   * Returns the baseline.
   *
   * @return the value, or {@code null} if absent
   */
  public BigDecimal getBaselineValue() {
    return baselineValue;
  }

  /**
   * Returns the day of the baseline.
   *
   * @return the value, or {@code null} if absent
   */
  public LocalDate getBaselineOn() {
    return baselineOn;
  }

  /**
   * Returns the targets, by due date.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<AnchorIndicatorTarget> getTargets() {
    return ModelLists.copy(targets);
  }

  /**
   * Returns the version.
   *
   * @return the value (zero if absent)
   */
  public long getVersion() {
    return version;
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
    return "AnchorIndicatorDeclaration{id="
        + id
        + ", programmeId="
        + programmeId
        + ", organisationId="
        + organisationId
        + '}';
  }
}
