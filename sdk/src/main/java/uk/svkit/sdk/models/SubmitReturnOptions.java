package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Input of {@code ContractsClient.submitReturn}, and of each {@link BulkReturnItem}: what was
 * delivered on one KPI in one reporting period. Immutable; build with {@link #builder(LocalDate,
 * LocalDate, BigDecimal)}:
 *
 * <pre>{@code
 * SubmitReturnOptions.builder(LocalDate.parse("2025-04-01"), LocalDate.parse("2025-06-30"),
 *         new BigDecimal("5.5"))
 *     .narrative("Five apprentices started in May; one part-time")
 *     .addEvidence(EvidenceRef.builder(EvidenceKind.URL, "https://example.org/q1.pdf").build())
 *     .build();
 * }</pre>
 *
 * <p>The period must be one of the KPI's reporting periods; the service checks it, the quantity (at
 * least 0), the narrative (up to 4000 characters) and the evidence (up to 20 items).
 */
public final class SubmitReturnOptions {

  private final LocalDate periodStart;
  private final LocalDate periodEnd;
  private final BigDecimal quantity;
  private final String narrative;
  private final List<EvidenceRef> evidence;

  private SubmitReturnOptions(Builder b) {
    this.periodStart = b.periodStart;
    this.periodEnd = b.periodEnd;
    this.quantity = b.quantity;
    this.narrative = b.narrative;
    this.evidence = List.copyOf(b.evidence);
  }

  /**
   * Starts a builder for a return.
   *
   * @param periodStart the first day of the reporting period
   * @param periodEnd the last day of the reporting period
   * @param quantity the quantity delivered in the period, in the measure's unit
   * @return a new builder
   * @throws NullPointerException if an argument is {@code null}
   */
  public static Builder builder(LocalDate periodStart, LocalDate periodEnd, BigDecimal quantity) {
    return new Builder(
        Objects.requireNonNull(periodStart, "periodStart"),
        Objects.requireNonNull(periodEnd, "periodEnd"),
        Objects.requireNonNull(quantity, "quantity"));
  }

  /**
   * Returns the first day of the reporting period.
   *
   * @return the date
   */
  public LocalDate getPeriodStart() {
    return periodStart;
  }

  /**
   * Returns the last day of the reporting period.
   *
   * @return the date
   */
  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  /**
   * Returns the quantity delivered.
   *
   * @return the quantity
   */
  public BigDecimal getQuantity() {
    return quantity;
  }

  /**
   * Returns the supplier's account of the delivery.
   *
   * @return the narrative, or {@code null} if not set (then not sent)
   */
  public String getNarrative() {
    return narrative;
  }

  /**
   * Returns the evidence, in the order added.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<EvidenceRef> getEvidence() {
    return evidence;
  }

  /** Builder for {@link SubmitReturnOptions}; not thread-safe. */
  public static final class Builder {

    private final LocalDate periodStart;
    private final LocalDate periodEnd;
    private final BigDecimal quantity;
    private String narrative;
    private final List<EvidenceRef> evidence = new ArrayList<>();

    private Builder(LocalDate periodStart, LocalDate periodEnd, BigDecimal quantity) {
      this.periodStart = periodStart;
      this.periodEnd = periodEnd;
      this.quantity = quantity;
    }

    /**
     * Sets the supplier's account of the delivery.
     *
     * @param narrative up to 4000 characters
     * @return this builder
     * @throws NullPointerException if {@code narrative} is {@code null}
     */
    public Builder narrative(String narrative) {
      this.narrative = Objects.requireNonNull(narrative, "narrative");
      return this;
    }

    /**
     * Adds evidence (up to 20 per return).
     *
     * @param evidence the evidence
     * @return this builder
     * @throws NullPointerException if {@code evidence} is {@code null}
     */
    public Builder addEvidence(EvidenceRef evidence) {
      this.evidence.add(Objects.requireNonNull(evidence, "evidence"));
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     */
    public SubmitReturnOptions build() {
      return new SubmitReturnOptions(this);
    }
  }
}
