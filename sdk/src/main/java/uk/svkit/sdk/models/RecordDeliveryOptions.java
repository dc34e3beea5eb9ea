package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A delivery for {@code DirectoryClient.recordPledgeDelivery}. Immutable; built with {@link
 * #builder()}.
 */
public final class RecordDeliveryOptions {

  private final BigDecimal deliveredQuantity;
  private final String note;

  private RecordDeliveryOptions(Builder b) {
    this.deliveredQuantity = b.deliveredQuantity;
    this.note = b.note;
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
   * Returns the quantity delivered; not set means the pledged quantity.
   *
   * @return the value, or {@code null} if not set
   */
  public BigDecimal getDeliveredQuantity() {
    return deliveredQuantity;
  }

  /**
   * Returns a delivery note.
   *
   * @return the value, or {@code null} if not set
   */
  public String getNote() {
    return note;
  }

  /** Builder for {@link RecordDeliveryOptions}; not thread-safe. */
  public static final class Builder {

    private BigDecimal deliveredQuantity;
    private String note;

    private Builder() {}

    /**
     * Sets the quantity delivered; not set means the pledged quantity.
     *
     * @param deliveredQuantity the value
     * @return this builder
     * @throws NullPointerException if {@code deliveredQuantity} (or an element) is {@code null}
     */
    public Builder deliveredQuantity(BigDecimal deliveredQuantity) {
      this.deliveredQuantity = Objects.requireNonNull(deliveredQuantity, "deliveredQuantity");
      return this;
    }

    /**
     * Sets a delivery note.
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
     * Builds the options.
     *
     * @return immutable options
     */
    public RecordDeliveryOptions build() {
      return new RecordDeliveryOptions(this);
    }
  }
}
