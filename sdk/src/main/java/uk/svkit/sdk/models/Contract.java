package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A contract a buyer has awarded to a supplier, with the social value KPIs ({@link
 * #getCommitments() commitments}) the supplier reports on through returns. Created directly, or
 * from the winning bid of an awarded tender ({@link #getSourceBidId()}).
 *
 * <p>{@link #isKpiRequired()} is {@code true} for contracts worth more than £5m, which the
 * Procurement Act 2023 (s.52) requires to have at least three KPIs.
 *
 * <p>Instances read individually (get and create) carry the {@link #getETag() ETag} of the version
 * read. Items from a list carry no ETag.
 */
public final class Contract {

  private String id;
  private String buyerOrganisationId;
  private String supplierOrganisationId;
  private String buyerContractId;
  private String ocid;
  private String title;
  private BigDecimal value;
  private String currency;
  private LocalDate startDate;
  private LocalDate endDate;
  private List<String> placesServed;
  private String frameworkCode;
  private String edition;
  private String proxySetId;
  private String sourceTenderId;
  private String sourceBidId;
  private List<ContractCommitment> commitments;
  private boolean kpiRequired;
  private OffsetDateTime createdAt;
  private OffsetDateTime updatedAt;
  private long version;
  // Comes from the ETag response header, not the body; transient keeps it out of JSON.
  private transient String eTag;

  private String status;
  private LocalDate terminatedOn;
  private String terminationReason;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected Contract() {}

  /**
   * Returns the service-assigned id.
   *
   * @return the id (a UUID string)
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the buying organisation.
   *
   * @return the buyer organisation's id
   */
  public String getBuyerOrganisationId() {
    return buyerOrganisationId;
  }

  /**
   * Returns the supplier the contract was awarded to.
   *
   * @return the supplier organisation's id
   */
  public String getSupplierOrganisationId() {
    return supplierOrganisationId;
  }

  /**
   * Returns the buyer's own reference, unique among its contracts.
   *
   * @return the reference, such as {@code WRL-C-2025-017}
   */
  public String getBuyerContractId() {
    return buyerContractId;
  }

  /**
   * Returns the Open Contracting id of the contracting process.
   *
   * @return the OCID, such as {@code ocds-b5fd17-...}, or {@code null}
   */
  public String getOcid() {
    return ocid;
  }

  /**
   * Returns the title.
   *
   * @return the title
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns the contract value.
   *
   * @return the value, in the contract's currency
   */
  public BigDecimal getValue() {
    return value;
  }

  /**
   * Returns the currency of the value and of money values derived from returns.
   *
   * @return an ISO 4217 code, such as {@code GBP}
   */
  public String getCurrency() {
    return currency;
  }

  /**
   * Returns the first day of the contract.
   *
   * @return the start date
   */
  public LocalDate getStartDate() {
    return startDate;
  }

  /**
   * Returns the last day of the contract.
   *
   * @return the end date
   */
  public LocalDate getEndDate() {
    return endDate;
  }

  /**
   * Returns the places the contract serves.
   *
   * @return an unmodifiable list of ONS codes, empty if none
   */
  public List<String> getPlacesServed() {
    return ModelLists.copy(placesServed);
  }

  /**
   * Returns the framework whose measures the KPIs use.
   *
   * @return the framework code, such as {@code TOMs}, or {@code null}
   */
  public String getFrameworkCode() {
    return frameworkCode;
  }

  /**
   * Returns the framework edition of the measures.
   *
   * @return the edition, or {@code null}
   */
  public String getEdition() {
    return edition;
  }

  /**
   * Returns the proxy set KPIs are valued with unless they name their own.
   *
   * @return the proxy set id, or {@code null}
   */
  public String getProxySetId() {
    return proxySetId;
  }

  /**
   * Returns the tender the contract was awarded from.
   *
   * @return the tender id, or {@code null} if created directly
   */
  public String getSourceTenderId() {
    return sourceTenderId;
  }

  /**
   * Returns the winning bid the contract was created from.
   *
   * @return the bid id, or {@code null} if created directly
   */
  public String getSourceBidId() {
    return sourceBidId;
  }

  /**
   * Returns the KPIs.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<ContractCommitment> getCommitments() {
    return ModelLists.copy(commitments);
  }

  /**
   * Returns whether the contract must have KPIs: it is worth more than £5m.
   *
   * @return {@code true} if KPIs are required
   */
  public boolean isKpiRequired() {
    return kpiRequired;
  }

  /**
   * Returns when the contract was created.
   *
   * @return the creation time (UTC)
   */
  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  /**
   * Returns when the contract was last changed.
   *
   * @return the last change time (UTC)
   */
  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  /**
   * Returns the version number, incremented by every change.
   *
   * @return the version
   */
  public long getVersion() {
    return version;
  }

  /**
   * Returns the strong ETag of the version read, for {@code If-Match} on changes.
   *
   * @return the ETag including its quotes, such as {@code "3"}, or {@code null} for list items
   */
  public String getETag() {
    return eTag;
  }

  @Override
  public String toString() {
    return "Contract{id="
        + id
        + ", buyerContractId="
        + buyerContractId
        + ", title="
        + title
        + ", value="
        + value
        + ", version="
        + version
        + '}';
  }

  /**
   * Returns {@code ACTIVE}, or {@code TERMINATED} once terminated.
   *
   * @return the status
   */
  public String getStatus() {
    return status;
  }

  /**
   * Returns the termination date.
   *
   * @return the date, or {@code null} while the contract runs
   */
  public LocalDate getTerminatedOn() {
    return terminatedOn;
  }

  /**
   * Returns why the contract was terminated.
   *
   * @return the reason, or {@code null}
   */
  public String getTerminationReason() {
    return terminationReason;
  }
}
