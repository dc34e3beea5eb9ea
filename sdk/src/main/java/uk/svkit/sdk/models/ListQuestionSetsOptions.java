package uk.svkit.sdk.models;

import java.util.Objects;

/** Filter and page size for {@code QuestionSetsClient.listQuestionSets}. Immutable. */
public final class ListQuestionSetsOptions {

  private final QuestionSetStatus status;
  private final Integer limit;

  private ListQuestionSetsOptions(Builder b) {
    this.status = b.status;
    this.limit = b.limit;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder with no filter
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the status filter.
   *
   * @return the status, or {@code null} for every status
   */
  public QuestionSetStatus getStatus() {
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

  /** Builder for {@link ListQuestionSetsOptions}; not thread-safe. */
  public static final class Builder {

    private QuestionSetStatus status;
    private Integer limit;

    private Builder() {}

    /**
     * Lists only question sets with this status.
     *
     * @param status the status, such as {@link QuestionSetStatus#PUBLISHED}
     * @return this builder
     * @throws NullPointerException if {@code status} is {@code null}
     */
    public Builder status(QuestionSetStatus status) {
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
    public ListQuestionSetsOptions build() {
      return new ListQuestionSetsOptions(this);
    }
  }
}
