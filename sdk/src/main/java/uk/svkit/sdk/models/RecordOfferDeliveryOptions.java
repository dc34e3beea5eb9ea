package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A delivery for {@code DirectoryClient.recordOfferClaimDelivery}. Immutable; built with {@link
 * #builder()}.
 */
public final class RecordOfferDeliveryOptions {

  private final BigDecimal deliveredQuantity;
  private final String note;
  private final String commitmentId;

  private RecordOfferDeliveryOptions(Builder b) {
    this.deliveredQuantity = b.deliveredQuantity;
    this.note = b.note;
    this.commitmentId = b.commitmentId;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the quantity delivered; not set means the claimed quantity.
   *
   * @return the value, or {@code null} if not set
   */
  public BigDecimal getDeliveredQuantity() {
    return deliveredQuantity;
  }

  /**
   * Returns a note on the delivery.
   *
   * @return the value, or {@code null} if not set
   */
  public String getNote() {
    return note;
  }

  /**
   * Returns the contract commitment (KPI) the delivery counts for; replaces the claim's.
   *
   * @return the value, or {@code null} if not set
   */
  public String getCommitmentId() {
    return commitmentId;
  }

  /** Builder for {@link RecordOfferDeliveryOptions}; not thread-safe. */
  public static final class Builder {

    private BigDecimal deliveredQuantity;
    private String note;
    private String commitmentId;

    private Builder() {}

    /**
     * Sets the quantity delivered; not set means the claimed quantity.
     *
     * @param deliveredQuantity the value
     * @return this builder
     * @throws NullPointerException if {@code deliveredQuantity} is {@code null}
     */
    public Builder deliveredQuantity(BigDecimal deliveredQuantity) {
      this.deliveredQuantity = Objects.requireNonNull(deliveredQuantity, "deliveredQuantity");
      return this;
    }

    /**
     * Sets a note on the delivery.
     *
     * @param note the value
     * @return this builder
     * @throws NullPointerException if {@code note} is {@code null}
     */
    public Builder note(String note) {
      this.note = Objects.requireNonNull(note, "note");
      return this;
    }

    /**
     * Sets the contract commitment (KPI) the delivery counts for; replaces the claim's.
     *
     * @param commitmentId the value
     * @return this builder
     * @throws NullPointerException if {@code commitmentId} is {@code null}
     */
    public Builder commitmentId(String commitmentId) {
      this.commitmentId = Objects.requireNonNull(commitmentId, "commitmentId");
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     */
    public RecordOfferDeliveryOptions build() {
      return new RecordOfferDeliveryOptions(this);
    }
  }
}
