package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A KPI of a contract: a quantity of a framework measure the supplier is to deliver, over the whole
 * contract, per year or per quarter, reported at a {@linkplain #getReportingFrequency() frequency}.
 * Named apart from {@link Commitment}, which is a bid's answer to a commitment question; a contract
 * created from a bid turns each of those into one of these.
 *
 * <p>The adjustments ({@link #getDeadweight() deadweight}, {@link #getAttribution() attribution},
 * {@link #getDisplacement() displacement}, {@link #getDropOff() drop-off}) reduce the money value
 * of what is delivered, as in a valuation.
 */
public final class ContractCommitment {

  private String id;
  private String measureCode;
  private String measureTitle;
  private String unitLabel;
  private Boolean measureBespoke;
  private String title;
  private BigDecimal targetQuantity;
  private String period;
  private String reportingFrequency;
  private String placeCode;
  private String vcfsePartnerOrganisationId;
  private String proxySetId;
  private BigDecimal deadweight;
  private BigDecimal attribution;
  private BigDecimal displacement;
  private BigDecimal dropOff;

  private boolean mostMaterial;
  private LocalDate effectiveFrom;
  private LocalDate retiredOn;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected ContractCommitment() {}

  /**
   * Returns the service-assigned id.
   *
   * @return the id (a UUID string)
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the measure committed to.
   *
   * @return the measure code, such as {@code LM-EMP-01}
   */
  public String getMeasureCode() {
    return measureCode;
  }

  /**
   * Returns the title of the measure.
   *
   * @return the title
   */
  public String getMeasureTitle() {
    return measureTitle;
  }

  /**
   * Returns the unit of the quantities as shown to people, taken from the measure.
   *
   * @return the label, such as {@code FTE}
   */
  public String getUnitLabel() {
    return unitLabel;
  }

  /**
   * Returns whether the KPI's measure is bespoke (defined by svkit or a buyer) rather than a
   * published national reporting metric such as a PPN 002 Standard Reporting Metric.
   *
   * @return {@code true} if bespoke, {@code false} for a national metric, {@code null} if the
   *     server did not say
   */
  public Boolean isMeasureBespoke() {
    return measureBespoke;
  }

  /**
   * Returns the buyer's own title for the KPI.
   *
   * @return the title, or {@code null} if none was given
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns the quantity to deliver in each {@linkplain #getPeriod() period}.
   *
   * @return the target, exactly as sent
   */
  public BigDecimal getTargetQuantity() {
    return targetQuantity;
  }

  /**
   * Returns the period the target covers.
   *
   * @return the period, or {@code null} if absent; may be a value unknown to this SDK version
   */
  public CommitmentPeriod getPeriod() {
    return period == null || period.isBlank() ? null : CommitmentPeriod.fromString(period);
  }

  /**
   * Returns how often the supplier reports delivery.
   *
   * @return the frequency, or {@code null} if absent; may be a value unknown to this SDK version
   */
  public ReportingFrequency getReportingFrequency() {
    return reportingFrequency == null || reportingFrequency.isBlank()
        ? null
        : ReportingFrequency.fromString(reportingFrequency);
  }

  /**
   * Returns the place the KPI benefits.
   *
   * @return an ONS local authority code, such as {@code E08000015}, or {@code null}
   */
  public String getPlaceCode() {
    return placeCode;
  }

  /**
   * Returns the VCFSE organisation the supplier delivers the KPI with.
   *
   * @return the organisation id, or {@code null}
   */
  public String getVcfsePartnerOrganisationId() {
    return vcfsePartnerOrganisationId;
  }

  /**
   * Returns the proxy set delivery is valued with.
   *
   * @return the proxy set id, or {@code null} if the KPI is not valued in money
   */
  public String getProxySetId() {
    return proxySetId;
  }

  /**
   * Returns the share of the outcome that would have happened anyway.
   *
   * @return the percentage, 0 to 100, or {@code null} when none applies
   */
  public BigDecimal getDeadweight() {
    return deadweight;
  }

  /**
   * Returns the share of the outcome owed to others.
   *
   * @return the percentage, 0 to 100, or {@code null} when none applies
   */
  public BigDecimal getAttribution() {
    return attribution;
  }

  /**
   * Returns the share of the outcome that only moved elsewhere.
   *
   * @return the percentage, 0 to 100, or {@code null} when none applies
   */
  public BigDecimal getDisplacement() {
    return displacement;
  }

  /**
   * Returns the yearly decline of the outcome.
   *
   * @return the percentage, 0 to 100, or {@code null} when none applies
   */
  public BigDecimal getDropOff() {
    return dropOff;
  }

  @Override
  public String toString() {
    return "ContractCommitment{id="
        + id
        + ", measureCode="
        + measureCode
        + ", targetQuantity="
        + targetQuantity
        + ", period="
        + period
        + '}';
  }

  /**
   * Returns whether this is one of the (up to three) most material KPIs, which the Contract Details
   * Notice publishes.
   *
   * @return whether it is
   */
  public boolean isMostMaterial() {
    return mostMaterial;
  }

  /**
   * Returns the first day the KPI applies: the contract's start, or the variation that added it.
   *
   * @return the date
   */
  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  /**
   * Returns the day a variation retired the KPI.
   *
   * @return the date, or {@code null} while in force
   */
  public LocalDate getRetiredOn() {
    return retiredOn;
  }
}
