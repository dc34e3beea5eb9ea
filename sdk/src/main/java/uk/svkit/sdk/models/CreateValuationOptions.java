package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Input of {@code ValuationsClient.createValuation}: quantities of measures to value with one proxy
 * set. Immutable; build with {@link #builder()}:
 *
 * <pre>{@code
 * CreateValuationOptions.builder()
 *     .proxySetId(proxySet.getId())
 *     .addItem("LM-EMP-01", new BigDecimal("12.5"))
 *     .addItem(ValuationItem.builder("LM-SUP-01", new BigDecimal("250000"))
 *         .deadweight(new BigDecimal("20")).build())
 *     .build();
 * }</pre>
 *
 * <p>Quantities are {@link BigDecimal}s and are sent exactly as given. Only presence is checked
 * here; the service validates the rest.
 */
public final class CreateValuationOptions {

  private final String proxySetId;
  private final List<ValuationItem> items;

  private CreateValuationOptions(Builder b) {
    this.proxySetId = b.proxySetId;
    this.items = List.copyOf(b.items);
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
   * Returns the id of the proxy set to value with.
   *
   * @return the proxy set id
   */
  public String getProxySetId() {
    return proxySetId;
  }

  /**
   * Returns the items, in the order added.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<ValuationItem> getItems() {
    return items;
  }

  /** Builder for {@link CreateValuationOptions}; not thread-safe. */
  public static final class Builder {

    private String proxySetId;
    private final List<ValuationItem> items = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the proxy set to value with (required).
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
     * Adds a quantity of a measure, without adjustments.
     *
     * @param measureCode the measure code, such as {@code LM-EMP-01}
     * @param quantity the quantity, in the measure's unit
     * @return this builder
     * @throws NullPointerException if an argument is {@code null}
     */
    public Builder addItem(String measureCode, BigDecimal quantity) {
      return addItem(ValuationItem.builder(measureCode, quantity).build());
    }

    /**
     * Adds a quantity of a measure, possibly with adjustments.
     *
     * @param item the item
     * @return this builder
     * @throws NullPointerException if {@code item} is {@code null}
     */
    public Builder addItem(ValuationItem item) {
      items.add(Objects.requireNonNull(item, "item"));
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     * @throws IllegalStateException if no proxy set id was set or no item was added
     */
    public CreateValuationOptions build() {
      if (proxySetId == null) {
        throw new IllegalStateException(
            "proxySetId is required: call"
                + " CreateValuationOptions.builder().proxySetId(\"...\")");
      }
      if (items.isEmpty()) {
        throw new IllegalStateException(
            "at least one item is required: call"
                + " CreateValuationOptions.builder().addItem(measureCode, quantity)");
      }
      return new CreateValuationOptions(this);
    }
  }
}
