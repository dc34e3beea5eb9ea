package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.util.Objects;

/** A pledge for {@code DirectoryClient.createPledge}. Immutable; built with {@link #builder()}. */
public final class CreatePledgeOptions {

  private final BigDecimal quantity;
  private final String note;
  private final String commitmentId;

  private CreatePledgeOptions(Builder b) {
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
   * Returns the part of the need pledged; not set meets all that remains.
   *
   * @return the value, or {@code null} if not set
   */
  public BigDecimal getQuantity() {
    return quantity;
  }

  /**
   * Returns a note to the VCFSE.
   *
   * @return the value, or {@code null} if not set
   */
  public String getNote() {
    return note;
  }

  /**
   * Returns the contract commitment (KPI) it delivers.
   *
   * @return the value, or {@code null} if not set
   */
  public String getCommitmentId() {
    return commitmentId;
  }

  /** Builder for {@link CreatePledgeOptions}; not thread-safe. */
  public static final class Builder {

    private BigDecimal quantity;
    private String note;
    private String commitmentId;

    private Builder() {}

    /**
     * Sets the part of the need pledged; not set meets all that remains.
     *
     * @param quantity the value
     * @return this builder
     * @throws NullPointerException if {@code quantity} (or an element) is {@code null}
     */
    public Builder quantity(BigDecimal quantity) {
      this.quantity = Objects.requireNonNull(quantity, "quantity");
      return this;
    }

    /**
     * Sets a note to the VCFSE.
     *
     * @param note the value
     * @return this builder
     * @throws NullPointerException if {@code note} (or an element) is {@code null}
     */
    public Builder note(String note) {
      this.note = Objects.requireNonNull(note, "note");
      return this;
    }

    /**
     * Sets the contract commitment (KPI) it delivers.
     *
     * @param commitmentId the value
     * @return this builder
     * @throws NullPointerException if {@code commitmentId} (or an element) is {@code null}
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
    public CreatePledgeOptions build() {
      return new CreatePledgeOptions(this);
    }
  }
}
