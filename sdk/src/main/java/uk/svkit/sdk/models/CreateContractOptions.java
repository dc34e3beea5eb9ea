package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Input of {@code ContractsClient.createContract}: a contract with its social value KPIs.
 * Immutable; build with {@link #builder()}:
 *
 * <pre>{@code
 * CreateContractOptions.builder()
 *     .buyerContractId("WRL-C-2025-017")
 *     .title("Highways maintenance 2025-2029")
 *     .supplierOrganisationId(supplier.getId())
 *     .value(new BigDecimal("6200000"))
 *     .startDate(LocalDate.parse("2025-04-01"))
 *     .endDate(LocalDate.parse("2029-03-31"))
 *     .frameworkCode("TOMs").edition("2024")
 *     .proxySetId(proxySet.getId())
 *     .addCommitment(ContractCommitmentInput.builder("LM-EMP-01", new BigDecimal("6"))
 *         .period(CommitmentPeriod.PER_YEAR).build())
 *     .build();
 * }</pre>
 *
 * <p>Amounts are {@link BigDecimal}s and are sent exactly as given. Only presence of the required
 * fields is checked here. The service checks the rest, and answers with a {@code
 * BusinessRuleException} when a contract worth more than £5m has fewer than three KPIs (Procurement
 * Act 2023 s.52), or with field errors such as {@code commitments[1].measureCode} for a measure the
 * edition does not have.
 */
public final class CreateContractOptions {

  private final String buyerContractId;
  private final String ocid;
  private final String title;
  private final String supplierOrganisationId;
  private final BigDecimal value;
  private final String currency;
  private final LocalDate startDate;
  private final LocalDate endDate;
  private final List<String> placesServed;
  private final String frameworkCode;
  private final String edition;
  private final String proxySetId;
  private final List<ContractCommitmentInput> commitments;

  private CreateContractOptions(Builder b) {
    this.buyerContractId = b.buyerContractId;
    this.ocid = b.ocid;
    this.title = b.title;
    this.supplierOrganisationId = b.supplierOrganisationId;
    this.value = b.value;
    this.currency = b.currency;
    this.startDate = b.startDate;
    this.endDate = b.endDate;
    this.placesServed = b.placesServed;
    this.frameworkCode = b.frameworkCode;
    this.edition = b.edition;
    this.proxySetId = b.proxySetId;
    this.commitments = List.copyOf(b.commitments);
  }

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the buyer's own reference.
   *
   * @return the reference
   */
  public String getBuyerContractId() {
    return buyerContractId;
  }

  /**
   * Returns the Open Contracting id.
   *
   * @return the OCID, or {@code null} if not set (then not sent)
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
   * Returns the supplier.
   *
   * @return the supplier organisation's id
   */
  public String getSupplierOrganisationId() {
    return supplierOrganisationId;
  }

  /**
   * Returns the contract value.
   *
   * @return the value
   */
  public BigDecimal getValue() {
    return value;
  }

  /**
   * Returns the currency.
   *
   * @return the ISO 4217 code, or {@code null} if not set (then the service uses GBP)
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
   * @return an unmodifiable list of ONS codes, or {@code null} if not set (then not sent)
   */
  public List<String> getPlacesServed() {
    return placesServed;
  }

  /**
   * Returns the framework of the KPIs' measures.
   *
   * @return the framework code, or {@code null} if not set
   */
  public String getFrameworkCode() {
    return frameworkCode;
  }

  /**
   * Returns the framework edition of the KPIs' measures.
   *
   * @return the edition, or {@code null} if not set
   */
  public String getEdition() {
    return edition;
  }

  /**
   * Returns the proxy set KPIs are valued with unless they name their own.
   *
   * @return the proxy set id, or {@code null} if not set
   */
  public String getProxySetId() {
    return proxySetId;
  }

  /**
   * Returns the KPIs, in the order added.
   *
   * @return an unmodifiable list
   */
  public List<ContractCommitmentInput> getCommitments() {
    return commitments;
  }

  /** Builder for {@link CreateContractOptions}; not thread-safe. */
  public static final class Builder {

    private String buyerContractId;
    private String ocid;
    private String title;
    private String supplierOrganisationId;
    private BigDecimal value;
    private String currency;
    private LocalDate startDate;
    private LocalDate endDate;
    private List<String> placesServed;
    private String frameworkCode;
    private String edition;
    private String proxySetId;
    private final List<ContractCommitmentInput> commitments = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the buyer's own reference (required), unique among the buyer's contracts.
     *
     * @param buyerContractId up to 100 characters
     * @return this builder
     * @throws NullPointerException if {@code buyerContractId} is {@code null}
     */
    public Builder buyerContractId(String buyerContractId) {
      this.buyerContractId = Objects.requireNonNull(buyerContractId, "buyerContractId");
      return this;
    }

    /**
     * Sets the Open Contracting id of the contracting process.
     *
     * @param ocid an OCID such as {@code ocds-b5fd17-wrl-2025-017}
     * @return this builder
     * @throws NullPointerException if {@code ocid} is {@code null}
     */
    public Builder ocid(String ocid) {
      this.ocid = Objects.requireNonNull(ocid, "ocid");
      return this;
    }

    /**
     * Sets the title (required).
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
     * Sets the supplier the contract is awarded to (required).
     *
     * @param supplierOrganisationId the supplier organisation's id
     * @return this builder
     * @throws NullPointerException if {@code supplierOrganisationId} is {@code null}
     */
    public Builder supplierOrganisationId(String supplierOrganisationId) {
      this.supplierOrganisationId =
          Objects.requireNonNull(supplierOrganisationId, "supplierOrganisationId");
      return this;
    }

    /**
     * Sets the contract value (required). Above £5m the contract needs at least three KPIs.
     *
     * @param value the value, at least 0, in the contract's currency
     * @return this builder
     * @throws NullPointerException if {@code value} is {@code null}
     */
    public Builder value(BigDecimal value) {
      this.value = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the currency; the service defaults to GBP.
     *
     * @param currency an ISO 4217 code
     * @return this builder
     * @throws NullPointerException if {@code currency} is {@code null}
     */
    public Builder currency(String currency) {
      this.currency = Objects.requireNonNull(currency, "currency");
      return this;
    }

    /**
     * Sets the first day of the contract (required).
     *
     * @param startDate the start date
     * @return this builder
     * @throws NullPointerException if {@code startDate} is {@code null}
     */
    public Builder startDate(LocalDate startDate) {
      this.startDate = Objects.requireNonNull(startDate, "startDate");
      return this;
    }

    /**
     * Sets the last day of the contract (required).
     *
     * @param endDate the end date
     * @return this builder
     * @throws NullPointerException if {@code endDate} is {@code null}
     */
    public Builder endDate(LocalDate endDate) {
      this.endDate = Objects.requireNonNull(endDate, "endDate");
      return this;
    }

    /**
     * Sets the places the contract serves, replacing any set before.
     *
     * @param placeCodes up to 50 ONS codes, such as {@code E08000015}
     * @return this builder
     * @throws NullPointerException if the argument or an element is {@code null}
     */
    public Builder placesServed(Iterable<String> placeCodes) {
      this.placesServed = ModelLists.copyOf(placeCodes, "placesServed");
      return this;
    }

    /**
     * Sets the framework of the KPIs' measures.
     *
     * @param frameworkCode the framework code, such as {@code TOMs}
     * @return this builder
     * @throws NullPointerException if {@code frameworkCode} is {@code null}
     */
    public Builder frameworkCode(String frameworkCode) {
      this.frameworkCode = Objects.requireNonNull(frameworkCode, "frameworkCode");
      return this;
    }

    /**
     * Sets the framework edition of the KPIs' measures.
     *
     * @param edition the edition, such as {@code 2024}
     * @return this builder
     * @throws NullPointerException if {@code edition} is {@code null}
     */
    public Builder edition(String edition) {
      this.edition = Objects.requireNonNull(edition, "edition");
      return this;
    }

    /**
     * Sets the proxy set KPIs are valued with unless they name their own.
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
     * Adds a KPI (up to 200 per contract).
     *
     * @param commitment the KPI
     * @return this builder
     * @throws NullPointerException if {@code commitment} is {@code null}
     */
    public Builder addCommitment(ContractCommitmentInput commitment) {
      commitments.add(Objects.requireNonNull(commitment, "commitment"));
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     * @throws IllegalStateException if a required field is not set
     */
    public CreateContractOptions build() {
      StringJoiner missing = new StringJoiner(", ");
      if (buyerContractId == null) {
        missing.add(".buyerContractId(...)");
      }
      if (title == null) {
        missing.add(".title(...)");
      }
      if (supplierOrganisationId == null) {
        missing.add(".supplierOrganisationId(...)");
      }
      if (value == null) {
        missing.add(".value(...)");
      }
      if (startDate == null) {
        missing.add(".startDate(...)");
      }
      if (endDate == null) {
        missing.add(".endDate(...)");
      }
      if (missing.length() > 0) {
        throw new IllegalStateException(
            "CreateContractOptions is incomplete: call "
                + missing
                + " on CreateContractOptions.builder() before build()");
      }
      return new CreateContractOptions(this);
    }
  }
}
