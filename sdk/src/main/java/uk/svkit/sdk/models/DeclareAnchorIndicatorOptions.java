package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Input of {@code AnchorsClient.declareIndicator}: a catalogue indicator your organisation reports,
 * with baseline and targets. Immutable; build with {@link #builder}.
 */
public final class DeclareAnchorIndicatorOptions {

  private final String indicatorCode;
  private final ReportingFrequency frequency;
  private final LocalDate reportingFrom;
  private final BigDecimal baselineValue;
  private final LocalDate baselineOn;
  private final List<AnchorIndicatorTarget> targets;

  private DeclareAnchorIndicatorOptions(Builder b) {
    this.indicatorCode = b.indicatorCode;
    this.frequency = b.frequency;
    this.reportingFrom = b.reportingFrom;
    this.baselineValue = b.baselineValue;
    this.baselineOn = b.baselineOn;
    this.targets = List.copyOf(b.targets);
  }

  /**
   * Starts a builder.
   *
   * @param indicatorCode the catalogue indicator
   * @param frequency how often returns are due
   * @param reportingFrom the first day of the first reporting period
   * @param baselineValue the baseline
   * @param baselineOn the day of the baseline
   * @return a new builder
   * @throws NullPointerException if an argument is {@code null}
   */
  public static Builder builder(
      String indicatorCode,
      ReportingFrequency frequency,
      LocalDate reportingFrom,
      BigDecimal baselineValue,
      LocalDate baselineOn) {
    return new Builder(
        Objects.requireNonNull(indicatorCode, "indicatorCode"),
        Objects.requireNonNull(frequency, "frequency"),
        Objects.requireNonNull(reportingFrom, "reportingFrom"),
        Objects.requireNonNull(baselineValue, "baselineValue"),
        Objects.requireNonNull(baselineOn, "baselineOn"));
  }

  /**
   * Returns the catalogue indicator.
   *
   * @return the value, or {@code null} if not set
   */
  public String getIndicatorCode() {
    return indicatorCode;
  }

  /**
   * Returns how often returns are due.
   *
   * @return the value, or {@code null} if not set
   */
  public ReportingFrequency getFrequency() {
    return frequency;
  }

  /**
   * Returns the first day of the first reporting period.
   *
   * @return the value, or {@code null} if not set
   */
  public LocalDate getReportingFrom() {
    return reportingFrom;
  }

  /**
   * Returns the baseline.
   *
   * @return the value, or {@code null} if not set
   */
  public BigDecimal getBaselineValue() {
    return baselineValue;
  }

  /**
   * Returns the day of the baseline.
   *
   * @return the value, or {@code null} if not set
   */
  public LocalDate getBaselineOn() {
    return baselineOn;
  }

  /**
   * Returns the targets.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<AnchorIndicatorTarget> getTargets() {
    return targets;
  }

  /** Builder for {@link DeclareAnchorIndicatorOptions}; not thread-safe. */
  public static final class Builder {

    private final String indicatorCode;
    private final ReportingFrequency frequency;
    private final LocalDate reportingFrom;
    private final BigDecimal baselineValue;
    private final LocalDate baselineOn;
    private final List<AnchorIndicatorTarget> targets = new ArrayList<>();

    private Builder(
        String indicatorCode,
        ReportingFrequency frequency,
        LocalDate reportingFrom,
        BigDecimal baselineValue,
        LocalDate baselineOn) {
      this.indicatorCode = indicatorCode;
      this.frequency = frequency;
      this.reportingFrom = reportingFrom;
      this.baselineValue = baselineValue;
      this.baselineOn = baselineOn;
    }

    /**
     * Adds one of the targets.
     *
     * @param target the item
     * @return this builder
     * @throws NullPointerException if {@code target} is {@code null}
     */
    public Builder addTarget(AnchorIndicatorTarget target) {
      this.targets.add(Objects.requireNonNull(target, "target"));
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     */
    public DeclareAnchorIndicatorOptions build() {
      return new DeclareAnchorIndicatorOptions(this);
    }
  }
}
