package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An offer for {@code DirectoryClient.createOffer} and {@code updateOffer}; support type, title and
 * expiry are required. Immutable; built with {@link #builder()}.
 */
public final class OfferOptions {

  private final SupportType supportType;
  private final String title;
  private final String description;
  private final BigDecimal quantity;
  private final String unit;
  private final String placeCode;
  private final String postcode;
  private final LocalDate expiresOn;

  private OfferOptions(Builder b) {
    this.supportType = b.supportType;
    this.title = b.title;
    this.description = b.description;
    this.quantity = b.quantity;
    this.unit = b.unit;
    this.placeCode = b.placeCode;
    this.postcode = b.postcode;
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
   * Returns the kind of support offered.
   *
   * @return the value, or {@code null} if not set
   */
  public SupportType getSupportType() {
    return supportType;
  }

  /**
   * Returns the title.
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
   * Returns the quantity offered, where it fits (40 hours, 2000 GBP).
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
   * Returns the ONS code of the offer's place (defaults to the postcode's).
   *
   * @return the value, or {@code null} if not set
   */
  public String getPlaceCode() {
    return placeCode;
  }

  /**
   * Returns the postcode the support is given at, for radius searches.
   *
   * @return the value, or {@code null} if not set
   */
  public String getPostcode() {
    return postcode;
  }

  /**
   * Returns the last day it is listed.
   *
   * @return the value, or {@code null} if not set
   */
  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  /** Builder for {@link OfferOptions}; not thread-safe. */
  public static final class Builder {

    private SupportType supportType;
    private String title;
    private String description;
    private BigDecimal quantity;
    private String unit;
    private String placeCode;
    private String postcode;
    private LocalDate expiresOn;

    private Builder() {}

    /**
     * Sets the kind of support offered.
     *
     * @param supportType the value
     * @return this builder
     * @throws NullPointerException if {@code supportType} is {@code null}
     */
    public Builder supportType(SupportType supportType) {
      this.supportType = Objects.requireNonNull(supportType, "supportType");
      return this;
    }

    /**
     * Sets the title.
     *
     * @param title the value
     * @return this builder
     * @throws NullPointerException if {@code title} is {@code null}
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
     * @throws NullPointerException if {@code description} is {@code null}
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Sets the quantity offered, where it fits (40 hours, 2000 GBP).
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
     * Sets the unit of the quantity.
     *
     * @param unit the value
     * @return this builder
     * @throws NullPointerException if {@code unit} is {@code null}
     */
    public Builder unit(String unit) {
      this.unit = Objects.requireNonNull(unit, "unit");
      return this;
    }

    /**
     * Sets the ONS code of the offer's place (defaults to the postcode's).
     *
     * @param placeCode the value
     * @return this builder
     * @throws NullPointerException if {@code placeCode} is {@code null}
     */
    public Builder placeCode(String placeCode) {
      this.placeCode = Objects.requireNonNull(placeCode, "placeCode");
      return this;
    }

    /**
     * Sets the postcode the support is given at, for radius searches.
     *
     * @param postcode the value
     * @return this builder
     * @throws NullPointerException if {@code postcode} is {@code null}
     */
    public Builder postcode(String postcode) {
      this.postcode = Objects.requireNonNull(postcode, "postcode");
      return this;
    }

    /**
     * Sets the last day it is listed.
     *
     * @param expiresOn the value
     * @return this builder
     * @throws NullPointerException if {@code expiresOn} is {@code null}
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
    public OfferOptions build() {
      return new OfferOptions(this);
    }
  }
}
