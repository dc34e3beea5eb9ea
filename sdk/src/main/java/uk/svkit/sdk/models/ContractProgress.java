package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The progress of a contract's KPIs at a date ({@link #getAsOf()}): each KPI's progress, the
 * contract's {@linkplain #getRating() rating} (the worst of its KPIs' ratings, ignoring {@link
 * Rating#OTHER}), the money value claimed and validated, and how many returns are overdue.
 */
public final class ContractProgress {

  private String contractId;
  private LocalDate asOf;
  private BigDecimal elapsedShare;
  private List<CommitmentProgress> commitments;
  private String rating;
  private BigDecimal claimedValue;
  private BigDecimal validatedValue;
  private String currency;
  private int overdueReturns;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected ContractProgress() {}

  /**
   * Returns the contract.
   *
   * @return the contract id
   */
  public String getContractId() {
    return contractId;
  }

  /**
   * Returns the date the progress was computed at.
   *
   * @return the date
   */
  public LocalDate getAsOf() {
    return asOf;
  }

  /**
   * Returns the share of the contract's duration elapsed by {@link #getAsOf()}, to 4 decimal
   * places.
   *
   * @return the share, 0 to 1
   */
  public BigDecimal getElapsedShare() {
    return elapsedShare;
  }

  /**
   * Returns the progress of each KPI.
   *
   * @return an unmodifiable list, empty if the contract has no KPIs
   */
  public List<CommitmentProgress> getCommitments() {
    return ModelLists.copy(commitments);
  }

  /**
   * Returns the worst rating of the KPIs, ignoring {@link Rating#OTHER}.
   *
   * @return the rating, or {@code null} if absent; may be a value unknown to this SDK version
   */
  public Rating getRating() {
    return rating == null || rating.isBlank() ? null : Rating.fromString(rating);
  }

  /**
   * Returns the money value of everything claimed.
   *
   * @return the value in {@link #getCurrency()}, or {@code null} if nothing is valued in money
   */
  public BigDecimal getClaimedValue() {
    return claimedValue;
  }

  /**
   * Returns the money value of everything validated.
   *
   * @return the value in {@link #getCurrency()}, or {@code null} if nothing is valued in money
   */
  public BigDecimal getValidatedValue() {
    return validatedValue;
  }

  /**
   * Returns the currency of the values.
   *
   * @return an ISO 4217 code, such as {@code GBP}
   */
  public String getCurrency() {
    return currency;
  }

  /**
   * Returns how many returns are overdue across all KPIs.
   *
   * @return the count
   */
  public int getOverdueReturns() {
    return overdueReturns;
  }

  @Override
  public String toString() {
    return "ContractProgress{contractId="
        + contractId
        + ", asOf="
        + asOf
        + ", rating="
        + rating
        + ", overdueReturns="
        + overdueReturns
        + '}';
  }
}
