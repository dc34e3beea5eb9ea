package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Input of {@code AnchorsClient.submitReturn}: an indicator's value for one reporting period.
 * Immutable; build with {@link #builder}.
 */
public final class SubmitAnchorIndicatorReturnOptions {

  private final LocalDate periodStart;
  private final LocalDate periodEnd;
  private final BigDecimal value;
  private final String narrative;
  private final List<EvidenceRef> evidence;

  private SubmitAnchorIndicatorReturnOptions(Builder b) {
    this.periodStart = b.periodStart;
    this.periodEnd = b.periodEnd;
    this.value = b.value;
    this.narrative = b.narrative;
    this.evidence = List.copyOf(b.evidence);
  }

  /**
   * Starts a builder.
   *
   * @param periodStart the first day of the period
   * @param periodEnd the last day of the period
   * @param value the value
   * @return a new builder
   * @throws NullPointerException if an argument is {@code null}
   */
  public static Builder builder(LocalDate periodStart, LocalDate periodEnd, BigDecimal value) {
    return new Builder(
        Objects.requireNonNull(periodStart, "periodStart"),
        Objects.requireNonNull(periodEnd, "periodEnd"),
        Objects.requireNonNull(value, "value"));
  }

  /**
   * Returns the first day of the period.
   *
   * @return the value, or {@code null} if not set
   */
  public LocalDate getPeriodStart() {
    return periodStart;
  }

  /**
   * Returns the last day of the period.
   *
   * @return the value, or {@code null} if not set
   */
  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  /**
   * Returns the value.
   *
   * @return the value, or {@code null} if not set
   */
  public BigDecimal getValue() {
    return value;
  }

  /**
   * Returns the account of the figure.
   *
   * @return the value, or {@code null} if not set
   */
  public String getNarrative() {
    return narrative;
  }

  /**
   * Returns the evidence.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<EvidenceRef> getEvidence() {
    return evidence;
  }

  /** Builder for {@link SubmitAnchorIndicatorReturnOptions}; not thread-safe. */
  public static final class Builder {

    private final LocalDate periodStart;
    private final LocalDate periodEnd;
    private final BigDecimal value;
    private String narrative;
    private final List<EvidenceRef> evidence = new ArrayList<>();

    private Builder(LocalDate periodStart, LocalDate periodEnd, BigDecimal value) {
      this.periodStart = periodStart;
      this.periodEnd = periodEnd;
      this.value = value;
    }

    /**
     * Sets the account of the figure.
     *
     * @param narrative the value
     * @return this builder
     * @throws NullPointerException if {@code narrative} is {@code null}
     */
    public Builder narrative(String narrative) {
      this.narrative = Objects.requireNonNull(narrative, "narrative");
      return this;
    }

    /**
     * Adds one of the evidence.
     *
     * @param evidence the item
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
    public SubmitAnchorIndicatorReturnOptions build() {
      return new SubmitAnchorIndicatorReturnOptions(this);
    }
  }
}
