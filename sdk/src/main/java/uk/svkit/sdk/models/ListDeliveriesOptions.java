package uk.svkit.sdk.models;

import java.util.Objects;

/** Side, status filter and page size for {@code DirectoryClient.listDeliveries}. Immutable. */
public final class ListDeliveriesOptions {

  /** The side of a delivery the caller's organisation is on. */
  public enum Side {
    /** Deliveries the organisation received, to answer. */
    VCFSE,
    /** Deliveries the organisation made. */
    BUSINESS
  }

  private final Side side;
  private final DeliveryStatus status;
  private final Integer limit;

  private ListDeliveriesOptions(Builder b) {
    this.side = b.side;
    this.status = b.status;
    this.limit = b.limit;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder: the caller's default side (VCFSE for a VCFSE), every status
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the side.
   *
   * @return the side, or {@code null} for the caller's default
   */
  public Side getSide() {
    return side;
  }

  /**
   * Returns the status filter.
   *
   * @return the status, or {@code null} for every status
   */
  public DeliveryStatus getStatus() {
    return status;
  }

  /**
   * Returns the requested page size.
   *
   * @return the limit, or {@code null} for the server default
   */
  public Integer getLimit() {
    return limit;
  }

  /** Builder for {@link ListDeliveriesOptions}; not thread-safe. */
  public static final class Builder {

    private Side side;
    private DeliveryStatus status;
    private Integer limit;

    private Builder() {}

    /**
     * Lists the deliveries the organisation received ({@link Side#VCFSE}) or made ({@link
     * Side#BUSINESS}).
     *
     * @param side the side
     * @return this builder
     * @throws NullPointerException if {@code side} is {@code null}
     */
    public Builder side(Side side) {
      this.side = Objects.requireNonNull(side, "side");
      return this;
    }

    /**
     * Lists only deliveries in this status; {@link DeliveryStatus#AWAITING_CONFIRMATION} lists
     * those still to confirm.
     *
     * @param status the status
     * @return this builder
     * @throws NullPointerException if {@code status} is {@code null}
     */
    public Builder status(DeliveryStatus status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    /**
     * Sets the page size; the server caps it at its configured maximum.
     *
     * @param limit items per page
     * @return this builder
     * @throws IllegalArgumentException if {@code limit} is not positive
     */
    public Builder limit(int limit) {
      this.limit = ListLimits.check(limit);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     */
    public ListDeliveriesOptions build() {
      return new ListDeliveriesOptions(this);
    }
  }
}
