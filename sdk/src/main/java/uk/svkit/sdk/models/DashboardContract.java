package uk.svkit.sdk.models;

import java.math.BigDecimal;

/**
 * A contract listed on a {@link Dashboard}: among its {@linkplain Dashboard#getTopContracts() top
 * contracts}, which carry their {@link #getValidatedValue() validated value}, or among those
 * {@linkplain Dashboard#getAtRiskContracts() at risk}, which carry their {@link #getRating()
 * rating}.
 */
public final class DashboardContract {

  private String contractId;
  private String title;
  private BigDecimal validatedValue;
  private String rating;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected DashboardContract() {}

  /**
   * Returns the contract.
   *
   * @return the contract id
   */
  public String getContractId() {
    return contractId;
  }

  /**
   * Returns the contract's title.
   *
   * @return the title
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns the value validated on the contract.
   *
   * @return the value, or {@code null} for contracts at risk
   */
  public BigDecimal getValidatedValue() {
    return validatedValue;
  }

  /**
   * Returns the contract's rating.
   *
   * @return the rating, or {@code null} for top contracts; may be a value unknown to this SDK
   *     version
   */
  public Rating getRating() {
    return rating == null || rating.isBlank() ? null : Rating.fromString(rating);
  }

  @Override
  public String toString() {
    return "DashboardContract{contractId=" + contractId + ", title=" + title + '}';
  }
}
