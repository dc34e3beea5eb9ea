package uk.svkit.sdk.models;

import java.util.Objects;

/** Filters and page size for {@code AuditClient.listAuditEvents}. Immutable. */
public final class ListAuditEventsOptions {

  private final String entityType;
  private final String entityId;
  private final Integer limit;

  private ListAuditEventsOptions(Builder b) {
    this.entityType = b.entityType;
    this.entityId = b.entityId;
    this.limit = b.limit;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder with no filters
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the entity type filter.
   *
   * @return the type, such as {@code organisation}, or {@code null}
   */
  public String getEntityType() {
    return entityType;
  }

  /**
   * Returns the entity id filter.
   *
   * @return the id, or {@code null}
   */
  public String getEntityId() {
    return entityId;
  }

  /**
   * Returns the requested page size.
   *
   * @return the limit, or {@code null} for the server default
   */
  public Integer getLimit() {
    return limit;
  }

  /** Builder for {@link ListAuditEventsOptions}; not thread-safe. */
  public static final class Builder {

    private String entityType;
    private String entityId;
    private Integer limit;

    private Builder() {}

    /**
     * Only events about entities of this type.
     *
     * @param entityType the type, such as {@code organisation}
     * @return this builder
     * @throws NullPointerException if {@code entityType} is {@code null}
     */
    public Builder entityType(String entityType) {
      this.entityType = Objects.requireNonNull(entityType, "entityType");
      return this;
    }

    /**
     * Only events about the entity with this id.
     *
     * @param entityId the id
     * @return this builder
     * @throws NullPointerException if {@code entityId} is {@code null}
     */
    public Builder entityId(String entityId) {
      this.entityId = Objects.requireNonNull(entityId, "entityId");
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
    public ListAuditEventsOptions build() {
      return new ListAuditEventsOptions(this);
    }
  }
}
