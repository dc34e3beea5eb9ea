package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A variation of a contract after award. Immutable; build with {@link #builder(String, LocalDate)}:
 *
 * <pre>{@code
 * VaryContractOptions.builder("Scope extended to Birkenhead", LocalDate.of(2025, 7, 1))
 *     .retargetCommitment(kpiId, new BigDecimal("40"), null)
 *     .value(new BigDecimal("6500000"))
 *     .build();
 * }</pre>
 *
 * <p>Parts not set are left as they are. A re-targeted KPI keeps its earlier target for the days
 * before the effective date.
 */
public final class VaryContractOptions {

  /** A new target for a KPI. */
  public static final class Retarget {
    private final String commitmentId;
    private final BigDecimal targetQuantity;
    private final CommitmentPeriod period;

    private Retarget(String commitmentId, BigDecimal targetQuantity, CommitmentPeriod period) {
      this.commitmentId = Objects.requireNonNull(commitmentId, "commitmentId");
      this.targetQuantity = Objects.requireNonNull(targetQuantity, "targetQuantity");
      this.period = period;
    }

    /**
     * Returns the KPI.
     *
     * @return the commitment id
     */
    public String getCommitmentId() {
      return commitmentId;
    }

    /**
     * Returns the new target quantity.
     *
     * @return the quantity
     */
    public BigDecimal getTargetQuantity() {
      return targetQuantity;
    }

    /**
     * Returns the new period, or {@code null} to keep the KPI's.
     *
     * @return the period
     */
    public CommitmentPeriod getPeriod() {
      return period;
    }
  }

  private final String reason;
  private final LocalDate effectiveOn;
  private final BigDecimal value;
  private final LocalDate endDate;
  private final List<ContractCommitmentInput> addCommitments;
  private final List<String> retireCommitmentIds;
  private final List<Retarget> retargetCommitments;

  private VaryContractOptions(Builder b) {
    this.reason = b.reason;
    this.effectiveOn = b.effectiveOn;
    this.value = b.value;
    this.endDate = b.endDate;
    this.addCommitments = List.copyOf(b.addCommitments);
    this.retireCommitmentIds = List.copyOf(b.retireCommitmentIds);
    this.retargetCommitments = List.copyOf(b.retargetCommitments);
  }

  /**
   * Starts a builder.
   *
   * @param reason why the contract is varied (up to 2,000 characters)
   * @param effectiveOn the day the variation takes effect
   * @return a new builder
   * @throws NullPointerException if an argument is {@code null}
   */
  public static Builder builder(String reason, LocalDate effectiveOn) {
    return new Builder(reason, effectiveOn);
  }

  /**
   * Returns the reason.
   *
   * @return the reason
   */
  public String getReason() {
    return reason;
  }

  /**
   * Returns the day the variation takes effect.
   *
   * @return the date
   */
  public LocalDate getEffectiveOn() {
    return effectiveOn;
  }

  /**
   * Returns the new value, or {@code null} to keep it.
   *
   * @return the value
   */
  public BigDecimal getValue() {
    return value;
  }

  /**
   * Returns the new end date, or {@code null} to keep it.
   *
   * @return the date
   */
  public LocalDate getEndDate() {
    return endDate;
  }

  /**
   * Returns the KPIs added.
   *
   * @return an unmodifiable list
   */
  public List<ContractCommitmentInput> getAddCommitments() {
    return addCommitments;
  }

  /**
   * Returns the KPIs retired.
   *
   * @return an unmodifiable list of commitment ids
   */
  public List<String> getRetireCommitmentIds() {
    return retireCommitmentIds;
  }

  /**
   * Returns the KPIs re-targeted.
   *
   * @return an unmodifiable list
   */
  public List<Retarget> getRetargetCommitments() {
    return retargetCommitments;
  }

  /** Builds {@link VaryContractOptions}. */
  public static final class Builder {
    private final String reason;
    private final LocalDate effectiveOn;
    private BigDecimal value;
    private LocalDate endDate;
    private final List<ContractCommitmentInput> addCommitments = new ArrayList<>();
    private final List<String> retireCommitmentIds = new ArrayList<>();
    private final List<Retarget> retargetCommitments = new ArrayList<>();

    private Builder(String reason, LocalDate effectiveOn) {
      this.reason = Objects.requireNonNull(reason, "reason");
      this.effectiveOn = Objects.requireNonNull(effectiveOn, "effectiveOn");
    }

    /**
     * Sets a new contract value.
     *
     * @param value the value
     * @return this builder
     */
    public Builder value(BigDecimal value) {
      this.value = value;
      return this;
    }

    /**
     * Sets a new end date.
     *
     * @param endDate the date
     * @return this builder
     */
    public Builder endDate(LocalDate endDate) {
      this.endDate = endDate;
      return this;
    }

    /**
     * Adds a KPI, in force from the effective date (it uses the contract's proxy set).
     *
     * @param commitment the KPI
     * @return this builder
     * @throws NullPointerException if {@code commitment} is {@code null}
     */
    public Builder addCommitment(ContractCommitmentInput commitment) {
      addCommitments.add(Objects.requireNonNull(commitment, "commitment"));
      return this;
    }

    /**
     * Retires a KPI from the effective date.
     *
     * @param commitmentId the KPI
     * @return this builder
     * @throws NullPointerException if {@code commitmentId} is {@code null}
     */
    public Builder retireCommitment(String commitmentId) {
      retireCommitmentIds.add(Objects.requireNonNull(commitmentId, "commitmentId"));
      return this;
    }

    /**
     * Gives a KPI a new target from the effective date.
     *
     * @param commitmentId the KPI
     * @param targetQuantity the new target quantity
     * @param period the new period, or {@code null} to keep the KPI's
     * @return this builder
     * @throws NullPointerException if {@code commitmentId} or {@code targetQuantity} is {@code
     *     null}
     */
    public Builder retargetCommitment(
        String commitmentId, BigDecimal targetQuantity, CommitmentPeriod period) {
      retargetCommitments.add(new Retarget(commitmentId, targetQuantity, period));
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public VaryContractOptions build() {
      return new VaryContractOptions(this);
    }
  }
}
