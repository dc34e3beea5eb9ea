package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Input of {@code ContractsClient.createContractFromBid}: a contract for the winning bid of an
 * awarded tender. Immutable; build with {@link #builder()}:
 *
 * <pre>{@code
 * CreateContractFromBidOptions.builder()
 *     .bidId(tender.getAwardedBidId())
 *     .buyerContractId("WRL-C-2025-017")
 *     .startDate(LocalDate.parse("2025-04-01"))
 *     .endDate(LocalDate.parse("2029-03-31"))
 *     .build();
 * }</pre>
 *
 * <p>The bid's commitments become the contract's KPIs: each target is the committed quantity, with
 * its period, place and VCFSE partner, valued with the tender's proxy set. The title defaults to
 * the tender's, the value to the bid price, and the reporting frequency of every KPI to quarterly.
 * Fields not set are not sent.
 */
public final class CreateContractFromBidOptions {

  private final String bidId;
  private final String buyerContractId;
  private final String title;
  private final BigDecimal value;
  private final LocalDate startDate;
  private final LocalDate endDate;
  private final List<String> placesServed;
  private final ReportingFrequency reportingFrequency;

  private CreateContractFromBidOptions(Builder b) {
    this.bidId = b.bidId;
    this.buyerContractId = b.buyerContractId;
    this.title = b.title;
    this.value = b.value;
    this.startDate = b.startDate;
    this.endDate = b.endDate;
    this.placesServed = b.placesServed;
    this.reportingFrequency = b.reportingFrequency;
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
   * Returns the winning bid.
   *
   * @return the bid id
   */
  public String getBidId() {
    return bidId;
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
   * Returns the title.
   *
   * @return the title, or {@code null} if not set (then the tender's)
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns the contract value.
   *
   * @return the value, or {@code null} if not set (then the bid price)
   */
  public BigDecimal getValue() {
    return value;
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
   * Returns how often the supplier reports on every KPI.
   *
   * @return the frequency, or {@code null} if not set (then the service uses {@code QUARTERLY})
   */
  public ReportingFrequency getReportingFrequency() {
    return reportingFrequency;
  }

  /** Builder for {@link CreateContractFromBidOptions}; not thread-safe. */
  public static final class Builder {

    private String bidId;
    private String buyerContractId;
    private String title;
    private BigDecimal value;
    private LocalDate startDate;
    private LocalDate endDate;
    private List<String> placesServed;
    private ReportingFrequency reportingFrequency;

    private Builder() {}

    /**
     * Sets the winning bid of one of the caller's awarded tenders (required).
     *
     * @param bidId the bid id
     * @return this builder
     * @throws NullPointerException if {@code bidId} is {@code null}
     */
    public Builder bidId(String bidId) {
      this.bidId = Objects.requireNonNull(bidId, "bidId");
      return this;
    }

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
     * Sets the title instead of the tender's.
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
     * Sets the contract value instead of the bid price.
     *
     * @param value the value, at least 0
     * @return this builder
     * @throws NullPointerException if {@code value} is {@code null}
     */
    public Builder value(BigDecimal value) {
      this.value = Objects.requireNonNull(value, "value");
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
     * @param placeCodes up to 50 ONS codes
     * @return this builder
     * @throws NullPointerException if the argument or an element is {@code null}
     */
    public Builder placesServed(Iterable<String> placeCodes) {
      this.placesServed = ModelLists.copyOf(placeCodes, "placesServed");
      return this;
    }

    /**
     * Sets how often the supplier reports on every KPI; the service defaults to quarterly.
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
     * Builds the options.
     *
     * @return immutable options
     * @throws IllegalStateException if a required field is not set
     */
    public CreateContractFromBidOptions build() {
      StringJoiner missing = new StringJoiner(", ");
      if (bidId == null) {
        missing.add(".bidId(...)");
      }
      if (buyerContractId == null) {
        missing.add(".buyerContractId(...)");
      }
      if (startDate == null) {
        missing.add(".startDate(...)");
      }
      if (endDate == null) {
        missing.add(".endDate(...)");
      }
      if (missing.length() > 0) {
        throw new IllegalStateException(
            "CreateContractFromBidOptions is incomplete: call "
                + missing
                + " on CreateContractFromBidOptions.builder() before build()");
      }
      return new CreateContractFromBidOptions(this);
    }
  }
}
