package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One contract of a supplier's own view ({@code DashboardsClient.listSupplierContracts}): its
 * buyer, each KPI's commitment and delivery (VCFSE-confirmed deliveries included once confirmed),
 * and the committed, claimed and validated value with their traces.
 */
public final class SupplierDashboardContract {

  // Fields mirror the JSON property names; the SDK binds them by field, so no setters exist.
  private String contractId;
  private String buyerOrganisationId;
  private String buyerContractId;
  private String title;
  private String currency;
  private LocalDate startDate;
  private LocalDate endDate;
  private BigDecimal committedValue;
  private BigDecimal claimedValue;
  private BigDecimal validatedValue;
  private ContractProgress progress;
  private ValueTrace committedTrace;
  private ValueTrace claimedTrace;
  private ValueTrace validatedTrace;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected SupplierDashboardContract() {}

  /**
   * Returns the contract's id.
   *
   * @return the value, or {@code null}
   */
  public String getContractId() {
    return contractId;
  }

  /**
   * Returns the buyer's organisation id.
   *
   * @return the value, or {@code null}
   */
  public String getBuyerOrganisationId() {
    return buyerOrganisationId;
  }

  /**
   * Returns the buyer's own reference for the contract.
   *
   * @return the value, or {@code null}
   */
  public String getBuyerContractId() {
    return buyerContractId;
  }

  /**
   * Returns the contract's title.
   *
   * @return the value, or {@code null}
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns the ISO 4217 currency of the £ figures.
   *
   * @return the value, or {@code null}
   */
  public String getCurrency() {
    return currency;
  }

  /**
   * Returns the first day of the contract.
   *
   * @return the value, or {@code null}
   */
  public LocalDate getStartDate() {
    return startDate;
  }

  /**
   * Returns the last day of the contract.
   *
   * @return the value, or {@code null}
   */
  public LocalDate getEndDate() {
    return endDate;
  }

  /**
   * Returns the committed value: every KPI target valued.
   *
   * @return the value, or {@code null}
   */
  public BigDecimal getCommittedValue() {
    return committedValue;
  }

  /**
   * Returns the claimed value: submitted and validated delivery valued.
   *
   * @return the value, or {@code null}
   */
  public BigDecimal getClaimedValue() {
    return claimedValue;
  }

  /**
   * Returns the value of the delivery the buyer validated.
   *
   * @return the value, or {@code null}
   */
  public BigDecimal getValidatedValue() {
    return validatedValue;
  }

  /**
   * Returns each KPI's commitment, claimed and validated delivery and rating.
   *
   * @return the value, or {@code null}
   */
  public ContractProgress getProgress() {
    return progress;
  }

  /**
   * Returns the committed value, term by term.
   *
   * @return the value, or {@code null}
   */
  public ValueTrace getCommittedTrace() {
    return committedTrace;
  }

  /**
   * Returns the claimed value, term by term.
   *
   * @return the value, or {@code null}
   */
  public ValueTrace getClaimedTrace() {
    return claimedTrace;
  }

  /**
   * Returns the validated value, term by term.
   *
   * @return the value, or {@code null}
   */
  public ValueTrace getValidatedTrace() {
    return validatedTrace;
  }

  @Override
  public String toString() {
    return "SupplierDashboardContract{contractId="
        + contractId
        + ", title="
        + title
        + ", claimedValue="
        + claimedValue
        + ", validatedValue="
        + validatedValue
        + '}';
  }
}
