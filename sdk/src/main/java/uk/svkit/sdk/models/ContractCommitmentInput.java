package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One KPI in {@code CreateContractOptions}. Immutable; build with {@link #builder(String,
 * BigDecimal)}:
 *
 * <pre>{@code
 * ContractCommitmentInput.builder("LM-EMP-01", new BigDecimal("6"))
 *     .period(CommitmentPeriod.PER_YEAR)
 *     .reportingFrequency(ReportingFrequency.QUARTERLY)
 *     .placeCode("E08000015")
 *     .title("Local people employed")
 *     .build();
 * }</pre>
 *
 * <p>Fields not set are not sent, and the service applies its defaults: the period is {@link
 * CommitmentPeriod#WHOLE_CONTRACT}, reporting is {@link ReportingFrequency#QUARTERLY}, and the
 * proxy set is the contract's. The service checks the measure exists in the contract's edition and
 * the ranges (target at least 0, adjustments 0 to 100 percent, title up to 300 characters).
 */
public final class ContractCommitmentInput {

  private final String measureCode;
  private final BigDecimal targetQuantity;
  private final CommitmentPeriod period;
  private final ReportingFrequency reportingFrequency;
  private final String placeCode;
  private final String vcfsePartnerOrganisationId;
  private final String proxySetId;
  private final BigDecimal deadweight;
  private final BigDecimal attribution;
  private final BigDecimal displacement;
  private final BigDecimal dropOff;
  private final String title;

  private ContractCommitmentInput(Builder b) {
    this.measureCode = b.measureCode;
    this.targetQuantity = b.targetQuantity;
    this.period = b.period;
    this.reportingFrequency = b.reportingFrequency;
    this.placeCode = b.placeCode;
    this.vcfsePartnerOrganisationId = b.vcfsePartnerOrganisationId;
    this.proxySetId = b.proxySetId;
    this.deadweight = b.deadweight;
    this.attribution = b.attribution;
    this.displacement = b.displacement;
    this.dropOff = b.dropOff;
    this.title = b.title;
  }

  /**
   * Starts a builder for a KPI.
   *
   * @param measureCode the measure of the contract's framework edition, such as {@code LM-EMP-01}
   * @param targetQuantity the quantity to deliver in each period, in the measure's unit
   * @return a new builder
   * @throws NullPointerException if an argument is {@code null}
   */
  public static Builder builder(String measureCode, BigDecimal targetQuantity) {
    return new Builder(
        Objects.requireNonNull(measureCode, "measureCode"),
        Objects.requireNonNull(targetQuantity, "targetQuantity"));
  }

  /**
   * Returns the measure.
   *
   * @return the measure code
   */
  public String getMeasureCode() {
    return measureCode;
  }

  /**
   * Returns the quantity to deliver in each period.
   *
   * @return the target
   */
  public BigDecimal getTargetQuantity() {
    return targetQuantity;
  }

  /**
   * Returns the period the target covers.
   *
   * @return the period, or {@code null} if not set (then the service uses {@code WHOLE_CONTRACT})
   */
  public CommitmentPeriod getPeriod() {
    return period;
  }

  /**
   * Returns how often the supplier reports delivery.
   *
   * @return the frequency, or {@code null} if not set (then the service uses {@code QUARTERLY})
   */
  public ReportingFrequency getReportingFrequency() {
    return reportingFrequency;
  }

  /**
   * Returns the place the KPI benefits.
   *
   * @return an ONS code, or {@code null} if not set
   */
  public String getPlaceCode() {
    return placeCode;
  }

  /**
   * Returns the VCFSE organisation the supplier delivers the KPI with.
   *
   * @return the organisation id, or {@code null} if not set
   */
  public String getVcfsePartnerOrganisationId() {
    return vcfsePartnerOrganisationId;
  }

  /**
   * Returns the proxy set delivery is valued with.
   *
   * @return the proxy set id, or {@code null} if not set (then the contract's is used)
   */
  public String getProxySetId() {
    return proxySetId;
  }

  /**
   * Returns the deadweight.
   *
   * @return the percentage, or {@code null} if not set
   */
  public BigDecimal getDeadweight() {
    return deadweight;
  }

  /**
   * Returns the attribution.
   *
   * @return the percentage, or {@code null} if not set
   */
  public BigDecimal getAttribution() {
    return attribution;
  }

  /**
   * Returns the displacement.
   *
   * @return the percentage, or {@code null} if not set
   */
  public BigDecimal getDisplacement() {
    return displacement;
  }

  /**
   * Returns the drop-off.
   *
   * @return the percentage, or {@code null} if not set
   */
  public BigDecimal getDropOff() {
    return dropOff;
  }

  /**
   * Returns the buyer's own title for the KPI.
   *
   * @return the title, or {@code null} if not set
   */
  public String getTitle() {
    return title;
  }

  /** Builder for {@link ContractCommitmentInput}; not thread-safe. */
  public static final class Builder {

    private final String measureCode;
    private final BigDecimal targetQuantity;
    private CommitmentPeriod period;
    private ReportingFrequency reportingFrequency;
    private String placeCode;
    private String vcfsePartnerOrganisationId;
    private String proxySetId;
    private BigDecimal deadweight;
    private BigDecimal attribution;
    private BigDecimal displacement;
    private BigDecimal dropOff;
    private String title;

    private Builder(String measureCode, BigDecimal targetQuantity) {
      this.measureCode = measureCode;
      this.targetQuantity = targetQuantity;
    }

    /**
     * Sets the period the target covers; the service defaults to the whole contract.
     *
     * @param period the period, such as {@link CommitmentPeriod#PER_QUARTER}
     * @return this builder
     * @throws NullPointerException if {@code period} is {@code null}
     */
    public Builder period(CommitmentPeriod period) {
      this.period = Objects.requireNonNull(period, "period");
      return this;
    }

    /**
     * Sets how often the supplier reports delivery; the service defaults to quarterly.
     *
     * @param reportingFrequency the frequency
     * @return this builder
     * @throws NullPointerException if {@code reportingFrequency} is {@code null}
     */
    public Builder reportingFrequency(ReportingFrequency reportingFrequency) {
      this.reportingFrequency = Objects.requireNonNull(reportingFrequency, "reportingFrequency");
      return this;
    }

    /**
     * Sets the place the KPI benefits.
     *
     * @param placeCode an ONS local authority code, such as {@code E08000015}
     * @return this builder
     * @throws NullPointerException if {@code placeCode} is {@code null}
     */
    public Builder placeCode(String placeCode) {
      this.placeCode = Objects.requireNonNull(placeCode, "placeCode");
      return this;
    }

    /**
     * Sets the VCFSE organisation the supplier delivers the KPI with.
     *
     * @param organisationId the organisation id
     * @return this builder
     * @throws NullPointerException if {@code organisationId} is {@code null}
     */
    public Builder vcfsePartnerOrganisationId(String organisationId) {
      this.vcfsePartnerOrganisationId =
          Objects.requireNonNull(organisationId, "vcfsePartnerOrganisationId");
      return this;
    }

    /**
     * Sets the proxy set delivery is valued with, instead of the contract's.
     *
     * @param proxySetId the proxy set id
     * @return this builder
     * @throws NullPointerException if {@code proxySetId} is {@code null}
     */
    public Builder proxySetId(String proxySetId) {
      this.proxySetId = Objects.requireNonNull(proxySetId, "proxySetId");
      return this;
    }

    /**
     * Sets the share of the outcome that would have happened anyway.
     *
     * @param percent 0 to 100
     * @return this builder
     * @throws NullPointerException if {@code percent} is {@code null}
     */
    public Builder deadweight(BigDecimal percent) {
      this.deadweight = Objects.requireNonNull(percent, "deadweight");
      return this;
    }

    /**
     * Sets the share of the outcome owed to others.
     *
     * @param percent 0 to 100
     * @return this builder
     * @throws NullPointerException if {@code percent} is {@code null}
     */
    public Builder attribution(BigDecimal percent) {
      this.attribution = Objects.requireNonNull(percent, "attribution");
      return this;
    }

    /**
     * Sets the share of the outcome that only moves elsewhere.
     *
     * @param percent 0 to 100
     * @return this builder
     * @throws NullPointerException if {@code percent} is {@code null}
     */
    public Builder displacement(BigDecimal percent) {
      this.displacement = Objects.requireNonNull(percent, "displacement");
      return this;
    }

    /**
     * Sets the yearly decline of the outcome.
     *
     * @param percent 0 to 100
     * @return this builder
     * @throws NullPointerException if {@code percent} is {@code null}
     */
    public Builder dropOff(BigDecimal percent) {
      this.dropOff = Objects.requireNonNull(percent, "dropOff");
      return this;
    }

    /**
     * Sets the buyer's own title for the KPI.
     *
     * @param title up to 300 characters
     * @return this builder
     * @throws NullPointerException if {@code title} is {@code null}
     */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /**
     * Builds the KPI.
     *
     * @return an immutable KPI input
     */
    public ContractCommitmentInput build() {
      return new ContractCommitmentInput(this);
    }
  }
}
