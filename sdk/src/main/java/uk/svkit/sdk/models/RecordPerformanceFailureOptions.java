package uk.svkit.sdk.models;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A performance failure or breach to record. Immutable; build with {@link #builder(LocalDate,
 * String)}.
 */
public final class RecordPerformanceFailureOptions {
  private final LocalDate occurredOn;
  private final String description;
  private final String commitmentId;
  private final String remedy;
  private final String status;

  private RecordPerformanceFailureOptions(Builder b) {
    this.occurredOn = b.occurredOn;
    this.description = b.description;
    this.commitmentId = b.commitmentId;
    this.remedy = b.remedy;
    this.status = b.status;
  }

  /**
   * Starts a builder.
   *
   * @param occurredOn when the failure happened (within the contract)
   * @param description what it was (up to 4,000 characters)
   * @return a new builder
   * @throws NullPointerException if an argument is {@code null}
   */
  public static Builder builder(LocalDate occurredOn, String description) {
    return new Builder(occurredOn, description);
  }

  /**
   * Returns when it happened.
   *
   * @return the date
   */
  public LocalDate getOccurredOn() {
    return occurredOn;
  }

  /**
   * Returns the description.
   *
   * @return the description
   */
  public String getDescription() {
    return description;
  }

  /**
   * Returns the KPI failed, or {@code null} for the whole contract.
   *
   * @return the commitment id
   */
  public String getCommitmentId() {
    return commitmentId;
  }

  /**
   * Returns the remedy.
   *
   * @return the remedy, or {@code null}
   */
  public String getRemedy() {
    return remedy;
  }

  /**
   * Returns the status, or {@code null} for the default ({@code OPEN}).
   *
   * @return the status
   */
  public String getStatus() {
    return status;
  }

  /** Builds {@link RecordPerformanceFailureOptions}. */
  public static final class Builder {
    private final LocalDate occurredOn;
    private final String description;
    private String commitmentId;
    private String remedy;
    private String status;

    private Builder(LocalDate occurredOn, String description) {
      this.occurredOn = Objects.requireNonNull(occurredOn, "occurredOn");
      this.description = Objects.requireNonNull(description, "description");
    }

    /**
     * Names the KPI failed (default: the whole contract).
     *
     * @param commitmentId the KPI
     * @return this builder
     */
    public Builder commitmentId(String commitmentId) {
      this.commitmentId = commitmentId;
      return this;
    }

    /**
     * Sets the remedy asked for.
     *
     * @param remedy the remedy
     * @return this builder
     */
    public Builder remedy(String remedy) {
      this.remedy = remedy;
      return this;
    }

    /**
     * Sets the status: {@code OPEN} (default), {@code REMEDIED} or {@code CLOSED}.
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(String status) {
      this.status = status;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public RecordPerformanceFailureOptions build() {
      return new RecordPerformanceFailureOptions(this);
    }
  }
}
