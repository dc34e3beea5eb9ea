package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Input of {@code TendersClient.createTender}: a new open tender. Immutable; build with {@link
 * #builder()}:
 *
 * <pre>{@code
 * CreateTenderOptions.builder()
 *     .buyerTenderId("WRL-2025-017")
 *     .title("Highways maintenance 2025-2029")
 *     .questionSetId(published.getId())
 *     .proxySetId(proxySet.getId())
 *     .socialValueWeighting(new BigDecimal("20"))
 *     .contractValue(new BigDecimal("4500000"))
 *     .deadline(OffsetDateTime.parse("2025-09-30T12:00:00+01:00"))
 *     .build();
 * }</pre>
 *
 * <p>Amounts are {@link BigDecimal}s and are sent exactly as given. Only presence of the required
 * fields is checked here; the service checks the rest (a published question set, a weighting at
 * least its configured minimum, a deadline in the future, a proxy set of the question set's
 * edition) and answers with a {@code BusinessRuleException} naming the field.
 */
public final class CreateTenderOptions {

  private final String buyerTenderId;
  private final String ocid;
  private final String title;
  private final String questionSetId;
  private final String proxySetId;
  private final BigDecimal socialValueWeighting;
  private final BigDecimal contractValue;
  private final String currency;
  private final OffsetDateTime deadline;

  private CreateTenderOptions(Builder b) {
    this.buyerTenderId = b.buyerTenderId;
    this.ocid = b.ocid;
    this.title = b.title;
    this.questionSetId = b.questionSetId;
    this.proxySetId = b.proxySetId;
    this.socialValueWeighting = b.socialValueWeighting;
    this.contractValue = b.contractValue;
    this.currency = b.currency;
    this.deadline = b.deadline;
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
  public String getBuyerTenderId() {
    return buyerTenderId;
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
   * Returns the question set bids will answer.
   *
   * @return the question set id
   */
  public String getQuestionSetId() {
    return questionSetId;
  }

  /**
   * Returns the proxy set commitments will be valued with.
   *
   * @return the proxy set id, or {@code null} if not set (then not sent)
   */
  public String getProxySetId() {
    return proxySetId;
  }

  /**
   * Returns the weight of social value in the total tender score.
   *
   * @return the weighting, a percentage
   */
  public BigDecimal getSocialValueWeighting() {
    return socialValueWeighting;
  }

  /**
   * Returns the estimated contract value.
   *
   * @return the value
   */
  public BigDecimal getContractValue() {
    return contractValue;
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
   * Returns the deadline for bids.
   *
   * @return the deadline
   */
  public OffsetDateTime getDeadline() {
    return deadline;
  }

  /** Builder for {@link CreateTenderOptions}; not thread-safe. */
  public static final class Builder {

    private String buyerTenderId;
    private String ocid;
    private String title;
    private String questionSetId;
    private String proxySetId;
    private BigDecimal socialValueWeighting;
    private BigDecimal contractValue;
    private String currency;
    private OffsetDateTime deadline;

    private Builder() {}

    /**
     * Sets the buyer's own reference (required), unique among the buyer's tenders.
     *
     * @param buyerTenderId up to 100 characters
     * @return this builder
     * @throws NullPointerException if {@code buyerTenderId} is {@code null}
     */
    public Builder buyerTenderId(String buyerTenderId) {
      this.buyerTenderId = Objects.requireNonNull(buyerTenderId, "buyerTenderId");
      return this;
    }

    /**
     * Sets the Open Contracting id of the contracting process.
     *
     * @param ocid an OCID such as {@code ocds-b5fd17-wrl-2025-017}, up to 100 characters
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
     * Sets the published question set bids will answer (required).
     *
     * @param questionSetId the question set id
     * @return this builder
     * @throws NullPointerException if {@code questionSetId} is {@code null}
     */
    public Builder questionSetId(String questionSetId) {
      this.questionSetId = Objects.requireNonNull(questionSetId, "questionSetId");
      return this;
    }

    /**
     * Sets the proxy set commitments will be valued with: one of the question set's framework
     * edition. Without one, the evaluation has no money values.
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
     * Sets the weight of social value in the total tender score (required). The service enforces a
     * minimum (by default 10).
     *
     * @param percent the weighting, such as {@code 20}
     * @return this builder
     * @throws NullPointerException if {@code percent} is {@code null}
     */
    public Builder socialValueWeighting(BigDecimal percent) {
      this.socialValueWeighting = Objects.requireNonNull(percent, "socialValueWeighting");
      return this;
    }

    /**
     * Sets the estimated contract value (required).
     *
     * @param contractValue the value, in the tender's currency
     * @return this builder
     * @throws NullPointerException if {@code contractValue} is {@code null}
     */
    public Builder contractValue(BigDecimal contractValue) {
      this.contractValue = Objects.requireNonNull(contractValue, "contractValue");
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
     * Sets the deadline for bids (required), which must be in the future.
     *
     * @param deadline the deadline, with its offset
     * @return this builder
     * @throws NullPointerException if {@code deadline} is {@code null}
     */
    public Builder deadline(OffsetDateTime deadline) {
      this.deadline = Objects.requireNonNull(deadline, "deadline");
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     * @throws IllegalStateException if a required field is not set
     */
    public CreateTenderOptions build() {
      StringJoiner missing = new StringJoiner(", ");
      if (buyerTenderId == null) {
        missing.add(".buyerTenderId(...)");
      }
      if (title == null) {
        missing.add(".title(...)");
      }
      if (questionSetId == null) {
        missing.add(".questionSetId(...)");
      }
      if (socialValueWeighting == null) {
        missing.add(".socialValueWeighting(...)");
      }
      if (contractValue == null) {
        missing.add(".contractValue(...)");
      }
      if (deadline == null) {
        missing.add(".deadline(...)");
      }
      if (missing.length() > 0) {
        throw new IllegalStateException(
            "CreateTenderOptions is incomplete: call "
                + missing
                + " on CreateTenderOptions.builder() before build()");
      }
      return new CreateTenderOptions(this);
    }
  }
}
