package uk.svkit.api.tracking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import uk.svkit.api.platform.persistence.AggregateRoot;

/**
 * A performance failure or breach the contract manager records against a KPI or the whole contract:
 * when it happened, what it was, the remedy asked for, and whether it is still open. Contract
 * Performance Notices report the failures of their period.
 */
@Entity
@Table(name = "trk_performance_failure")
public class PerformanceFailure extends AggregateRoot {
  /** Where a failure stands. */
  public enum Status {
    OPEN,
    REMEDIED,
    CLOSED
  }

  @Column(name = "contract_id", length = 36)
  private String contractId;

  @Column(name = "commitment_id", length = 36)
  private String commitmentId;

  @Column(name = "occurred_on")
  private LocalDate occurredOn;

  @Column(name = "description", length = 4000)
  private String description;

  @Column(name = "remedy", length = 4000)
  private String remedy;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16)
  private Status status;

  @Column(name = "recorded_by", length = 200)
  private String recordedBy;

  protected PerformanceFailure() {}

  public PerformanceFailure(
      Contract contract,
      String commitmentId,
      LocalDate occurredOn,
      String description,
      String remedy,
      Status status,
      String recordedBy) {
    super(null, contract.ownerOrganisationId());
    this.contractId = contract.id();
    this.commitmentId = commitmentId;
    this.occurredOn = occurredOn;
    this.description = description;
    this.remedy = remedy;
    this.status = status;
    this.recordedBy = recordedBy;
  }

  @Override
  public String entityType() {
    return "performance-failure";
  }

  /** A new remedy and status, as the failure is followed up. */
  public void followUp(String newRemedy, Status newStatus) {
    this.remedy = newRemedy;
    this.status = newStatus;
    changed("remedy");
    changed("status");
  }

  public String contractId() {
    return contractId;
  }

  /** The KPI failed, or null for a failure against the contract as a whole. */
  public String commitmentId() {
    return commitmentId;
  }

  public LocalDate occurredOn() {
    return occurredOn;
  }

  public String description() {
    return description;
  }

  public String remedy() {
    return remedy;
  }

  public Status status() {
    return status;
  }

  public String recordedBy() {
    return recordedBy;
  }
}
