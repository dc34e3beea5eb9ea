package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A claim for {@code DirectoryClient.createOfferClaim}. Immutable; built with {@link #builder()}.
 */
public final class CreateOfferClaimOptions {

  private final BigDecimal quantity;
  private final String note;
  private final String commitmentId;

  private CreateOfferClaimOptions(Builder b) {
    this.quantity = b.quantity;
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
   * Returns the part of the offer claimed; not set takes all that remains.
   *
   * @return the value, or {@code null} if not set
   */
  public BigDecimal getQuantity() {
    return quantity;
  }

  /**
   * Returns a note to the business.
   *
   * @return the value, or {@code null} if not set
   */
  public String getNote() {
    return note;
  }

  /**
   * Returns the business's contract commitment (KPI) the support delivers.
   *
   * @return the value, or {@code null} if not set
   */
  public String getCommitmentId() {
    return commitmentId;
  }

  /** Builder for {@link CreateOfferClaimOptions}; not thread-safe. */
  public static final class Builder {

    private BigDecimal quantity;
    private String note;
    private String commitmentId;

    private Builder() {}

    /**
     * Sets the part of the offer claimed; not set takes all that remains.
     *
     * @param quantity the value
     * @return this builder
     * @throws NullPointerException if {@code quantity} is {@code null}
     */
    public Builder quantity(BigDecimal quantity) {
      this.quantity = Objects.requireNonNull(quantity, "quantity");
      return this;
    }

    /**
     * Sets a note to the business.
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
     * Sets the business's contract commitment (KPI) the support delivers.
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
    public CreateOfferClaimOptions build() {
      return new CreateOfferClaimOptions(this);
    }
  }
}
