package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A need as posted or changed with {@code DirectoryClient.createNeed} or {@code updateNeed}.
 * Immutable; built with {@link #builder()}.
 */
public final class NeedOptions {

  private final SupportType supportType;
  private final String title;
  private final String description;
  private final BigDecimal quantity;
  private final String unit;
  private final String placeCode;
  private final LocalDate expiresOn;

  private NeedOptions(Builder b) {
    this.supportType = b.supportType;
    this.title = b.title;
    this.description = b.description;
    this.quantity = b.quantity;
    this.unit = b.unit;
    this.placeCode = b.placeCode;
    this.expiresOn = b.expiresOn;
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
   * Returns the kind of support (required).
   *
   * @return the value, or {@code null} if not set
   */
  public SupportType getSupportType() {
    return supportType;
  }

  /**
   * Returns the title (required).
   *
   * @return the value, or {@code null} if not set
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns the description.
   *
   * @return the value, or {@code null} if not set
   */
  public String getDescription() {
    return description;
  }

  /**
   * Returns the quantity, where it fits.
   *
   * @return the value, or {@code null} if not set
   */
  public BigDecimal getQuantity() {
    return quantity;
  }

  /**
   * Returns the unit of the quantity.
   *
   * @return the value, or {@code null} if not set
   */
  public String getUnit() {
    return unit;
  }

  /**
   * Returns the ONS place code.
   *
   * @return the value, or {@code null} if not set
   */
  public String getPlaceCode() {
    return placeCode;
  }

  /**
   * Returns the last day it is listed (required).
   *
   * @return the value, or {@code null} if not set
   */
  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  /** Builder for {@link NeedOptions}; not thread-safe. */
  public static final class Builder {

    private SupportType supportType;
    private String title;
    private String description;
    private BigDecimal quantity;
    private String unit;
    private String placeCode;
    private LocalDate expiresOn;

    private Builder() {}

    /**
     * Sets the kind of support (required).
     *
     * @param supportType the value
     * @return this builder
     * @throws NullPointerException if {@code supportType} (or an element) is {@code null}
     */
    public Builder supportType(SupportType supportType) {
      this.supportType = Objects.requireNonNull(supportType, "supportType");
      return this;
    }

    /**
     * Sets the title (required).
     *
     * @param title the value
     * @return this builder
     * @throws NullPointerException if {@code title} (or an element) is {@code null}
     */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the value
     * @return this builder
     * @throws NullPointerException if {@code description} (or an element) is {@code null}
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Sets the quantity, where it fits.
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
     * Sets the unit of the quantity.
     *
     * @param unit the value
     * @return this builder
     * @throws NullPointerException if {@code unit} (or an element) is {@code null}
     */
    public Builder unit(String unit) {
      this.unit = Objects.requireNonNull(unit, "unit");
      return this;
    }

    /**
     * Sets the ONS place code.
     *
     * @param placeCode the value
     * @return this builder
     * @throws NullPointerException if {@code placeCode} (or an element) is {@code null}
     */
    public Builder placeCode(String placeCode) {
      this.placeCode = Objects.requireNonNull(placeCode, "placeCode");
      return this;
    }

    /**
     * Sets the last day it is listed (required).
     *
     * @param expiresOn the value
     * @return this builder
     * @throws NullPointerException if {@code expiresOn} (or an element) is {@code null}
     */
    public Builder expiresOn(LocalDate expiresOn) {
      this.expiresOn = Objects.requireNonNull(expiresOn, "expiresOn");
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     */
    public NeedOptions build() {
      return new NeedOptions(this);
    }
  }
}
