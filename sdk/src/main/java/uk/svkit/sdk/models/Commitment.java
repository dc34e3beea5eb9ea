package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The answer to a {@link QuestionType#COMMITMENT} question: a quantity of the question's measure
 * the supplier commits to deliver, over the whole contract or per year, optionally in a place or
 * with a VCFSE partner. Build one for a bid with {@link #builder(BigDecimal, CommitmentPeriod)}:
 *
 * <pre>{@code
 * Commitment.builder(new BigDecimal("12.5"), CommitmentPeriod.PER_YEAR)
 *     .placeCode("E08000015")
 *     .build();
 * }</pre>
 *
 * <p>The {@link #getMeasureCode() measure} and {@link #getUnitLabel() unit} are filled in by the
 * service from the question; they are never sent.
 */
public final class Commitment {

  private String measureCode;
  private String unitLabel;
  private BigDecimal quantity;
  private String period;
  private String placeCode;
  private String vcfsePartnerOrganisationId;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected Commitment() {}

  private Commitment(Builder b) {
    this.quantity = b.quantity;
    this.period = b.period.toString();
    this.placeCode = b.placeCode;
    this.vcfsePartnerOrganisationId = b.vcfsePartnerOrganisationId;
  }

  /**
   * Starts a builder for a commitment.
   *
   * @param quantity the quantity, in the measure's unit; at least 0
   * @param period the period the quantity covers
   * @return a new builder
   * @throws NullPointerException if an argument is {@code null}
   */
  public static Builder builder(BigDecimal quantity, CommitmentPeriod period) {
    return new Builder(
        Objects.requireNonNull(quantity, "quantity"), Objects.requireNonNull(period, "period"));
  }

  /**
   * Returns the measure committed to, taken from the question.
   *
   * @return the measure code, or {@code null} on a commitment built for sending
   */
  public String getMeasureCode() {
    return measureCode;
  }

  /**
   * Returns the unit of the quantity as shown to people, taken from the measure.
   *
   * @return the label, or {@code null} on a commitment built for sending
   */
  public String getUnitLabel() {
    return unitLabel;
  }

  /**
   * Returns the quantity committed.
   *
   * @return the quantity, exactly as sent
   */
  public BigDecimal getQuantity() {
    return quantity;
  }

  /**
   * Returns the period the quantity covers.
   *
   * @return the period, or {@code null} if absent; may be a value unknown to this SDK version
   */
  public CommitmentPeriod getPeriod() {
    return period == null || period.isBlank() ? null : CommitmentPeriod.fromString(period);
  }

  /**
   * Returns the place the commitment benefits.
   *
   * @return an ONS local authority code, such as {@code E08000015}, or {@code null}
   */
  public String getPlaceCode() {
    return placeCode;
  }

  /**
   * Returns the VCFSE organisation the supplier will deliver the commitment with.
   *
   * @return the organisation id, or {@code null}
   */
  public String getVcfsePartnerOrganisationId() {
    return vcfsePartnerOrganisationId;
  }

  @Override
  public String toString() {
    return "Commitment{measureCode="
        + measureCode
        + ", quantity="
        + quantity
        + ", period="
        + period
        + (placeCode == null ? "" : ", placeCode=" + placeCode)
        + '}';
  }

  /** Builder for {@link Commitment}; not thread-safe. */
  public static final class Builder {

    private final BigDecimal quantity;
    private final CommitmentPeriod period;
    private String placeCode;
    private String vcfsePartnerOrganisationId;

    private Builder(BigDecimal quantity, CommitmentPeriod period) {
      this.quantity = quantity;
      this.period = period;
    }

    /**
     * Sets the place the commitment benefits.
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
     * Sets the VCFSE organisation the supplier will deliver the commitment with.
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
     * Builds the commitment.
     *
     * @return an immutable commitment
     */
    public Commitment build() {
      return new Commitment(this);
    }
  }
}
