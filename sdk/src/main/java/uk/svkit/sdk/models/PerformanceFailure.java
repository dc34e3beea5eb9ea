package uk.svkit.sdk.models;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A performance failure or breach recorded against a KPI or the whole contract. Instances read
 * individually carry the ETag of the version read.
 */
public final class PerformanceFailure {

  private String id;
  private String contractId;
  private String commitmentId;
  private LocalDate occurredOn;
  private String description;
  private String remedy;
  private String status;
  private String recordedBy;
  private OffsetDateTime createdAt;
  private OffsetDateTime updatedAt;
  private long version;
  // Comes from the ETag response header, not the body; transient keeps it out of JSON.
  private transient String eTag;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected PerformanceFailure() {}

  /**
   * Returns the id.
   *
   * @return the value
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the contract.
   *
   * @return the value
   */
  public String getContractId() {
    return contractId;
  }

  /**
   * Returns the KPI failed, or {@code null} for the contract.
   *
   * @return the value
   */
  public String getCommitmentId() {
    return commitmentId;
  }

  /**
   * Returns when it happened.
   *
   * @return the value
   */
  public LocalDate getOccurredOn() {
    return occurredOn;
  }

  /**
   * Returns the description.
   *
   * @return the value
   */
  public String getDescription() {
    return description;
  }

  /**
   * Returns the remedy.
   *
   * @return the value
   */
  public String getRemedy() {
    return remedy;
  }

  /**
   * Returns {@code OPEN}, {@code REMEDIED} or {@code CLOSED}.
   *
   * @return the value
   */
  public String getStatus() {
    return status;
  }

  /**
   * Returns who recorded it.
   *
   * @return the value
   */
  public String getRecordedBy() {
    return recordedBy;
  }

  /**
   * Returns when it was recorded.
   *
   * @return the value
   */
  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  /**
   * Returns when it last changed.
   *
   * @return the value
   */
  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  /**
   * Returns the version.
   *
   * @return the value
   */
  public long getVersion() {
    return version;
  }

  /**
   * Returns the ETag of the version read, for the next change ({@code If-Match}).
   *
   * @return the ETag, or {@code null} for an item read from a list
   */
  public String getETag() {
    return eTag;
  }
}
